// `papers sync`: fetch Hugging Face Daily Papers into the day cache. Each day is fetched, mapped
// and validated in full before it is merged into the cached one, so a failed or unusable
// response leaves the cache exactly as it was.
import { isValidDate, type DayList } from '../domain/paper.js';
import { describeError, formatSeconds, isNetError } from '../net/errors.js';
import type { RetryEvent } from '../net/http.js';
import { describeQuery, fetchDailyPapers, type DailyQuery } from '../sources/hf/api.js';
import type { Output } from '../library/types.js';
import { settledEmpty } from '../library/day-nav.js';
import { httpOptions, storeDay, type RefreshDeps } from '../library/sync-day.js';
import { bar, createProgress, EXIT_CANCELLED, EXIT_USAGE, type StatusLine } from './progress.js';

export interface SyncOptions {
  date?: string;
  days?: number;
  week?: string;
  month?: string;
}

export interface SyncDeps extends RefreshDeps {
  io: Output;
  /** The terminal status line (stderr); without it progress is printed as plain lines. */
  status?: StatusLine;
}

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

type Plan = { dates: string[] } | { query: DailyQuery } | { error: string };

function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** What to fetch, or why the options make no sense (pure, so the CLI can check options early). */
export function planSync(opts: SyncOptions, now: Date): Plan {
  const given = (['date', 'days', 'week', 'month'] as const).filter((k) => opts[k] !== undefined);
  if (given.length > 1)
    return { error: `use only one of ${given.map((k) => `--${k}`).join(', ')}` };
  if (opts.week !== undefined) {
    const m = /^(\d{4})-W(\d{2})$/.exec(opts.week);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 53)
      return { error: `--week "${opts.week}" is not an ISO week like 2025-W28` };
    return { query: { week: opts.week } };
  }
  if (opts.month !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(opts.month);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
      return { error: `--month "${opts.month}" is not a month like 2025-07` };
    return { query: { month: opts.month } };
  }
  const today = utcDate(now);
  if (opts.date !== undefined) {
    if (!isValidDate(opts.date))
      return { error: `--date "${opts.date}" is not a date like 2025-07-08` };
    // One day of slack: "today" east of UTC is still tomorrow in UTC.
    if (opts.date > utcDate(new Date(now.getTime() + DAY_MS)))
      return { error: `--date ${opts.date} is in the future (today is ${today} UTC)` };
    return { dates: [opts.date] };
  }
  const n = opts.days ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DAYS)
    return { error: `--days must be a whole number from 1 to ${MAX_DAYS}` };
  // Oldest first, so the output reads like a calendar.
  return {
    dates: Array.from({ length: n }, (_, i) =>
      utcDate(new Date(now.getTime() - (n - 1 - i) * DAY_MS)),
    ),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function syncSummary(t: { days: number; papers: number; added: number }): string {
  return `${plural(t.days, 'day')}, ${plural(t.papers, 'paper')}, ${t.added} new`;
}

/** `papers sync`; resolves to the exit code. Results go to stdout, problems to stderr. */
export async function runSync(opts: SyncOptions, deps: SyncDeps): Promise<number> {
  const { io, store } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const plan = planSync(opts, now);
  if ('error' in plan) {
    io.err(`papers sync: ${plan.error}`);
    return EXIT_USAGE;
  }
  const progress = createProgress(io, deps.status);
  const totals = { days: 0, papers: 0, added: 0 };
  const onRetry = (e: RetryEvent) => {
    const msg = `${e.host}: ${e.reason}, retrying in ${formatSeconds(e.delayMs)} (${e.attempt}/${e.retries})`;
    if (progress.live) progress.update(msg);
    else progress.line(msg, 'err');
  };
  const record = async (day: DayList, dropped: number, warnings: string[]) => {
    const { added, total } = await storeDay(store, day, now);
    totals.days++;
    totals.papers += total;
    totals.added += added;
    if (!progress.live) progress.line(`${day.date}  ${plural(total, 'paper')}, ${added} new`);
    if (dropped > 0) {
      const first = warnings[0] ?? '';
      progress.line(
        `papers sync: ${day.date}: ${plural(dropped, 'item')} skipped (${first})`,
        'err',
      );
    }
  };

  try {
    if ('dates' in plan) {
      for (const [i, date] of plan.dates.entries()) {
        // A day recorded empty well after it ended stays empty: not fetched again.
        const cached = await store.readDay(date);
        if (cached && settledEmpty(cached)) {
          if (!progress.live) progress.line(`${date}  no papers (recorded earlier)`);
          continue;
        }
        progress.update(`${bar(i, plan.dates.length)} ${i}/${plan.dates.length}  fetching ${date}`);
        const result = await fetchDailyPapers({ date }, httpOptions(deps, onRetry));
        await record(
          result.days.find((d) => d.date === date)!,
          result.dropped,
          result.warnings,
        );
      }
    } else {
      const label = describeQuery(plan.query);
      progress.update(`fetching ${label}`);
      const result = await fetchDailyPapers(plan.query, {
        ...httpOptions(deps, onRetry),
        onPage: (page, n) => progress.update(`fetching ${label}: page ${page + 1} (${n} papers)`),
      });
      // Items the API could not place on a day are reported once, not per day.
      for (const day of result.days) await record(day, 0, []);
      if (result.dropped > 0) {
        progress.line(
          `papers sync: ${plural(result.dropped, 'item')} skipped (${result.warnings[0]})`,
          'err',
        );
      }
    }
  } catch (err) {
    progress.done();
    if (totals.days > 0) io.out(syncSummary(totals));
    const cancelled = isNetError(err) && err.kind === 'aborted';
    io.err(cancelled ? 'papers sync: cancelled' : `papers sync: ${describeError(err)}`);
    return cancelled ? EXIT_CANCELLED : 1;
  }
  progress.done();
  io.out(syncSummary(totals));
  return 0;
}
