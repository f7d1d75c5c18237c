import { gql } from './api.js';
import { entityPage } from './entity.jsx';
import { blankToNull, CheckField, Rows, Section, SelectField, splitList, TextArea, TextField, useLoad } from './ui.jsx';

const COST_TYPES = [['NOT_TRACKED', 'Not tracked'], ['CPC', 'CPC (per visit)'], ['CPM', 'CPM (per thousand visits)'],
  ['CPA', 'CPA (per conversion)'], ['REVSHARE', 'RevShare (% of revenue)'], ['AUTO', "Auto (the source's cost parameter)"]];

/** A cost model's type, value and currency (campaigns and traffic sources). */
export function CostModelFields({ path, model, set, label = 'Cost model' }) {
  return (
    <div class="row">
      <SelectField label={label} path={`${path}.type`} value={model.type} onChange={(value) => set(`${path}.type`, value)} options={COST_TYPES} />
      {model.type !== 'NOT_TRACKED' && model.type !== 'AUTO' && (
        <>
          <TextField label="Cost value" path={`${path}.value`} value={model.value} onChange={(value) => set(`${path}.value`, value)} inputmode="decimal" size="8" />
          <TextField label="Cost currency" path={`${path}.currency`} value={model.currency} onChange={(value) => set(`${path}.currency`, value)} size="4" maxLength="3" />
        </>
      )}
    </div>
  );
}

export function costModelInput(model) {
  return { type: model.type, value: blankToNull(model.value), currency: blankToNull(model.currency) };
}

function costModelForm(model, session) {
  return model ? { ...model, value: String(model.value) } : { type: 'NOT_TRACKED', value: '', currency: session.viewer.account.currency };
}

function WorkspaceField({ form, set, session }) {
  return (
    <SelectField label="Workspace" path="workspaceId" value={form.workspaceId} onChange={(value) => set('workspaceId', value)}
      options={session.workspaces.map((workspace) => [workspace.id, workspace.name])} />
  );
}

// ---- Landers

const LANDERS = {
  kind: 'landers', dimension: 'LANDER', title: 'Landers', singular: 'lander', route: 'landers', entity: 'Lander', filterType: 'LanderFilter',
  fields: 'url', columns: [['URL', (lander) => lander.url]],
};

function LanderBody({ form, set, session }) {
  return (
    <Section title="Lander">
      <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} required />
      <WorkspaceField form={form} set={set} session={session} />
      <TextField label="URL" path="url" value={form.url} onChange={(value) => set('url', value)} required hint="May use {tokens}." />
      <TextField label="Calls to action" path="callsToAction" value={form.callsToAction} onChange={(value) => set('callsToAction', value)}
        size="3" hint="How many offer links the page has (1 to 20): /click/1, /click/2…" />
      <TextField label="Tags" path="tags" value={form.tags} onChange={(value) => set('tags', value)} hint="Separated by commas." />
      <TextArea label="Notes" path="notes" value={form.notes} onChange={(value) => set('notes', value)} />
    </Section>
  );
}

const LANDER_EDITOR = {
  entity: 'Lander', singular: 'lander', route: 'landers', selection: 'name workspace { id } url callsToAction tags notes',
  toForm: (lander, session) => (lander
    ? { ...lander, workspaceId: lander.workspace.id, callsToAction: String(lander.callsToAction), tags: lander.tags.join(', '), notes: lander.notes ?? '' }
    : { workspaceId: session.workspaceId, name: '', url: '', callsToAction: '1', tags: '', notes: '' }),
  toInput: (form) => ({ workspaceId: form.workspaceId, name: form.name, url: form.url, callsToAction: Number(form.callsToAction),
    tags: splitList(form.tags), notes: blankToNull(form.notes) }),
  numbers: (form) => [['callsToAction', form.callsToAction]],
  Body: LanderBody,
};

export const LandersPage = entityPage(LANDERS, LANDER_EDITOR);

// ---- Affiliate networks

const NETWORKS = {
  kind: 'affiliateNetworks', dimension: 'AFFILIATE_NETWORK', title: 'Affiliate networks', singular: 'affiliate network', route: 'networks', entity: 'AffiliateNetwork',
  filterType: 'AffiliateNetworkFilter', fields: 'templateKey clickIdParam', columns: [['Template', (network) => network.templateKey ?? ''],
    ['Click id parameter', (network) => network.clickIdParam ?? '']],
};

function NetworkBody({ form, set, entity, session }) {
  const templates = useLoad(() => gql('{ affiliateNetworkTemplates { key name clickIdParam payoutParam txidParam } }')
    .then((data) => data.affiliateNetworkTemplates), []);
  const choose = (key) => {
    const template = templates.data?.find((candidate) => candidate.key === key);
    set('templateKey', key);
    if (template) {
      set('name', form.name || template.name);
      ['clickIdParam', 'payoutParam', 'txidParam'].forEach((param) => set(param, template[param] ?? ''));
    }
  };
  return (
    <Section title="Affiliate network">
      {!entity && (
        <SelectField label="Template" path="templateKey" value={form.templateKey} onChange={choose}
          options={[['', 'No template'], ...(templates.data ?? []).map((template) => [template.key, template.name])]} />
      )}
      <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} required />
      <WorkspaceField form={form} set={set} session={session} />
      <div class="row">
        <TextField label="Click id parameter" path="clickIdParam" value={form.clickIdParam} onChange={(value) => set('clickIdParam', value)} />
        <TextField label="Payout parameter" path="payoutParam" value={form.payoutParam} onChange={(value) => set('payoutParam', value)} />
        <TextField label="Transaction id parameter" path="txidParam" value={form.txidParam} onChange={(value) => set('txidParam', value)} />
      </div>
      <div class="row">
        <TextField label="Currency" path="currency" value={form.currency} onChange={(value) => set('currency', value)} size="4" maxLength="3" />
        <TextField label="Attribution window (days)" path="attributionWindowDays" value={form.attributionWindowDays}
          onChange={(value) => set('attributionWindowDays', value)} size="3" />
      </div>
      <CheckField label="Count every postback without a transaction id as a new conversion" path="acceptDuplicatePostbacks"
        checked={form.acceptDuplicatePostbacks} onChange={(value) => set('acceptDuplicatePostbacks', value)} />
      <TextField label="Postback IP allowlist" path="postbackIpAllowlist" value={form.postbackIpAllowlist}
        onChange={(value) => set('postbackIpAllowlist', value)} hint="Addresses or CIDR ranges, separated by commas; empty accepts any." />
      <TextField label="Postback secret" path="postbackSecret" value={form.postbackSecret} onChange={(value) => set('postbackSecret', value)}
        type="password" autocomplete="new-password" hint={entity?.hasPostbackSecret ? 'Set; leave empty to keep it.' : 'Optional: 8 to 128 characters.'} />
      <TextArea label="Notes" path="notes" value={form.notes} onChange={(value) => set('notes', value)} />
    </Section>
  );
}

const NETWORK_EDITOR = {
  entity: 'AffiliateNetwork', singular: 'affiliate network', route: 'networks',
  selection: 'name workspace { id } templateKey clickIdParam payoutParam txidParam currency acceptDuplicatePostbacks attributionWindowDays postbackIpAllowlist hasPostbackSecret notes',
  toForm: (network, session) => (network ? {
    ...network, workspaceId: network.workspace.id, templateKey: network.templateKey ?? '', clickIdParam: network.clickIdParam ?? '',
    payoutParam: network.payoutParam ?? '', txidParam: network.txidParam ?? '', currency: network.currency ?? '',
    attributionWindowDays: String(network.attributionWindowDays), postbackIpAllowlist: network.postbackIpAllowlist.join(', '),
    postbackSecret: '', notes: network.notes ?? '',
  } : {
    workspaceId: session.workspaceId, templateKey: '', name: '', clickIdParam: '', payoutParam: '', txidParam: '', currency: '',
    attributionWindowDays: '30', acceptDuplicatePostbacks: false, postbackIpAllowlist: '', postbackSecret: '', notes: '',
  }),
  toInput: (form) => {
    const input = {
      workspaceId: form.workspaceId, templateKey: blankToNull(form.templateKey), name: form.name,
      clickIdParam: blankToNull(form.clickIdParam), payoutParam: blankToNull(form.payoutParam), txidParam: blankToNull(form.txidParam),
      currency: blankToNull(form.currency), acceptDuplicatePostbacks: form.acceptDuplicatePostbacks,
      attributionWindowDays: form.attributionWindowDays === '' ? null : Number(form.attributionWindowDays),
      postbackIpAllowlist: splitList(form.postbackIpAllowlist), notes: blankToNull(form.notes),
    };
    // Left out, the secret stays as it is.
    return form.postbackSecret ? { ...input, postbackSecret: form.postbackSecret } : input;
  },
  numbers: (form) => [['attributionWindowDays', form.attributionWindowDays]],
  Body: NetworkBody,
};

export const NetworksPage = entityPage(NETWORKS, NETWORK_EDITOR);

// ---- Traffic sources

const SOURCES = {
  kind: 'trafficSources', dimension: 'TRAFFIC_SOURCE', title: 'Traffic sources', singular: 'traffic source', route: 'sources', entity: 'TrafficSource',
  filterType: 'TrafficSourceFilter', fields: 'postback { url }', columns: [['Postback', (source) => (source.postback ? 'yes' : '')]],
};

const STATUSES = ['APPROVED', 'PENDING', 'DECLINED'];

function ParameterFields({ label, path, value, set }) {
  return (
    <div class="row">
      <TextField label={`${label} parameter`} path={`${path}.parameter`} value={value.parameter} onChange={(text) => set(`${path}.parameter`, text)} />
      <TextField label={`${label} macro`} path={`${path}.macro`} value={value.macro} onChange={(text) => set(`${path}.macro`, text)} />
    </div>
  );
}

function SourceBody({ form, set, session }) {
  const toggleStatus = (status) => (checked) => set('postback.statuses',
    checked ? [...form.postback.statuses, status] : form.postback.statuses.filter((other) => other !== status));
  return (
    <>
      <Section title="Traffic source">
        <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} required />
        <WorkspaceField form={form} set={set} session={session} />
        <ParameterFields label="Click id" path="externalId" value={form.externalId} set={set} />
        <ParameterFields label="Cost" path="cost" value={form.cost} set={set} />
        <Rows title="Tracking fields" path="trackingFields" rows={form.trackingFields} set={set}
          blank={{ name: '', parameter: '', macro: '' }} addLabel="Add a tracking field">
          {(row, index) => (
            <>
              <TextField label="Field name" path={`trackingFields.${index}.name`} value={row.name} onChange={(value) => set(`trackingFields.${index}.name`, value)} />
              <TextField label="Parameter" path={`trackingFields.${index}.parameter`} value={row.parameter} onChange={(value) => set(`trackingFields.${index}.parameter`, value)} />
              <TextField label="Macro" path={`trackingFields.${index}.macro`} value={row.macro} onChange={(value) => set(`trackingFields.${index}.macro`, value)} />
            </>
          )}
        </Rows>
        <CostModelFields path="defaultCostModel" label="Default cost model" model={form.defaultCostModel} set={set} />
        <TextArea label="Notes" path="notes" value={form.notes} onChange={(value) => set('notes', value)} />
      </Section>
      <Section title="Outgoing postback">
        <CheckField label="Send conversions back to this source" path="postbackOn" checked={form.postbackOn} onChange={(value) => set('postbackOn', value)} />
        {form.postbackOn && (
          <>
            <TextField label="Postback URL" path="postback.url" value={form.postback.url} onChange={(value) => set('postback.url', value)}
              hint="With macros such as {external_id}, {payout} and {txid}." />
            <div class="row">
              <TextField label="Payout share (%)" path="postback.payoutPercent" value={form.postback.payoutPercent}
                onChange={(value) => set('postback.payoutPercent', value)} size="5" />
              <TextField label="Conversions sent (%)" path="postback.sendPercent" value={form.postback.sendPercent}
                onChange={(value) => set('postback.sendPercent', value)} size="5" />
            </div>
            <TextField label="Conversion types" path="postback.conversionTypes" value={form.postback.conversionTypes}
              onChange={(value) => set('postback.conversionTypes', value)} hint="Separated by commas; empty sends every type." />
            <fieldset class="inline">
              <legend>Statuses sent</legend>
              {STATUSES.map((status) => (
                <CheckField key={status} label={status.toLowerCase()} path={`postback.statuses.${status}`}
                  checked={form.postback.statuses.includes(status)} onChange={toggleStatus(status)} />
              ))}
            </fieldset>
          </>
        )}
      </Section>
    </>
  );
}

const parameter = (value) => (value ? { parameter: value.parameter, macro: value.macro } : { parameter: '', macro: '' });
const parameterInput = (value) => (value.parameter || value.macro ? value : null);

const SOURCE_EDITOR = {
  entity: 'TrafficSource', singular: 'traffic source', route: 'sources',
  selection: `name workspace { id } externalId { parameter macro } cost { parameter macro } trackingFields { name parameter macro }
    defaultCostModel { type value currency } postback { url payoutPercent sendPercent conversionTypes statuses } notes
    adPlatform { platform pixelId eventMapping { conversionType eventName } testEventCode }`,
  toForm: (source, session) => ({
    workspaceId: source?.workspace.id ?? session.workspaceId, name: source?.name ?? '',
    externalId: parameter(source?.externalId), cost: parameter(source?.cost),
    trackingFields: source?.trackingFields.map(({ name, parameter: param, macro }) => ({ name, parameter: param, macro })) ?? [],
    defaultCostModel: costModelForm(source?.defaultCostModel, session), notes: source?.notes ?? '',
    // Kept as it is: the console does not edit ad platforms, and an update without one would remove it.
    adPlatform: source?.adPlatform ?? null,
    postbackOn: !!source?.postback,
    postback: source?.postback
      ? { ...source.postback, payoutPercent: String(source.postback.payoutPercent), sendPercent: String(source.postback.sendPercent),
        conversionTypes: source.postback.conversionTypes.join(', ') }
      : { url: '', payoutPercent: '100', sendPercent: '100', conversionTypes: '', statuses: ['APPROVED'] },
  }),
  toInput: (form) => ({
    workspaceId: form.workspaceId, name: form.name, externalId: parameterInput(form.externalId), cost: parameterInput(form.cost),
    adPlatform: form.adPlatform && { platform: form.adPlatform.platform, pixelId: form.adPlatform.pixelId,
      eventMapping: form.adPlatform.eventMapping, testEventCode: form.adPlatform.testEventCode },
    trackingFields: form.trackingFields, defaultCostModel: costModelInput(form.defaultCostModel), notes: blankToNull(form.notes),
    postback: form.postbackOn ? {
      url: form.postback.url, payoutPercent: form.postback.payoutPercent, sendPercent: Number(form.postback.sendPercent),
      conversionTypes: splitList(form.postback.conversionTypes), statuses: form.postback.statuses,
    } : null,
  }),
  numbers: (form) => [['defaultCostModel.value', form.defaultCostModel.value],
    ...(form.postbackOn ? [['postback.payoutPercent', form.postback.payoutPercent], ['postback.sendPercent', form.postback.sendPercent]] : [])],
  Body: SourceBody,
};

export const SourcesPage = entityPage(SOURCES, SOURCE_EDITOR);
