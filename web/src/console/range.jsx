import { useSession } from './session.js';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The date range and timezone of every stats column and report, shared across the pages. */
export function RangeControls() {
  const session = useSession();
  const { range } = session;
  const set = (key) => (event) => session.setRange({ ...range, [key]: event.currentTarget.value });
  return (
    <div class="range" role="group" aria-label="Date range">
      <label for="range-from">From</label>
      <input id="range-from" type="date" value={range.from} onChange={set('from')} />
      <label for="range-to">To</label>
      <input id="range-to" type="date" value={range.to} onChange={set('to')} />
      <label for="range-timezone">Timezone</label>
      <input id="range-timezone" list="timezones" value={range.timezone} onChange={set('timezone')} size="18" />
      <datalist id="timezones">{ZONES.map((zone) => <option key={zone} value={zone} />)}</datalist>
    </div>
  );
}
