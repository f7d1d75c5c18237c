import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { allPages, gql } from './api.js';
import { archiveMany, checkNumbers } from './lists.js';
import { compareBy, formatMetric, METRICS, METRICS_SELECTION } from './metrics.js';
import { RangeControls } from './range.jsx';
import { useSession } from './session.js';
import { blankToNull, CheckField, Form, Loading, Pager, SortHeader, TextField, useForm, useLoad } from './ui.jsx';

const PAGE_SIZE = 50;

/**
 * A list page of offers, campaigns, landers, traffic sources or affiliate networks: every item
 * that matches the filters (up to 1,000) with its stats for the range, so that it sorts by any
 * metric across its pages; archiving or restoring the selected ones in one request.
 *
 * config: kind (the query field), dimension (the report's, for the stats), title, route,
 * entity (the archive mutations' suffix), fields
 * (more of the node's fields), columns ([label, row => text]), filters (more filters: a
 * component of filter and set), filterInput (the filter's extra input fields), timing (a
 * performance measure's name).
 */
export function EntityListPage({ config }) {
  const { workspaceId, range } = useSession();
  const [filter, setFilter] = useState({ search: '', archived: false, ...config.initialFilter });
  const [applied, setApplied] = useState(filter);
  const [sort, setSort] = useState({ column: 'name', direction: 'asc' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState(new Set());
  const [failure, setFailure] = useState(null);

  useEffect(() => {
    const timer = setTimeout(() => setApplied(filter), 250);
    return () => clearTimeout(timer);
  }, [filter]);

  const items = useLoad(() => {
    if (config.timing) performance.mark(`${config.timing}-start`);
    const query = `query($ws: ID!, $filter: ${config.filterType}, $after: String) {
      ${config.kind}(workspaceId: $ws, filter: $filter, first: 100, after: $after) {
        edges { node { id name archived version ${config.fields ?? ''} } } pageInfo { hasNextPage endCursor } } }`;
    const input = { search: blankToNull(applied.search), archived: applied.archived, ...config.filterInput?.(applied) };
    return Promise.all([allPages(query, { ws: workspaceId, filter: input }, config.kind), statsById(config.dimension, workspaceId, range)])
      .then(([rows, stats]) => rows.map((row) => ({ ...row, stats: stats.get(row.id) ?? NO_TRAFFIC })));
  }, [workspaceId, range.from, range.to, range.timezone, applied]);

  useEffect(() => { setPage(0); setSelected(new Set()); }, [items.data]);
  useRenderTiming(config.timing, items.data);

  const set = (key) => (value) => setFilter({ ...filter, [key]: value });
  const archive = async () => {
    const chosen = items.data.filter((item) => selected.has(item.id));
    setFailure(await archiveMany(`${filter.archived ? 'restore' : 'archive'}${config.entity}`, chosen));
    items.reload();
  };
  const Filters = config.filters;
  return (
    <section>
      <div class="title">
        <h1>{config.title}</h1>
        <a class="button primary" href={`#/${config.route}/new`}>New {config.singular}</a>
      </div>
      <RangeControls />
      <div class="filters" role="search">
        <TextField label="Search" path="filter.search" value={filter.search} onChange={set('search')} type="search" />
        {Filters && <Filters filter={filter} set={set} />}
        <CheckField label="Archived" path="filter.archived" checked={filter.archived} onChange={set('archived')} />
      </div>
      {failure && <p class="error-summary" role="alert">{failure.message}</p>}
      <Loading state={items}>
        {(rows) => (
          <EntityTable config={config} rows={rows} sort={sort} onSort={setSort} page={page} onPage={setPage}
            selected={selected} onSelect={setSelected} onArchive={archive} archived={filter.archived} />
        )}
      </Loading>
    </section>
  );
}

const NO_TRAFFIC = Object.fromEntries(METRICS.map(([field, , format]) => [field, format === 'count' || ['revenue', 'cost', 'profit'].includes(field) ? 0 : null]));
const STATS = `query($input: ReportInput!) { report(input: $input) {
  rows { dimensions { value } metrics ${METRICS_SELECTION} } pageInfo { hasNextPage endCursor } } }`;

/**
 * Every item's stats for the range from one report grouped by its dimension: the same figures
 * as each item's own stats field, read from the cells once instead of once per item.
 */
async function statsById(dimension, workspaceId, range) {
  const stats = new Map();
  let after = null;
  do {
    const input = { from: range.from, to: range.to, timezone: range.timezone, groupBy: [dimension], workspaceIds: [workspaceId], first: 100, after };
    const page = (await gql(STATS, { input })).report;
    page.rows.forEach((row) => stats.set(row.dimensions[0].value, row.metrics));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return stats;
}

/** Marks when a loaded list is on screen (the browser test reads the offers list's measure). */
function useRenderTiming(name, data) {
  useLayoutEffect(() => {
    if (name && data) {
      requestAnimationFrame(() => {
        performance.mark(`${name}-rendered`);
        performance.measure(name, `${name}-start`, `${name}-rendered`);
      });
    }
  }, [data]);
}

function EntityTable({ config, rows, sort, onSort, page, onPage, selected, onSelect, onArchive, archived }) {
  const session = useSession();
  const read = (item) => (sort.column === 'name' ? item.name : item.stats[sort.column]);
  const sorted = [...rows].sort(compareBy(read, sort.direction));
  const shown = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const toggle = (id) => {
    const next = new Set(selected);
    next.has(id) ? next.delete(id) : next.add(id);
    onSelect(next);
  };
  const allShown = shown.length > 0 && shown.every((item) => selected.has(item.id));
  const toggleAll = () => onSelect(allShown ? new Set() : new Set(shown.map((item) => item.id)));
  const columns = config.columns ?? [];
  return (
    <>
      <div class="toolbar">
        <span>{rows.length} {rows.length === 1 ? config.singular : config.title.toLowerCase()} · amounts in {session.viewer.account.currency}</span>
        <button type="button" disabled={selected.size === 0} onClick={onArchive}>
          {archived ? 'Restore' : 'Archive'} selected ({selected.size})
        </button>
      </div>
      <div class="table-wrap">
        <table class="data" id={`${config.route}-table`}>
          <thead>
            <tr>
              <th><input type="checkbox" aria-label="Select every row of this page" checked={allShown} onChange={toggleAll} /></th>
              <SortHeader column="name" label="Name" sort={sort} onSort={onSort} />
              {columns.map(([label]) => <th key={label}>{label}</th>)}
              {METRICS.map(([field, label]) => <SortHeader key={field} column={field} label={label} sort={sort} onSort={onSort} numeric />)}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id} data-id={item.id}>
                <td><input type="checkbox" aria-label={`Select ${item.name}`} checked={selected.has(item.id)} onChange={() => toggle(item.id)} /></td>
                <td><a href={`#/${config.route}/${item.id}`}>{item.name}</a></td>
                {columns.map(([label, render]) => <td key={label}>{render(item)}</td>)}
                {METRICS.map(([field, , format]) => <td key={field} class="num" data-metric={field}>{formatMetric(format, item.stats[field])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p class="muted">Nothing matches.</p>}
      <Pager page={page} pages={Math.ceil(rows.length / PAGE_SIZE)} onPage={onPage} />
    </>
  );
}

/**
 * Creates or edits one entity. config: entity (Offer, Lander...), route, singular, selection
 * (the fields the form reads), toForm(entity or null, session), toInput(form), numbers(form)
 * ([path, value] pairs that must be numbers), Body (the fields: form, set, entity, session),
 * actions (more buttons: entity).
 */
export function EntityEditor({ config, id }) {
  const query = `query($id: ID!) { item: ${config.entity[0].toLowerCase() + config.entity.slice(1)}(id: $id) { id version archived ${config.selection} } }`;
  const state = useLoad(() => (id ? gql(query, { id }).then((data) => data.item) : Promise.resolve(null)), [id]);
  return (
    <Loading state={state}>
      {(entity) => (id && !entity ? <p>Not found.</p>
        : <EntityForm key={`${id}-${entity?.version}`} config={config} entity={entity} onSaved={state.reload} />)}
    </Loading>
  );
}

function EntityForm({ config, entity, onSaved }) {
  const session = useSession();
  const [form, set] = useForm(() => config.toForm(entity, session));
  const [errors, setErrors] = useState([]);
  const [saved, setSaved] = useState(false);
  const mutation = (verb) => `${verb}${config.entity}`;

  const save = async () => {
    setSaved(false);
    const invalid = checkNumbers(config.numbers?.(form) ?? []);
    if (invalid.length) {
      setErrors(invalid);
      return;
    }
    const type = config.inputType ?? `${config.entity}Input`;
    try {
      if (entity) {
        await gql(`mutation($id: ID!, $version: Int!, $input: ${type}!) { ${mutation('update')}(id: $id, version: $version, input: $input) { id } }`,
          { id: entity.id, version: entity.version, input: config.toInput(form) });
        setErrors([]);
        setSaved(true);
        onSaved();
      } else {
        const created = await gql(`mutation($input: ${type}!) { item: ${mutation('create')}(input: $input) { id } }`, { input: config.toInput(form) });
        location.hash = `#/${config.route}/${created.item.id}`;
      }
    } catch (error) {
      setErrors(error.errors ?? [{ path: '', message: error.message }]);
    }
  };
  const lifecycle = async () => {
    try {
      await gql(`mutation($id: ID!, $version: Int!) { ${mutation(entity.archived ? 'restore' : 'archive')}(id: $id, version: $version) { id } }`,
        { id: entity.id, version: entity.version });
      onSaved();
    } catch (error) {
      setErrors(error.errors);
    }
  };
  const Body = config.Body;
  const Actions = config.Actions;
  return (
    <section>
      <div class="title">
        <h1>{entity ? entity.name : `New ${config.singular}`}{entity?.archived ? ' (archived)' : ''}</h1>
        <a href={`#/${config.route}`}>Back to the list</a>
      </div>
      <Form label={config.singular} errors={errors} onSubmit={save}>
        <Body form={form} set={set} entity={entity} session={session} />
        <div class="actions">
          <button type="submit" class="primary">{entity ? 'Save' : `Create ${config.singular}`}</button>
          {saved && <span role="status">Saved.</span>}
          {Actions && entity && <Actions entity={entity} />}
          {entity && <button type="button" onClick={lifecycle}>{entity.archived ? 'Restore' : 'Archive'}</button>}
        </div>
      </Form>
    </section>
  );
}

/** The routes of one kind: its list, #/route/new and #/route/<id>. */
export function entityPage(list, editor) {
  return function EntityPage({ params }) {
    return params[0] ? <EntityEditor config={editor} id={params[0] === 'new' ? null : params[0]} /> : <EntityListPage config={list} />;
  };
}
