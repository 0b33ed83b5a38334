// Moving between days while skipping the ones a sync recorded as empty (weekends, holidays).
// Pure: the store says which days are empty (LibraryDayStore.emptyDays).
import type { DayList } from '../domain/paper.js';

const DAY_MS = 86_400_000;
/** Lists keep growing for a while after their day: an empty record younger than this may
 *  still fill up, so it is fetched again. */
const SETTLED_MS = 2 * DAY_MS;

/** The newest day with papers; the newest day when every one is empty. */
export function newestWithPapers(days: readonly string[], empty: ReadonlySet<string>) {
  for (let i = days.length - 1; i >= 0; i--) if (!empty.has(days[i]!)) return days[i];
  return days.at(-1);
}

/**
 * The next day with papers from `from` in direction `dir` (-1 older, +1 newer), or undefined
 * at the end. `from` need not be in `days`.
 */
export function stepDay(
  days: readonly string[],
  from: string,
  dir: -1 | 1,
  empty: ReadonlySet<string>,
): string | undefined {
  const order = dir === 1 ? days : [...days].reverse();
  return order.find((d) => (dir === 1 ? d > from : d < from) && !empty.has(d));
}

/** True when `day` was recorded empty long enough after its date that it will stay empty. */
export function settledEmpty(day: DayList): boolean {
  if (day.papers.length > 0 || !day.updatedAt) return false;
  const written = Date.parse(day.updatedAt);
  return Number.isFinite(written) && written >= Date.parse(`${day.date}T00:00:00Z`) + SETTLED_MS;
}
