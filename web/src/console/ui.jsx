import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';

/** The errors of the form being shown, by input path, for its fields to pick up. */
const FormErrors = createContext([]);

/** A value loaded from the API; `reload` loads it again. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data }),
      (error) => current && setState({ error }),
    );
    return () => { current = false; };
  }, [...deps, round]);
  return { ...state, reload: useCallback(() => setRound((value) => value + 1), []) };
}

/** A form's values with a setter by dotted path ("payout.geo.0.value"). */
export function useForm(initial) {
  const [values, setValues] = useState(initial);
  const set = useCallback((path, value) => setValues((current) => setIn(current, path.split('.'), value)), []);
  return [values, set, setValues];
}

function setIn(target, [head, ...rest], value) {
  const copy = Array.isArray(target) ? [...target] : { ...target };
  copy[head] = rest.length === 0 ? value : setIn(target?.[head] ?? (/^\d+$/.test(rest[0]) ? [] : {}), rest, value);
  return copy;
}

export function fieldId(path) {
  return `field-${path.replace(/\./g, '-')}`;
}

function useFieldErrors(path) {
  return useContext(FormErrors).filter((error) => error.path === path);
}

function ErrorText({ id, errors }) {
  return errors.length === 0 ? null : (
    <span class="field-error" id={id}>{errors.map((error) => error.message).join(' ')}</span>
  );
}

/**
 * A form that shows every error the API answered: each next to its field, and all of them in a
 * summary on top (which also holds those no field of the form shows).
 */
export function Form({ errors = [], onSubmit, children, label }) {
  const submit = (event) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <FormErrors.Provider value={errors}>
      <form onSubmit={submit} aria-label={label} noValidate>
        <ErrorSummary errors={errors} />
        {children}
      </form>
    </FormErrors.Provider>
  );
}

export function ErrorSummary({ errors }) {
  if (!errors || errors.length === 0) {
    return null;
  }
  const focus = (path) => (event) => {
    const field = document.getElementById(fieldId(path));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  };
  return (
    <div class="error-summary" role="alert">
      <strong>{errors.length === 1 ? 'One thing to fix:' : `${errors.length} things to fix:`}</strong>
      <ul>
        {errors.map((error) => (
          <li key={error.path + error.message}>
            {error.path ? <a href={`#${fieldId(error.path)}`} onClick={focus(error.path)}>{error.message}</a> : error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function useControl(path) {
  const errors = useFieldErrors(path);
  const id = fieldId(path);
  return { id, errors, aria: { id, 'aria-invalid': errors.length > 0 ? 'true' : undefined, 'aria-describedby': errors.length > 0 ? `${id}-error` : undefined } };
}

export function TextField({ label, path, value, onChange, hint, type = 'text', inputRef, ...rest }) {
  const { id, errors, aria } = useControl(path);
  return (
    <div class={errors.length ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input {...rest} {...aria} ref={inputRef} type={type} value={value ?? ''} onInput={(event) => onChange(event.currentTarget.value)} />
      {hint && <span class="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextArea({ label, path, value, onChange, rows = 3 }) {
  const { id, errors, aria } = useControl(path);
  return (
    <div class={errors.length ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <textarea {...aria} rows={rows} value={value ?? ''} onInput={(event) => onChange(event.currentTarget.value)} />
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** options: [value, label] pairs; value '' stands for none. */
export function SelectField({ label, path, value, onChange, options }) {
  const { id, errors, aria } = useControl(path);
  return (
    <div class={errors.length ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <select {...aria} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
      </select>
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function CheckField({ label, path, checked, onChange, hint }) {
  const { id, errors, aria } = useControl(path);
  return (
    <div class={errors.length ? 'field check invalid' : 'field check'}>
      <input {...aria} type="checkbox" checked={!!checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && <span class="hint">{hint}</span>}
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** An error of a whole list or row (such as "paths"), shown where the list is. */
export function ListError({ path }) {
  const errors = useFieldErrors(path);
  return <ErrorText id={`${fieldId(path)}-error`} errors={errors} />;
}

export function Section({ title, children }) {
  return (
    <fieldset class="section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function CopyButton({ text, label }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(text).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return <button type="button" class="small" onClick={copy} aria-label={`Copy ${label}`}>{copied ? 'Copied' : 'Copy'}</button>;
}

export function Loading({ state, children }) {
  if (state.error) {
    return <p class="error-summary" role="alert">{state.error.message}</p>;
  }
  if (state.data === undefined) {
    return <p class="muted" aria-busy="true">Loading…</p>;
  }
  return children(state.data);
}

/** Column headers that sort: one click sorts descending, the next ascending. */
export function SortHeader({ column, label, sort, onSort, numeric }) {
  const active = sort.column === column;
  const next = active && sort.direction === 'desc' ? 'asc' : 'desc';
  return (
    <th class={numeric ? 'num' : ''} aria-sort={active ? (sort.direction === 'desc' ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => onSort({ column, direction: next })}>
        {label}{active ? (sort.direction === 'desc' ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}

export function Pager({ page, pages, onPage }) {
  if (pages <= 1) {
    return null;
  }
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>Previous</button>
      <span>Page {page + 1} of {pages}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>Next</button>
    </nav>
  );
}

/** A list of rows of the form (geo payouts, keywords, paths...), each removable. */
export function Rows({ title, path, rows, set, blank, addLabel, children }) {
  return (
    <fieldset class="rows">
      <legend>{title}</legend>
      <ListError path={path} />
      {rows.map((row, index) => (
        <div class="row" key={index}>
          {children(row, index)}
          <button type="button" class="small remove" aria-label={`Remove ${title.toLowerCase()} row ${index + 1}`}
            onClick={() => set(path, rows.filter((_, other) => other !== index))}>Remove</button>
        </div>
      ))}
      <button type="button" class="small" onClick={() => set(path, [...rows, blank])}>{addLabel}</button>
    </fieldset>
  );
}

/** "a, b , c" as ["a", "b", "c"]. */
export function splitList(text) {
  return (text || '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** A form value as a GraphQL input value: '' is left out. */
export function blankToNull(value) {
  return value === '' || value === undefined ? null : value;
}
