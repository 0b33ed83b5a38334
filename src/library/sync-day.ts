// One day fetched from the Hugging Face API and merged into the day cache: shared by
// `papers sync` and the reader's background refresh (which must not reach into a command).
import { isValidDate, mergeDay, type DayList } from '../domain/paper.js';
import { describeError, isNetError } from '../net/errors.js';
import type { FetchImpl, HttpOptions, RetryEvent } from '../net/http.js';
import { fetchDailyPapers } from '../sources/hf/api.js';
import type { DayStore } from './types.js';

export type RefreshResult =
  { ok: true; added: number; total: number } | { ok: false; offline: boolean; message: string };

export interface RefreshDeps {
  store: DayStore;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  fetchImpl?: FetchImpl;
  /** Timeouts, retry sleep, etc.; tests shorten them. */
  http?: Omit<HttpOptions, 'env' | 'fetchImpl' | 'signal'>;
  /** The `timeoutSeconds` setting: each attempt's budget (the reader has no env for it). */
  timeoutSeconds?: number;
  /** Ends the fetch and any retry wait at once (the reader aborts it on quit). */
  signal?: AbortSignal;
}

export function httpOptions(deps: RefreshDeps, onRetry?: (e: RetryEvent) => void) {
  const fromSetting =
    deps.timeoutSeconds !== undefined && deps.timeoutSeconds > 0
      ? Math.round(deps.timeoutSeconds * 1000)
      : undefined;
  return {
    env: deps.env,
    http: {
      ...deps.http,
      timeoutMs: deps.http?.timeoutMs ?? fromSetting,
      fetchImpl: deps.fetchImpl,
      signal: deps.signal,
      onRetry,
    },
  };
}

/** Merges one fetched day into the cache and writes it; returns what changed. */
export async function storeDay(store: DayStore, incoming: DayList, now: Date) {
  const existing = await store.readDay(incoming.date);
  const { day, added } = mergeDay(existing, { ...incoming, updatedAt: now.toISOString() });
  await store.writeDay(day);
  return { added, total: day.papers.length };
}

/** Fetches one day and merges it into the cache. For the reader's background refresh; never throws. */
export async function refreshDay(date: string, deps: RefreshDeps): Promise<RefreshResult> {
  const now = deps.now ?? (() => new Date());
  if (!isValidDate(date)) return { ok: false, offline: false, message: `"${date}" is not a date` };
  try {
    const result = await fetchDailyPapers({ date }, httpOptions(deps));
    const incoming = result.days.find((d) => d.date === date)!;
    return { ok: true, ...(await storeDay(deps.store, incoming, now())) };
  } catch (err) {
    return { ok: false, offline: isNetError(err) && err.offline, message: describeError(err) };
  }
}
