import { useEffect, useState } from 'preact/hooks';
import { gql, ApiError } from './api.js';
import { forgetKey, storedKey, storeKey } from './endpoint.js';
import { Session, defaultRange, useSession as useSessionContext } from './session.js';
import { TextField, Form } from './ui.jsx';
import { OffersPage } from './offers.jsx';
import { CampaignsPage } from './campaigns.jsx';
import { LandersPage, NetworksPage, SourcesPage } from './entities.jsx';
import { ReportsPage } from './reports.jsx';
import { PostbacksPage } from './postbacks.jsx';
import { SettingsPage } from './settings.jsx';

const SESSION_QUERY = `{ viewer { userId role account { name currency reportTimezone } } workspaces { id name visibility } }`;
const WORKSPACE = 'offerline.workspaceId';

const PAGES = [
  ['offers', 'Offers', OffersPage],
  ['campaigns', 'Campaigns', CampaignsPage],
  ['landers', 'Landers', LandersPage],
  ['sources', 'Traffic sources', SourcesPage],
  ['networks', 'Affiliate networks', NetworksPage],
  ['reports', 'Reports', ReportsPage],
  ['postbacks', 'Postbacks', PostbacksPage],
  ['settings', 'Settings', SettingsPage],
];

/** The hash route: #/offers/123 is ['offers', '123']. */
function useRoute() {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export function App() {
  const [session, setSession] = useState(null);
  const [failure, setFailure] = useState(null);
  const [checking, setChecking] = useState(!!storedKey());

  const open = async () => {
    try {
      const data = await gql(SESSION_QUERY);
      const saved = sessionStorage.getItem(WORKSPACE);
      const workspaceId = data.workspaces.some((workspace) => workspace.id === saved) ? saved : data.workspaces[0]?.id;
      setSession((current) => ({ ...data, workspaceId, range: current?.range ?? defaultRange(data.viewer.account.reportTimezone) }));
      setFailure(null);
    } catch (error) {
      if (error instanceof ApiError && error.unauthorized) {
        forgetKey();
      }
      setSession(null);
      setFailure(error);
    } finally {
      setChecking(false);
    }
  };

  useEffect(() => {
    if (storedKey()) {
      open();
    }
  }, []);

  if (checking) {
    return <p class="muted">Signing in…</p>;
  }
  if (!session) {
    return <SignIn failure={failure} onKey={(key) => { storeKey(key); open(); }} />;
  }
  const context = {
    ...session,
    reload: open,
    setWorkspace: (workspaceId) => {
      sessionStorage.setItem(WORKSPACE, workspaceId);
      setSession({ ...session, workspaceId });
    },
    setRange: (range) => setSession({ ...session, range }),
    signOut: () => {
      forgetKey();
      sessionStorage.removeItem(WORKSPACE);
      setSession(null);
      location.hash = '';
    },
  };
  return (
    <Session.Provider value={context}>
      <Shell />
    </Session.Provider>
  );
}

function SignIn({ failure, onKey }) {
  const [key, setKey] = useState('');
  const errors = failure ? [{ path: 'key', message: failure.message }] : [];
  return (
    <main class="sign-in">
      <h1>Offerline</h1>
      <p>Sign in with an API key. It is kept in this tab only, until you sign out or close it.</p>
      <Form label="Sign in" errors={errors} onSubmit={() => key.trim() && onKey(key.trim())}>
        <TextField label="API key" path="key" value={key} onChange={setKey} type="password" autocomplete="off" autofocus />
        <button type="submit" class="primary">Sign in</button>
      </Form>
      <p class="muted">The local stack prints its key when it starts. Other keys: Settings, API keys, or <code>offerline-admin create-key</code>.</p>
    </main>
  );
}

function Shell() {
  const route = useRoute();
  const [name = 'offers', ...rest] = route;
  const page = PAGES.find(([key]) => key === name) ?? PAGES[0];
  const Page = page[2];
  return (
    <div class="shell">
      <header>
        <strong class="brand">Offerline</strong>
        <WorkspaceSwitcher />
        <nav aria-label="Main">
          {PAGES.map(([key, label]) => (
            <a key={key} href={`#/${key}`} aria-current={key === page[0] ? 'page' : undefined}>{label}</a>
          ))}
          <a href="graphiql.html" target="_blank" rel="noopener">GraphiQL</a>
        </nav>
        <SignOut />
      </header>
      <main>
        <Page params={rest} />
      </main>
    </div>
  );
}

function WorkspaceSwitcher() {
  const session = useSessionContext();
  return (
    <div class="switcher">
      <label for="workspace">Workspace</label>
      <select id="workspace" value={session.workspaceId} onChange={(event) => session.setWorkspace(event.currentTarget.value)}>
        {session.workspaces.map((workspace) => <option key={workspace.id} value={workspace.id}>{workspace.name}</option>)}
      </select>
    </div>
  );
}

function SignOut() {
  const session = useSessionContext();
  return (
    <div class="who">
      <span>{session.viewer.account.name} · {session.viewer.role}</span>
      <button type="button" onClick={session.signOut}>Sign out</button>
    </div>
  );
}

