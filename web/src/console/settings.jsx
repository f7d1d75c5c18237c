import { useState } from 'preact/hooks';
import { gql } from './api.js';
import { usePages } from './lists.js';
import { useSession } from './session.js';
import { blankToNull, CheckField, CopyButton, Form, Loading, Section, SelectField, TextField, useForm, useLoad } from './ui.jsx';

const TABS = [['account', 'Account'], ['workspaces', 'Workspaces'], ['users', 'Users'], ['keys', 'API keys'],
  ['conversion-types', 'Conversion types'], ['audit', 'Audit trail']];

export function SettingsPage({ params }) {
  const tab = TABS.find(([key]) => key === params[0]) ?? TABS[0];
  const Tab = { account: Account, workspaces: Workspaces, users: Users, keys: ApiKeys, 'conversion-types': ConversionTypes, audit: Audit }[tab[0]];
  return (
    <section>
      <div class="title"><h1>Settings</h1></div>
      <nav class="tabs" aria-label="Settings">
        {TABS.map(([key, label]) => <a key={key} href={`#/settings/${key}`} aria-current={key === tab[0] ? 'page' : undefined}>{label}</a>)}
      </nav>
      <Tab />
    </section>
  );
}

/** A form's submission: the API's errors for the form, and `done` once it went through. */
function useSubmit(send) {
  const [errors, setErrors] = useState([]);
  const [done, setDone] = useState(null);
  const submit = async () => {
    setDone(null);
    try {
      setDone(await send());
      setErrors([]);
    } catch (error) {
      setErrors(error.errors ?? [{ path: '', message: error.message }]);
    }
  };
  return { errors, done, submit };
}

const ROLE_OPTIONS = [['OWNER', 'Owner'], ['ADMIN', 'Admin'], ['WORKER', 'Worker'], ['READ_ONLY', 'Read only']];

function Account() {
  const session = useSession();
  const state = useLoad(() => gql('{ viewer { account { name currency truncateIps reportTimezone } } }').then((data) => data.viewer.account), []);
  return <Loading state={state}>{(account) => <AccountForm account={account} onSaved={session.reload} />}</Loading>;
}

function AccountForm({ account, onSaved }) {
  const [form, set] = useForm({ name: account.name, truncateIps: account.truncateIps, reportTimezone: account.reportTimezone });
  const { errors, done, submit } = useSubmit(async () => {
    await gql('mutation($input: AccountInput!) { updateAccount(input: $input) { name } }', { input: form });
    onSaved();
    return true;
  });
  return (
    <Form label="Account" errors={errors} onSubmit={submit}>
      <Section title="Account">
        <TextField label="Account name" path="name" value={form.name} onChange={(value) => set('name', value)} />
        <p>Reporting currency: <strong>{account.currency}</strong> (chosen when the account was created).</p>
        <TextField label="Report timezone" path="reportTimezone" value={form.reportTimezone} onChange={(value) => set('reportTimezone', value)}
          list="timezones" hint="The days and hours of reports and stats that name no timezone." />
        <CheckField label="Store visitors' IP addresses shortened" path="truncateIps" checked={form.truncateIps} onChange={(value) => set('truncateIps', value)} />
      </Section>
      <button type="submit" class="primary">Save</button> {done && <span role="status">Saved.</span>}
    </Form>
  );
}

function Workspaces() {
  const session = useSession();
  const [form, set, reset] = useForm({ name: '', visibility: 'PUBLIC' });
  const { errors, submit } = useSubmit(async () => {
    await gql('mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: form });
    reset({ name: '', visibility: 'PUBLIC' });
    session.reload();
    return true;
  });
  return (
    <>
      <table class="data">
        <thead><tr><th>Workspace</th><th>Visibility</th></tr></thead>
        <tbody>{session.workspaces.map((workspace) => <tr key={workspace.id}><td>{workspace.name}</td><td>{workspace.visibility}</td></tr>)}</tbody>
      </table>
      <Form label="New workspace" errors={errors} onSubmit={submit}>
        <Section title="New workspace">
          <TextField label="Workspace name" path="name" value={form.name} onChange={(value) => set('name', value)} />
          <SelectField label="Visibility" path="visibility" value={form.visibility} onChange={(value) => set('visibility', value)}
            options={[['PUBLIC', 'Public: every user'], ['PRIVATE', 'Private: assigned users, owners and admins']]} />
        </Section>
        <button type="submit" class="primary">Create workspace</button>
      </Form>
    </>
  );
}

function Users() {
  const session = useSession();
  const users = useLoad(() => gql('{ users { id name email role workspaceIds lastActiveAt } }').then((data) => data.users), []);
  const [form, set, reset] = useForm({ name: '', email: '', role: 'WORKER', workspaceIds: [] });
  const { errors, submit } = useSubmit(async () => {
    await gql('mutation($input: UserInput!) { createUser(input: $input) { id } }', { input: form });
    reset({ name: '', email: '', role: 'WORKER', workspaceIds: [] });
    users.reload();
    return true;
  });
  const [failure, setFailure] = useState(null);
  const remove = (user) => gql('mutation($id: ID!) { removeUser(id: $id) { id } }', { id: user.id }).then(users.reload, setFailure);
  const privateOnes = session.workspaces.filter((workspace) => workspace.visibility === 'PRIVATE');
  return (
    <>
      {failure && <p class="error-summary" role="alert">{failure.message}</p>}
      <Loading state={users}>
        {(list) => (
          <table class="data" id="users">
            <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Last active</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {list.map((user) => (
                <tr key={user.id}>
                  <td>{user.name}</td><td>{user.email}</td><td>{user.role}</td>
                  <td>{user.lastActiveAt ? new Date(user.lastActiveAt).toLocaleString() : 'never'}</td>
                  <td>{user.id !== session.viewer.userId && <button type="button" class="small" onClick={() => remove(user)}>Remove {user.name}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      <Form label="New user" errors={errors} onSubmit={submit}>
        <Section title="New user">
          <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} />
          <TextField label="Email" path="email" type="email" value={form.email} onChange={(value) => set('email', value)} />
          <SelectField label="Role" path="role" value={form.role} onChange={(value) => set('role', value)} options={ROLE_OPTIONS} />
          {privateOnes.map((workspace) => (
            <CheckField key={workspace.id} label={`Opens ${workspace.name}`} path={`workspaceIds.${workspace.id}`}
              checked={form.workspaceIds.includes(workspace.id)}
              onChange={(on) => set('workspaceIds', on ? [...form.workspaceIds, workspace.id] : form.workspaceIds.filter((id) => id !== workspace.id))} />
          ))}
        </Section>
        <button type="submit" class="primary">Add user</button>
      </Form>
    </>
  );
}

function ApiKeys() {
  const session = useSession();
  const manages = session.viewer.role === 'OWNER' || session.viewer.role === 'ADMIN';
  const users = useLoad(() => (manages ? gql('{ users { id name } }').then((data) => data.users) : Promise.resolve([])), []);
  const [userId, setUserId] = useState(session.viewer.userId);
  const keys = useLoad(() => gql('query($user: ID!) { apiKeys(userId: $user) { id name prefix createdAt lastUsedAt expiresAt revokedAt } }',
    { user: userId }).then((data) => data.apiKeys), [userId]);
  const [form, set, reset] = useForm({ name: '', expiresOn: '' });
  const { errors, done, submit } = useSubmit(async () => {
    const input = { userId, name: form.name, expiresAt: form.expiresOn ? new Date(`${form.expiresOn}T00:00:00`).toISOString() : null };
    const data = await gql('mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }', { input });
    reset({ name: '', expiresOn: '' });
    keys.reload();
    return data.createApiKey.key;
  });
  const revoke = (key) => gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id }).then(keys.reload);
  return (
    <>
      {manages && (
        <SelectField label="Keys of" path="userId" value={userId} onChange={setUserId}
          options={(users.data ?? [{ id: session.viewer.userId, name: 'you' }]).map((user) => [user.id, user.name])} />
      )}
      <Loading state={keys}>
        {(list) => (
          <table class="data" id="api-keys">
            <thead><tr><th>Name</th><th>Starts with</th><th>Created</th><th>Last used</th><th>Expires</th><th>State</th></tr></thead>
            <tbody>
              {list.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td><td><code>{key.prefix}</code></td><td>{new Date(key.createdAt).toLocaleDateString()}</td>
                  <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : 'never'}</td>
                  <td>{key.expiresAt ? new Date(key.expiresAt).toLocaleDateString() : 'never'}</td>
                  <td>{key.revokedAt ? 'revoked' : <button type="button" class="small" onClick={() => revoke(key)}>Revoke {key.name}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      <Form label="New API key" errors={errors} onSubmit={submit}>
        <Section title="New API key">
          <TextField label="Key name" path="name" value={form.name} onChange={(value) => set('name', value)} />
          <TextField label="Expires on (optional)" path="expiresAt" type="date" value={form.expiresOn} onChange={(value) => set('expiresOn', value)} />
        </Section>
        <button type="submit" class="primary">Create key</button>
      </Form>
      {done && (
        <div class="notice" role="status">
          <p>The new key, shown only now (Offerline keeps only its hash):</p>
          <code id="new-key">{done}</code> <CopyButton text={done} label="the new key" />
        </div>
      )}
    </>
  );
}

function ConversionTypes() {
  const types = useLoad(() => gql('{ conversionTypes { key name countsAsConversion countsAsRevenue } }').then((data) => data.conversionTypes), []);
  const blank = { key: '', name: '', countsAsConversion: true, countsAsRevenue: true };
  const [form, set, reset] = useForm(blank);
  const { errors, submit } = useSubmit(async () => {
    await gql('mutation($input: ConversionTypeInput!) { saveConversionType(input: $input) { key } }', { input: form });
    reset(blank);
    types.reload();
    return true;
  });
  return (
    <>
      <Loading state={types}>
        {(list) => (
          <table class="data">
            <thead><tr><th>Key (ct)</th><th>Name</th><th>Counts as a conversion</th><th>Counts as revenue</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {list.map((type) => (
                <tr key={type.key}>
                  <td><code>{type.key}</code></td><td>{type.name}</td><td>{type.countsAsConversion ? 'yes' : 'no'}</td><td>{type.countsAsRevenue ? 'yes' : 'no'}</td>
                  <td><button type="button" class="small" onClick={() => reset(type)}>Edit {type.key}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      <Form label="Conversion type" errors={errors} onSubmit={submit}>
        <Section title="Conversion type (a key saved again replaces it)">
          <TextField label="Key" path="key" value={form.key} onChange={(value) => set('key', value)} hint="The value networks send as ct." />
          <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} />
          <CheckField label="Counts as a conversion" path="countsAsConversion" checked={form.countsAsConversion} onChange={(value) => set('countsAsConversion', value)} />
          <CheckField label="Counts as revenue" path="countsAsRevenue" checked={form.countsAsRevenue} onChange={(value) => set('countsAsRevenue', value)} />
        </Section>
        <button type="submit" class="primary">Save conversion type</button>
      </Form>
    </>
  );
}

const AUDIT = `query($filter: AuditFilter, $after: String) { auditLog(filter: $filter, first: 50, after: $after) {
  edges { node { id at userId operation entityType entityId changes { field before after } } } pageInfo { hasNextPage endCursor } } }`;

function Audit() {
  const [filter, set] = useForm({ entityId: '', userId: '' });
  const { state: entries, more, reset } = usePages(AUDIT, { filter: { entityId: blankToNull(filter.entityId), userId: blankToNull(filter.userId) } },
    'auditLog');
  return (
    <>
      <div class="filters">
        <TextField label="Entity id" path="entityId" value={filter.entityId} onChange={(value) => { set('entityId', value); reset(); }} />
        <TextField label="User id" path="userId" value={filter.userId} onChange={(value) => { set('userId', value); reset(); }} />
      </div>
      <Loading state={entries}>
        {({ items, info }) => (
          <>
            <table class="data" id="audit">
              <thead><tr><th>When</th><th>Who</th><th>What</th><th>On</th><th>Changes</th></tr></thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{new Date(entry.at).toLocaleString()}</td><td><code>{entry.userId}</code></td><td>{entry.operation}</td>
                    <td>{entry.entityType} <code>{entry.entityId ?? ''}</code></td>
                    <td><ul class="changes">{entry.changes.slice(0, 8).map((change) => (
                      <li key={change.field}><code>{change.field}</code>: {change.before ?? '∅'} → {change.after ?? '∅'}</li>))}
                      {entry.changes.length > 8 && <li>and {entry.changes.length - 8} more</li>}</ul></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {info.hasNextPage && <button type="button" onClick={more}>Show more</button>}
          </>
        )}
      </Loading>
    </>
  );
}
