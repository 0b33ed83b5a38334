// The first-run fetch: today and the last few days into the cache, newest first, so a reader
// that opened on the bundled sample can switch to real papers. No UI here: the caller draws
// the progress it is told about.
import { refreshDay, type RefreshDeps } from './sync-day.js';
import { settledEmpty } from './day-nav.js';

export interface RecentProgress {
  /** Days handled so far, of `total`. */
  done: number;
  total: number;
  date: string;
  /** Papers on `date` after the fetch; undefined when it failed. */
  papers?: number;
}

export interface RecentResult {
  /** The newest fetched day with papers: the one to show. Undefined when none had any. */
  newest?: string;
  /** True when the network was unreachable (the fetch stopped at the first such failure). */
  offline: boolean;
  /** One line per day that failed for another reason. */
  errors: string[];
}

const DAY_MS = 86_400_000;

/** Today (UTC) and the `days - 1` before it, newest first. */
export function recentDates(now: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) =>
    new Date(now.getTime() - i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Fetches the last `days` days, newest first; never throws. */
export async function fetchRecentDays(
  days: number,
  deps: RefreshDeps,
  onProgress: (p: RecentProgress) => void = () => {},
): Promise<RecentResult> {
  const dates = recentDates((deps.now ?? (() => new Date()))(), days);
  const result: RecentResult = { offline: false, errors: [] };
  for (const [i, date] of dates.entries()) {
    const cached = await deps.store.readDay(date);
    if (cached && settledEmpty(cached)) {
      onProgress({ done: i + 1, total: dates.length, date, papers: 0 });
      continue;
    }
    const r = await refreshDay(date, deps);
    if (!r.ok && r.offline) {
      result.offline = true;
      break;
    }
    if (!r.ok) result.errors.push(`${date}: ${r.message}`);
    if (r.ok && r.total > 0) result.newest ??= date;
    onProgress({ done: i + 1, total: dates.length, date, papers: r.ok ? r.total : undefined });
  }
  return result;
}
