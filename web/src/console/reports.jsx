import { useState } from 'preact/hooks';
import { download, gql } from './api.js';
import { LineChart } from './chart.jsx';
import { formatMetric, METRICS, METRICS_SELECTION } from './metrics.js';
import { RangeControls } from './range.jsx';
import { useSession } from './session.js';
import { ErrorSummary, Loading, Rows, SelectField, splitList, TextField, useLoad } from './ui.jsx';

// Tracking fields (the source's zone, site, creative...) need a filter on one campaign or traffic source, as the API says.
const TRACKING_FIELDS = Array.from({ length: 20 }, (_, index) => `TRACKING_FIELD_${index + 1}`);
const DIMENSIONS = ['OFFER', 'CAMPAIGN', 'LANDER', 'AFFILIATE_NETWORK', 'TRAFFIC_SOURCE', 'WORKSPACE', 'COUNTRY', 'REGION', 'CITY', 'DEVICE_TYPE', 'OS',
  'BROWSER', 'LANGUAGE', 'ISP', 'CONNECTION_TYPE', 'CONVERSION_TYPE', 'CONVERSION_STATUS', 'PATH', 'KEYWORD', 'REFERRER_DOMAIN',
  ...TRACKING_FIELDS, 'DAY', 'HOUR', 'HOUR_OF_DAY', 'DAY_OF_WEEK'];
const label = (dimension) => dimension.charAt(0) + dimension.slice(1).toLowerCase().replace(/_/g, ' ');
const DIMENSION_OPTIONS = DIMENSIONS.map((dimension) => [dimension, label(dimension)]);
const CHARTED = [['visits', 'Visits', 'count'], ['conversions', 'Conversions', 'count'], ['revenue', 'Revenue', 'money'], ['profit', 'Profit', 'money']];
const PAGE = 50;

const REPORT = `query Report($input: ReportInput!) { report(input: $input) {
  rows { dimensions { dimension value label } metrics ${METRICS_SELECTION} }
  pageInfo { hasNextPage endCursor } totals ${METRICS_SELECTION} currency dimensionNames { dimension name } } }`;
const SERIES = `query Series($input: ReportInput!) { report(input: $input) {
  rows { dimensions { label } metrics { visits conversions revenue profit } } pageInfo { hasNextPage endCursor } } }`;

export function ReportsPage() {
  const { range } = useSession();
  const [groupBy, setGroupBy] = useState(['CAMPAIGN', '', '']);
  const [filters, setFilters] = useState([]);
  const [sort, setSort] = useState({ metric: 'VISITS', direction: 'DESC' });
  const [cursors, setCursors] = useState([null]);
  const [grain, setGrain] = useState('DAY');
  const [failure, setFailure] = useState(null);

  const base = {
    from: range.from, to: range.to, timezone: range.timezone,
    filters: filters.filter((filter) => splitList(filter.values).length).map((filter) => ({ dimension: filter.dimension, values: splitList(filter.values) })),
  };
  const input = { ...base, groupBy: groupBy.filter(Boolean), sort: { metric: sort.metric, direction: sort.direction } };
  const key = JSON.stringify(input);
  const after = cursors[cursors.length - 1];
  const report = useLoad(() => gql(REPORT, { input: { ...input, first: PAGE, after } }).then((data) => data.report), [key, after]);
  const series = useLoad(() => seriesOf({ ...base, groupBy: [grain] }), [JSON.stringify(base), grain]);

  const restart = (change) => (value) => { change(value); setCursors([null]); };
  const setDimension = (index) => restart((value) => setGroupBy(groupBy.map((old, other) => (other === index ? value : old))));
  const drill = (row) => {
    const [first] = row.dimensions;
    setFilters([...filters, { dimension: first.dimension, values: first.value }]);
    setGroupBy([...groupBy.filter(Boolean).slice(1), '', ''].slice(0, 3));
    setCursors([null]);
  };
  const csv = () => download(`/export/report.csv?input=${encodeURIComponent(JSON.stringify(input))}`, `report-${range.from}-${range.to}.csv`)
    .then(() => setFailure(null), setFailure);

  return (
    <section>
      <div class="title">
        <h1>Reports</h1>
        <button type="button" onClick={csv}>Download CSV</button>
      </div>
      <RangeControls />
      <div class="filters" role="group" aria-label="Report settings">
        {groupBy.map((dimension, index) => (
          <SelectField key={index} label={`Group by ${index + 1}`} path={`groupBy.${index}`} value={dimension} onChange={setDimension(index)}
            options={[['', index === 0 ? 'Nothing (totals)' : 'Nothing'], ...DIMENSION_OPTIONS]} />
        ))}
        <SelectField label="Sort by" path="sort.metric" value={sort.metric} onChange={restart((metric) => setSort({ ...sort, metric }))}
          options={METRICS.map(([, name, , metric]) => [metric, name])} />
        <SelectField label="Order" path="sort.direction" value={sort.direction} onChange={restart((direction) => setSort({ ...sort, direction }))}
          options={[['DESC', 'Highest first'], ['ASC', 'Lowest first']]} />
      </div>
      <Rows title="Filters" path="filters" rows={filters} set={(_, rows) => { setFilters(rows); setCursors([null]); }}
        blank={{ dimension: 'COUNTRY', values: '' }} addLabel="Add a filter">
        {(filter, index) => (
          <>
            <SelectField label="Dimension" path={`filters.${index}.dimension`} value={filter.dimension}
              onChange={(dimension) => setFilters(filters.map((old, other) => (other === index ? { ...old, dimension } : old)))} options={DIMENSION_OPTIONS} />
            <TextField label="Values" path={`filters.${index}.values`} value={filter.values} hint="Ids or values, separated by commas."
              onChange={(values) => setFilters(filters.map((old, other) => (other === index ? { ...old, values } : old)))} />
          </>
        )}
      </Rows>
      {failure && <ErrorSummary errors={failure.errors ?? [{ path: '', message: failure.message }]} />}
      <Charts series={series} grain={grain} setGrain={setGrain} range={range} />
      <Loading state={report}>
        {(data) => (
          <ReportTable report={data} canDrill={groupBy.filter(Boolean).length > 1} onDrill={drill}
            page={cursors.length} hasNext={data.pageInfo.hasNextPage}
            onNext={() => setCursors([...cursors, data.pageInfo.endCursor])} onPrevious={() => setCursors(cursors.slice(0, -1))} />
        )}
      </Loading>
    </section>
  );
}

/** Every day or hour of the range: a report by DAY or HOUR, all its pages. */
async function seriesOf(input) {
  const rows = [];
  let after = null;
  do {
    const page = (await gql(SERIES, { input: { ...input, first: 100, after } })).report;
    rows.push(...page.rows);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && rows.length < 10_000);
  return rows;
}

/** Every day from..to: a report has rows only for days with traffic, a chart shows the others as 0. */
function days(range) {
  const all = [];
  for (let day = new Date(`${range.from}T00:00:00Z`); all.length <= 366 && day <= new Date(`${range.to}T00:00:00Z`);
    day = new Date(day.getTime() + 86_400_000)) {
    all.push(day.toISOString().slice(0, 10));
  }
  return all;
}

function points(rows, grain, range, field) {
  if (grain !== 'DAY') {
    return rows.map((row) => ({ label: row.dimensions[0].label, value: row.metrics[field] }));
  }
  const byDay = new Map(rows.map((row) => [row.dimensions[0].label, row.metrics[field]]));
  return days(range).map((day) => ({ label: day, value: byDay.get(day) ?? 0 }));
}

function Charts({ series, grain, setGrain, range }) {
  return (
    <div class="charts">
      <SelectField label="Chart by" path="chart.grain" value={grain} onChange={setGrain} options={[['DAY', 'Day'], ['HOUR', 'Hour']]} />
      <Loading state={series}>
        {(rows) => (
          <div class="chart-grid">
            {CHARTED.map(([field, title, format]) => (
              <LineChart key={field} title={title} format={(value) => formatMetric(format, value)}
                points={points(rows, grain, range, field)} />
            ))}
          </div>
        )}
      </Loading>
    </div>
  );
}

function ReportTable({ report, canDrill, onDrill, page, hasNext, onNext, onPrevious }) {
  const names = report.dimensionNames;
  return (
    <>
      <p class="muted">Amounts in {report.currency}.</p>
      <div class="table-wrap">
        <table class="data" id="report-table">
          <thead>
            <tr>
              {names.map((name) => <th key={name.dimension}>{name.name}</th>)}
              {METRICS.map(([field, name]) => <th key={field} class="num">{name}</th>)}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row, index) => (
              <tr key={index}>
                {row.dimensions.map((dimension, position) => (
                  <td key={dimension.dimension}>
                    {position === 0 && canDrill && dimension.value !== null
                      ? <button type="button" class="link" title="Drill down into this row" onClick={() => onDrill(row)}>{dimension.label ?? dimension.value}</button>
                      : dimension.label ?? dimension.value ?? '(none)'}
                  </td>
                ))}
                {METRICS.map(([field, , format]) => <td key={field} class="num" data-metric={field}>{formatMetric(format, row.metrics[field])}</td>)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr class="totals">
              <th colSpan={Math.max(1, names.length)} scope="row">Totals</th>
              {METRICS.map(([field, , format]) => <td key={field} class="num" data-metric={field}>{formatMetric(format, report.totals[field])}</td>)}
            </tr>
          </tfoot>
        </table>
      </div>
      {report.rows.length === 0 && <p class="muted">No traffic in this range.</p>}
      {(page > 1 || hasNext) && (
        <nav class="pager" aria-label="Report pages">
          <button type="button" disabled={page <= 1} onClick={onPrevious}>Previous</button>
          <span>Page {page}</span>
          <button type="button" disabled={!hasNext} onClick={onNext}>Next</button>
        </nav>
      )}
    </>
  );
}
