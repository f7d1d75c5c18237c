import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The signed-in viewer, the workspaces, the chosen workspace and the stats range. */
export const Session = createContext(null);

export function useSession() {
  return useContext(Session);
}

/** yyyy-mm-dd of a date, as the person's calendar shows it. */
export function isoDay(date) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The last seven days, today included, in the account's report timezone (UTC until one is set). */
export function defaultRange(timezone) {
  const today = new Date();
  const weekAgo = new Date(today.getTime() - 6 * 86_400_000);
  return { from: isoDay(weekAgo), to: isoDay(today), timezone: timezone || 'UTC' };
}
