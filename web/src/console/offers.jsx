import { useRef } from 'preact/hooks';
import { gql } from './api.js';
import { entityPage } from './entity.jsx';
import { useSession } from './session.js';
import { optionsOf, useWorkspaceList } from './lists.js';
import {
  blankToNull, CheckField, CopyButton, Loading, Rows, Section, SelectField, splitList, TextArea, TextField, useLoad,
} from './ui.jsx';

const LIST = {
  kind: 'offers', dimension: 'OFFER', title: 'Offers', singular: 'offer', route: 'offers', entity: 'Offer', filterType: 'OfferFilter',
  timing: 'offers-list',
  fields: 'tags affiliateNetwork { id name }',
  columns: [['Network', (offer) => offer.affiliateNetwork?.name ?? ''], ['Tags', (offer) => offer.tags.join(', ')]],
  initialFilter: { tag: '', affiliateNetworkId: '' },
  filterInput: (filter) => ({ tag: blankToNull(filter.tag), affiliateNetworkId: blankToNull(filter.affiliateNetworkId) }),
  filters: OfferFilters,
};

function OfferFilters({ filter, set }) {
  const { workspaceId } = useSession();
  const networks = useWorkspaceList('affiliateNetworks', workspaceId);
  return (
    <>
      <TextField label="Tag" path="filter.tag" value={filter.tag} onChange={set('tag')} />
      <SelectField label="Network" path="filter.network" value={filter.affiliateNetworkId} onChange={set('affiliateNetworkId')}
        options={[['', 'Any network'], ...optionsOf(networks)]} />
    </>
  );
}

const SELECTION = `name tags notes affiliateNetworkId appendClickId directTracking url staticUrl trackingMethod
  workspace { id }
  tracking { postbackUrl pixelHtml pixelUrl script directTrackingScript }
  payout { mode defaultValue currency geo { country value } }
  keywords { value weight }
  cap { enabled metric period limit timezone fallbackOfferId fallbackUrl }`;

function formValues(offer, session) {
  if (!offer) {
    return {
      workspaceId: session.workspaceId, name: '', tags: '', notes: '', affiliateNetworkId: '', appendClickId: false,
      directTracking: false, url: '', staticUrl: '', trackingMethod: 'POSTBACK',
      payout: { mode: 'MANUAL', defaultValue: '', currency: session.viewer.account.currency, geo: [] },
      keywords: [], capOn: false,
      cap: { enabled: true, metric: 'CONVERSIONS', period: 'DAILY', limit: '', timezone: 'UTC', fallbackOfferId: '', fallbackUrl: '' },
    };
  }
  return {
    ...offer,
    workspaceId: offer.workspace.id,
    tags: offer.tags.join(', '),
    payout: { ...offer.payout, defaultValue: String(offer.payout.defaultValue) },
    capOn: !!offer.cap,
    cap: offer.cap ? { ...offer.cap, limit: String(offer.cap.limit) }
      : { enabled: true, metric: 'CONVERSIONS', period: 'DAILY', limit: '', timezone: 'UTC', fallbackOfferId: '', fallbackUrl: '' },
  };
}

/** The form's values as an OfferInput. */
function offerInput(form) {
  return {
    workspaceId: form.workspaceId,
    name: form.name,
    tags: splitList(form.tags),
    notes: blankToNull(form.notes),
    affiliateNetworkId: blankToNull(form.affiliateNetworkId),
    appendClickId: form.appendClickId,
    directTracking: form.directTracking,
    url: form.url,
    staticUrl: blankToNull(form.staticUrl),
    trackingMethod: form.trackingMethod,
    payout: {
      mode: form.payout.mode,
      defaultValue: blankToNull(form.payout.defaultValue),
      currency: form.payout.currency,
      geo: form.payout.mode === 'MANUAL' ? form.payout.geo.map((geo) => ({ country: geo.country, value: geo.value })) : [],
    },
    keywords: form.keywords.map((keyword) => ({ value: keyword.value, weight: Number(keyword.weight) })),
    cap: form.capOn ? {
      enabled: form.cap.enabled, metric: form.cap.metric, period: form.cap.period, limit: form.cap.limit,
      timezone: blankToNull(form.cap.timezone), fallbackOfferId: blankToNull(form.cap.fallbackOfferId),
      fallbackUrl: blankToNull(form.cap.fallbackUrl),
    } : null,
  };
}

const NUMBERS = (form) => [
  ['payout.defaultValue', form.payout.defaultValue],
  ...form.payout.geo.map((geo, index) => [`payout.geo.${index}.value`, geo.value]),
  ...form.keywords.map((keyword, index) => [`keywords.${index}.weight`, keyword.weight]),
  ...(form.capOn ? [['cap.limit', form.cap.limit]] : []),
];

/** The seed page's two sections: Setup, then Conversion tracking and payout. */
function OfferBody({ form, set, entity, session }) {
  const offer = entity;
  const networks = useWorkspaceList('affiliateNetworks', form.workspaceId);
  const offers = useWorkspaceList('offers', form.workspaceId);
  const tokens = useLoad(() => gql('{ tokens { placeholder description } }').then((data) => data.tokens), []);
  return (
    <>
    <Section title="Setup">
      <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} required />
      <SelectField label="Workspace" path="workspaceId" value={form.workspaceId} onChange={(value) => set('workspaceId', value)}
        options={session.workspaces.map((workspace) => [workspace.id, workspace.name])} />
      <TextField label="Tags" path="tags" value={form.tags} onChange={(value) => set('tags', value)} hint="Separated by commas." />
      <SelectField label="Affiliate network" path="affiliateNetworkId" value={form.affiliateNetworkId}
        onChange={(value) => set('affiliateNetworkId', value)} options={[['', 'None'], ...optionsOf(networks)]} />
      <CheckField label="Append the network's click-id parameter to the URL" path="appendClickId" checked={form.appendClickId}
        onChange={(value) => set('appendClickId', value)} />
      <CheckField label="Direct tracking (the offer page runs the tracking script)" path="directTracking"
        checked={form.directTracking} onChange={(value) => set('directTracking', value)} />
      <UrlWithTokens value={form.url} onChange={(value) => set('url', value)} tokens={tokens.data ?? []} />
      <TextField label="Static URL" path="staticUrl" value={form.staticUrl} onChange={(value) => set('staticUrl', value)}
        hint="A plain URL other URLs can use as {offer_static_url}." />
    </Section>
    <Section title="Conversion tracking and payout">
      <SelectField label="Tracking method" path="trackingMethod" value={form.trackingMethod} onChange={(value) => set('trackingMethod', value)}
        options={[['POSTBACK', 'Postback (server to server)'], ['PIXEL', 'Pixel (img tag)'], ['PIXEL_URL', 'Pixel URL'], ['SCRIPT', 'Script tag']]} />
      <Snippets offer={offer} method={form.trackingMethod} directTracking={form.directTracking} />
      <fieldset class="inline" aria-describedby="payout-mode-help">
        <legend>Payout</legend>
        {['AUTO', 'MANUAL'].map((mode) => (
          <label key={mode} class="radio">
            <input type="radio" name="payout-mode" value={mode} checked={form.payout.mode === mode} onChange={() => set('payout.mode', mode)} />
            {mode === 'AUTO' ? 'Auto (from the postback)' : 'Manual'}
          </label>
        ))}
        <span class="hint" id="payout-mode-help">Manual: the postback's payout when sent, else the country's, else the default.</span>
      </fieldset>
      <div class="row">
        <TextField label="Default payout" path="payout.defaultValue" value={form.payout.defaultValue}
          onChange={(value) => set('payout.defaultValue', value)} inputmode="decimal" />
        <TextField label="Currency" path="payout.currency" value={form.payout.currency} onChange={(value) => set('payout.currency', value)}
          size="4" maxLength="3" />
      </div>
      {form.payout.mode === 'MANUAL' && (
        <Rows title="Payouts by country" path="payout.geo" rows={form.payout.geo} set={set}
          blank={{ country: '', value: '' }} addLabel="Add a country payout">
          {(row, index) => (
            <>
              <TextField label="Country" path={`payout.geo.${index}.country`} value={row.country}
                onChange={(value) => set(`payout.geo.${index}.country`, value.toUpperCase())} size="3" maxLength="2" />
              <TextField label="Payout" path={`payout.geo.${index}.value`} value={row.value}
                onChange={(value) => set(`payout.geo.${index}.value`, value)} inputmode="decimal" />
            </>
          )}
        </Rows>
      )}
      <Rows title="Keywords" path="keywords" rows={form.keywords} set={set} blank={{ value: '', weight: '100' }} addLabel="Add a keyword">
        {(row, index) => (
          <>
            <TextField label="Keyword" path={`keywords.${index}.value`} value={row.value} onChange={(value) => set(`keywords.${index}.value`, value)} />
            <TextField label="Weight" path={`keywords.${index}.weight`} value={row.weight}
              onChange={(value) => set(`keywords.${index}.weight`, value)} inputmode="numeric" size="5" />
          </>
        )}
      </Rows>
      <CheckField label="Cap" path="capOn" checked={form.capOn} onChange={(value) => set('capOn', value)} />
      {form.capOn && <CapFields cap={form.cap} set={set} offers={offers} ownId={offer?.id} />}
      <TextArea label="Notes" path="notes" value={form.notes} onChange={(value) => set('notes', value)} />
    </Section>
    </>
  );
}

function CloneAction({ entity }) {
  const clone = async () => {
    const data = await gql('mutation($id: ID!) { cloneOffer(id: $id) { id } }', { id: entity.id });
    location.hash = `#/offers/${data.cloneOffer.id}`;
  };
  return <button type="button" onClick={clone}>Clone</button>;
}

const EDITOR = {
  entity: 'Offer', singular: 'offer', route: 'offers', selection: SELECTION,
  toForm: formValues, toInput: offerInput, numbers: NUMBERS, Body: OfferBody, Actions: CloneAction,
};

export const OffersPage = entityPage(LIST, EDITOR);

function UrlWithTokens({ value, onChange, tokens }) {
  const input = useRef(null);
  const insert = (token) => {
    const field = input.current;
    const at = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? at;
    onChange(value.slice(0, at) + token + value.slice(end));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  return (
    <>
      <TextField label="URL" path="url" value={value} onChange={onChange} inputRef={input} required
        hint="The offer's address; tokens such as {cf_click_id} are filled in on each click." />
      <details class="tokens">
        <summary>Insert a token</summary>
        <ul>
          {tokens.map((token) => (
            <li key={token.placeholder}>
              <button type="button" class="small" onClick={() => insert(token.placeholder)}>{token.placeholder}</button>
              <span>{token.description}</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

const SNIPPETS = {
  POSTBACK: [['postbackUrl', 'Postback URL for the network']],
  PIXEL: [['pixelHtml', 'Pixel for the thank-you page']],
  PIXEL_URL: [['pixelUrl', 'Pixel URL for the network']],
  SCRIPT: [['script', 'Script for the thank-you page']],
};

function Snippets({ offer, method, directTracking }) {
  if (!offer) {
    return <p class="hint">The snippets to paste appear once the offer is saved.</p>;
  }
  const shown = [...SNIPPETS[method], ...(directTracking && offer.tracking.directTrackingScript ? [['directTrackingScript', 'Script for the offer page']] : [])];
  return shown.map(([field, label]) => (
    <div class="field snippet" key={field}>
      <label for={`snippet-${field}`}>{label}</label>
      <textarea id={`snippet-${field}`} readOnly rows="2" value={offer.tracking[field]} />
      <CopyButton text={offer.tracking[field]} label={label} />
    </div>
  ));
}

function CapFields({ cap, set, offers, ownId }) {
  const fallbacks = (offers ?? []).filter((candidate) => candidate.id !== ownId).map((candidate) => [candidate.id, candidate.name]);
  return (
    <div class="group">
      <CheckField label="Cap enabled" path="cap.enabled" checked={cap.enabled} onChange={(value) => set('cap.enabled', value)} />
      <div class="row">
        <SelectField label="Counts" path="cap.metric" value={cap.metric} onChange={(value) => set('cap.metric', value)}
          options={[['CONVERSIONS', 'Conversions'], ['CLICKS', 'Clicks']]} />
        <SelectField label="Period" path="cap.period" value={cap.period} onChange={(value) => set('cap.period', value)}
          options={[['DAILY', 'Daily'], ['TOTAL', 'Total']]} />
        <TextField label="Limit" path="cap.limit" value={cap.limit} onChange={(value) => set('cap.limit', value)} inputmode="numeric" size="8" />
        <TextField label="Cap timezone" path="cap.timezone" value={cap.timezone} onChange={(value) => set('cap.timezone', value)} list="timezones" />
      </div>
      <SelectField label="Fallback offer" path="cap.fallbackOfferId" value={cap.fallbackOfferId}
        onChange={(value) => set('cap.fallbackOfferId', value)} options={[['', 'None'], ...fallbacks]} />
      <TextField label="Fallback URL" path="cap.fallbackUrl" value={cap.fallbackUrl} onChange={(value) => set('cap.fallbackUrl', value)} />
    </div>
  );
}

