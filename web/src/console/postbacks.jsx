import { useState } from 'preact/hooks';
import { optionsOf, usePages, useWorkspaceList } from './lists.js';
import { useSession } from './session.js';
import { Loading, SelectField } from './ui.jsx';

const OUTCOMES = ['ACCEPTED', 'OVER_CAP', 'STATUS_UPDATED', 'DUPLICATE', 'UNKNOWN_CLICK', 'EXPIRED_CLICK', 'IP_NOT_ALLOWED', 'BAD_SECRET',
  'INVALID_PARAMETER', 'NO_EXCHANGE_RATE', 'TRY_AGAIN'];
const STATUSES = ['QUEUED', 'RETRYING', 'SENT', 'FAILED'];

const LOG = `query($outcome: PostbackOutcome, $after: String) { postbackLog(outcome: $outcome, first: 50, after: $after) {
  edges { node { id receivedAt clickId outcome reason sourceIp parameters { name value } } } pageInfo { hasNextPage endCursor } } }`;
const OUTBOUND = `query($filter: OutboundPostbackFilter, $after: String) { outboundPostbacks(filter: $filter, first: 50, after: $after) {
  edges { node { id trafficSourceId clickId txid url status responseCode attempts lastError convertedAt updatedAt } }
  pageInfo { hasNextPage endCursor } } }`;

const time = (iso) => new Date(iso).toLocaleString();

export function PostbacksPage({ params }) {
  const outbound = params[0] === 'outbound';
  return (
    <section>
      <div class="title"><h1>Postbacks</h1></div>
      <nav class="tabs" aria-label="Postbacks">
        <a href="#/postbacks" aria-current={outbound ? undefined : 'page'}>Received (postback log)</a>
        <a href="#/postbacks/outbound" aria-current={outbound ? 'page' : undefined}>Sent to traffic sources</a>
      </nav>
      {outbound ? <OutboundLog /> : <ReceivedLog />}
    </section>
  );
}

function ReceivedLog() {
  const [outcome, setOutcome] = useState('');
  const { state, more, reset } = usePages(LOG, { outcome: outcome || null }, 'postbackLog');
  return (
    <>
      <div class="filters">
        <SelectField label="Outcome" path="outcome" value={outcome} onChange={(value) => { setOutcome(value); reset(); }}
          options={[['', 'Every outcome'], ...OUTCOMES.map((name) => [name, name])]} />
      </div>
      <Loading state={state}>
        {({ items, info }) => (
          <>
            <table class="data" id="postback-log">
              <thead><tr><th>Received</th><th>Outcome</th><th>Click id</th><th>Reason</th><th>Parameters</th><th>From</th></tr></thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{time(entry.receivedAt)}</td>
                    <td><span class={`badge ${entry.outcome.toLowerCase()}`}>{entry.outcome}</span></td>
                    <td><code>{entry.clickId ?? ''}</code></td>
                    <td>{entry.reason}</td>
                    <td><code>{entry.parameters.map((parameter) => `${parameter.name}=${parameter.value}`).join('&')}</code></td>
                    <td>{entry.sourceIp ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length === 0 && <p class="muted">No postbacks{outcome ? ` with outcome ${outcome}` : ''} on the pages read.</p>}
            {info.hasNextPage && <button type="button" onClick={more}>Show more</button>}
          </>
        )}
      </Loading>
    </>
  );
}

function OutboundLog() {
  const { workspaceId } = useSession();
  const sources = useWorkspaceList('trafficSources', workspaceId);
  const [filter, setFilter] = useState({ status: '', trafficSourceId: '' });
  const { state, more, reset } = usePages(OUTBOUND, { filter: { status: filter.status || null, trafficSourceId: filter.trafficSourceId || null } },
    'outboundPostbacks');
  const set = (key) => (value) => { setFilter({ ...filter, [key]: value }); reset(); };
  const sourceName = (id) => sources.find((source) => source.id === id)?.name ?? id;
  return (
    <>
      <div class="filters">
        <SelectField label="Status" path="status" value={filter.status} onChange={set('status')}
          options={[['', 'Every status'], ...STATUSES.map((name) => [name, name])]} />
        <SelectField label="Traffic source" path="trafficSourceId" value={filter.trafficSourceId} onChange={set('trafficSourceId')}
          options={[['', 'Every source'], ...optionsOf(sources)]} />
      </div>
      <Loading state={state}>
        {({ items, info }) => (
          <>
            <table class="data" id="outbound-log">
              <thead><tr><th>Converted</th><th>Status</th><th>Traffic source</th><th>URL</th><th>Answer</th><th>Attempts</th><th>Last error</th></tr></thead>
              <tbody>
                {items.map((postback) => (
                  <tr key={postback.id}>
                    <td>{time(postback.convertedAt)}</td>
                    <td><span class={`badge ${postback.status.toLowerCase()}`}>{postback.status}</span></td>
                    <td>{sourceName(postback.trafficSourceId)}</td>
                    <td><code>{postback.url}</code></td>
                    <td>{postback.responseCode ?? ''}</td>
                    <td class="num">{postback.attempts}</td>
                    <td>{postback.lastError ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length === 0 && <p class="muted">No postbacks sent.</p>}
            {info.hasNextPage && <button type="button" onClick={more}>Show more</button>}
          </>
        )}
      </Loading>
    </>
  );
}
