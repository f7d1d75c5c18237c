// The Metrics fields the console shows, how each is formatted, and sorting by them.

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const formats = {
  count: (value) => count.format(Number(value)),
  money: (value) => decimal.format(Number(value)),
  percent: (value) => `${decimal.format(Number(value))} %`,
};

/** [field, label, format, Metric enum name] */
export const METRICS = [
  ['visits', 'Visits', 'count', 'VISITS'],
  ['clicks', 'Clicks', 'count', 'CLICKS'],
  ['conversions', 'Conversions', 'count', 'CONVERSIONS'],
  ['revenue', 'Revenue', 'money', 'REVENUE'],
  ['cost', 'Cost', 'money', 'COST'],
  ['profit', 'Profit', 'money', 'PROFIT'],
  ['roi', 'ROI', 'percent', 'ROI'],
  ['cr', 'CR', 'percent', 'CR'],
  ['ctr', 'CTR', 'percent', 'CTR'],
  ['epc', 'EPC', 'money', 'EPC'],
  ['epv', 'EPV', 'money', 'EPV'],
  ['cpa', 'CPA', 'money', 'CPA'],
];

/** The selection of every metric above, for a Metrics field. */
export const METRICS_SELECTION = `{ ${METRICS.map(([field]) => field).join(' ')} }`;

export function formatMetric(format, value) {
  return value === null || value === undefined ? '—' : formats[format](value);
}

/** Compares two rows by a metric or a text; a metric without a value (null) sorts last. */
export function compareBy(read, direction) {
  const sign = direction === 'asc' ? 1 : -1;
  return (left, right) => {
    const a = read(left);
    const b = read(right);
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === 'string' && Number.isNaN(Number(a))) return sign * a.localeCompare(b);
    return sign * (Number(a) - Number(b));
  };
}
