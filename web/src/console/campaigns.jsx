import { entityPage } from './entity.jsx';
import { optionsOf, useWorkspaceList } from './lists.js';
import { CostModelFields, costModelInput } from './entities.jsx';
import { blankToNull, CheckField, CopyButton, ListError, Rows, Section, SelectField, splitList, TextField } from './ui.jsx';

const LIST = {
  kind: 'campaigns', dimension: 'CAMPAIGN', title: 'Campaigns', singular: 'campaign', route: 'campaigns', entity: 'Campaign', filterType: 'CampaignFilter',
  fields: 'trackingType trafficSource { name }',
  columns: [['Traffic source', (campaign) => campaign.trafficSource?.name ?? ''], ['Tracking', (campaign) => campaign.trackingType]],
};

const SELECTION = `name workspace { id } trafficSourceId trackingType costModel { type value currency } fallbackUrl
  sendConversionPostbacks trackingUrl
  paths { name weight rules { dimension operator values } landers { landerId weight } offers { offer { id } weight } }`;

const DIMENSIONS = ['COUNTRY', 'REGION', 'CITY', 'DEVICE_TYPE', 'OS', 'BROWSER', 'LANGUAGE', 'ISP', 'CONNECTION_TYPE', 'REFERRER_DOMAIN',
  ...Array.from({ length: 20 }, (_, index) => `TRACKING_FIELD_${index + 1}`)];

function toForm(campaign, session) {
  if (!campaign) {
    return {
      workspaceId: session.workspaceId, name: '', trafficSourceId: '', trackingType: 'REDIRECT', fallbackUrl: '',
      sendConversionPostbacks: true, costModel: { type: 'NOT_TRACKED', value: '', currency: session.viewer.account.currency },
      paths: [{ name: 'Main', weight: '100', rules: [], landers: [], offers: [{ offerId: '', weight: '100' }] }],
    };
  }
  return {
    workspaceId: campaign.workspace.id, name: campaign.name, trafficSourceId: campaign.trafficSourceId ?? '',
    trackingType: campaign.trackingType, fallbackUrl: campaign.fallbackUrl ?? '', sendConversionPostbacks: campaign.sendConversionPostbacks,
    costModel: { ...campaign.costModel, value: String(campaign.costModel.value) },
    paths: campaign.paths.map((path) => ({
      name: path.name, weight: String(path.weight),
      rules: path.rules.map((rule) => ({ ...rule, values: rule.values.join(', ') })),
      landers: path.landers.map((lander) => ({ landerId: lander.landerId, weight: String(lander.weight) })),
      offers: path.offers.map((offer) => ({ offerId: offer.offer.id, weight: String(offer.weight) })),
    })),
  };
}

function toInput(form) {
  return {
    workspaceId: form.workspaceId, name: form.name, trafficSourceId: blankToNull(form.trafficSourceId), trackingType: form.trackingType,
    fallbackUrl: blankToNull(form.fallbackUrl), sendConversionPostbacks: form.sendConversionPostbacks,
    costModel: costModelInput(form.costModel),
    paths: form.paths.map((path) => ({
      name: path.name, weight: Number(path.weight),
      rules: path.rules.map((rule) => ({ dimension: rule.dimension, operator: rule.operator, values: splitList(rule.values) })),
      landers: path.landers.map((lander) => ({ landerId: lander.landerId, weight: Number(lander.weight) })),
      offers: path.offers.map((offer) => ({ offerId: offer.offerId, weight: Number(offer.weight) })),
    })),
  };
}

function numbers(form) {
  return [
    ['costModel.value', form.costModel.value],
    ...form.paths.flatMap((path, index) => [
      [`paths.${index}.weight`, path.weight],
      ...path.landers.map((lander, other) => [`paths.${index}.landers.${other}.weight`, lander.weight]),
      ...path.offers.map((offer, other) => [`paths.${index}.offers.${other}.weight`, offer.weight]),
    ]),
  ];
}

function CampaignBody({ form, set, entity, session }) {
  const sources = useWorkspaceList('trafficSources', form.workspaceId);
  const landers = useWorkspaceList('landers', form.workspaceId);
  const offers = useWorkspaceList('offers', form.workspaceId);
  return (
    <>
      {entity && (
        <div class="field snippet">
          <label for="tracking-url">Campaign URL (give it to the traffic source)</label>
          <input id="tracking-url" readOnly value={entity.trackingUrl} />
          <CopyButton text={entity.trackingUrl} label="campaign URL" />
        </div>
      )}
      <Section title="Campaign">
        <TextField label="Name" path="name" value={form.name} onChange={(value) => set('name', value)} required />
        <SelectField label="Workspace" path="workspaceId" value={form.workspaceId} onChange={(value) => set('workspaceId', value)}
          options={session.workspaces.map((workspace) => [workspace.id, workspace.name])} />
        <SelectField label="Traffic source" path="trafficSourceId" value={form.trafficSourceId} onChange={(value) => set('trafficSourceId', value)}
          options={[['', 'None'], ...optionsOf(sources)]} />
        <SelectField label="Tracking" path="trackingType" value={form.trackingType} onChange={(value) => set('trackingType', value)}
          options={[['REDIRECT', 'Redirect (the campaign URL redirects)'], ['DIRECT', 'Direct (the lander runs the script)']]} />
        <CostModelFields path="costModel" model={form.costModel} set={set} />
        <TextField label="Fallback URL" path="fallbackUrl" value={form.fallbackUrl} onChange={(value) => set('fallbackUrl', value)}
          hint="Where visitors go when no offer can take them." />
        <CheckField label="Send conversions to the traffic source's postback" path="sendConversionPostbacks"
          checked={form.sendConversionPostbacks} onChange={(value) => set('sendConversionPostbacks', value)} />
      </Section>
      <Section title="Paths">
        <ListError path="paths" />
        {form.paths.map((path, index) => (
          <PathFields key={index} path={path} prefix={`paths.${index}`} set={set} landers={landers} offers={offers}
            onRemove={() => set('paths', form.paths.filter((_, other) => other !== index))} />
        ))}
        <button type="button" class="small" onClick={() => set('paths', [...form.paths, { name: '', weight: '100', rules: [], landers: [], offers: [] }])}>
          Add a path</button>
      </Section>
    </>
  );
}

function PathFields({ path, prefix, set, landers, offers, onRemove }) {
  const field = (name) => `${prefix}.${name}`;
  return (
    <fieldset class="path">
      <legend>Path {path.name}</legend>
      <div class="row">
        <TextField label="Path name" path={field('name')} value={path.name} onChange={(value) => set(field('name'), value)} />
        <TextField label="Path weight" path={field('weight')} value={path.weight} onChange={(value) => set(field('weight'), value)} size="5" />
        <button type="button" class="small remove" onClick={onRemove}>Remove path</button>
      </div>
      <Rows title="Rules (all must match)" path={field('rules')} rows={path.rules} set={set}
        blank={{ dimension: 'COUNTRY', operator: 'IN', values: '' }} addLabel="Add a rule">
        {(rule, index) => (
          <>
            <SelectField label="Dimension" path={field(`rules.${index}.dimension`)} value={rule.dimension}
              onChange={(value) => set(field(`rules.${index}.dimension`), value)} options={DIMENSIONS.map((name) => [name, name])} />
            <SelectField label="Operator" path={field(`rules.${index}.operator`)} value={rule.operator}
              onChange={(value) => set(field(`rules.${index}.operator`), value)} options={[['IN', 'is one of'], ['NOT_IN', 'is none of']]} />
            <TextField label="Values" path={field(`rules.${index}.values`)} value={rule.values}
              onChange={(value) => set(field(`rules.${index}.values`), value)} hint="Separated by commas, e.g. US, CA." />
          </>
        )}
      </Rows>
      <WeightedRows title="Landers" path={field('landers')} idKey="landerId" rows={path.landers} set={set} choices={landers} />
      <WeightedRows title="Offers" path={field('offers')} idKey="offerId" rows={path.offers} set={set} choices={offers} />
    </fieldset>
  );
}

function WeightedRows({ title, path, idKey, rows, set, choices }) {
  const singular = title.slice(0, -1);
  return (
    <Rows title={title} path={path} rows={rows} set={set} blank={{ [idKey]: '', weight: '100' }} addLabel={`Add ${singular.toLowerCase()}`}>
      {(row, index) => (
        <>
          <SelectField label={singular} path={`${path}.${index}.${idKey}`} value={row[idKey]}
            onChange={(value) => set(`${path}.${index}.${idKey}`, value)} options={[['', `Choose ${singular.toLowerCase()}`], ...optionsOf(choices)]} />
          <TextField label="Weight" path={`${path}.${index}.weight`} value={row.weight} onChange={(value) => set(`${path}.${index}.weight`, value)} size="5" />
        </>
      )}
    </Rows>
  );
}

const EDITOR = { entity: 'Campaign', singular: 'campaign', route: 'campaigns', selection: SELECTION, toForm, toInput, numbers, Body: CampaignBody };

export const CampaignsPage = entityPage(LIST, EDITOR);
