// Client for Hugging Face `GET /api/daily_papers`: builds the query, pages through it and
// refuses any body that is not the promised JSON list, so a captive portal page or a cut-off
// response can never reach the cache.
import { httpRequest, hostOf, type HttpOptions } from '../../net/http.js';
import { httpStatusText, isNetError, NetError } from '../../net/errors.js';
import { mapDailyPapers, type DailyPapersResult } from './map.js';

export const DEFAULT_API_BASE = 'https://huggingface.co';
export const PAGE_SIZE = 50;

/** One day, one ISO week (2025-W28) or one month (2025-07). */
export type DailyQuery = { date: string } | { week: string } | { month: string };

export interface HfApiOptions {
  env: NodeJS.ProcessEnv;
  /** Timeouts, retries, fetch and cancel signal for every page request. */
  http?: Omit<HttpOptions, 'env'>;
  pageSize?: number;
  /** Stop after this many pages even if they keep coming full. Default 100. */
  maxPages?: number;
  /** After each page: its index (from 0) and how many items it held. */
  onPage?: (page: number, items: number) => void;
}

/** `PAPERS_API_BASE` is a mirror or a test server; anything but an http(s) URL is refused. */
export class ApiConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiConfigError';
  }
}

export function apiBase(env: NodeJS.ProcessEnv): string {
  const raw = env.PAPERS_API_BASE?.trim() || DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ApiConfigError(`PAPERS_API_BASE "${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiConfigError(`PAPERS_API_BASE "${raw}" must start with http:// or https://`);
  }
  return url.href.replace(/\/+$/, '');
}

function queryParams(q: DailyQuery): [string, string] {
  if ('date' in q) return ['date', q.date];
  if ('week' in q) return ['week', q.week];
  return ['month', q.month];
}

export function describeQuery(q: DailyQuery): string {
  const [key, value] = queryParams(q);
  return `${key} ${value}`;
}

/** A page body → its items, or a NetError saying what came instead of a JSON list. */
export function parsePage(body: string, host: string): unknown[] {
  const head = body.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<')) {
    const what = head.includes('<html') || head.startsWith('<!doctype') ? 'an HTML page' : 'markup';
    return bad(`${host} sent ${what} instead of JSON (a captive portal or proxy login page?)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return bad(
      body.trim() === ''
        ? `${host} sent an empty response instead of JSON`
        : `${host} sent malformed JSON (the response may have been cut off)`,
    );
  }
  if (!Array.isArray(json)) {
    // mapDailyPapers owns the wording of shape errors.
    try {
      mapDailyPapers(json);
    } catch (err) {
      return bad(`${host} sent an unexpected response: ${(err as Error).message}`);
    }
  }
  return json as unknown[];

  function bad(message: string): never {
    throw new NetError('bad-response', host, message);
  }
}

function firstId(items: unknown[]): unknown {
  const first = items[0] as { paper?: { id?: unknown } } | undefined;
  return first?.paper?.id;
}

/** Every item the query returns, across pages (`p` from 0, `limit` per page) until a short page. */
export async function fetchDailyItems(query: DailyQuery, opts: HfApiOptions): Promise<unknown[]> {
  const base = apiBase(opts.env);
  const limit = opts.pageSize ?? PAGE_SIZE;
  const maxPages = opts.maxPages ?? 100;
  const [key, value] = queryParams(query);
  const items: unknown[] = [];
  let previousFirst: unknown;
  for (let page = 0; page < maxPages; page++) {
    const params = new URLSearchParams({ [key]: value, p: String(page), limit: String(limit) });
    const url = `${base}/api/daily_papers?${params}`;
    let body: string;
    try {
      body = (
        await httpRequest(
          { url, headers: { accept: 'application/json' } },
          { ...opts.http, env: opts.env },
        )
      ).text;
    } catch (err) {
      throw explain400(err, query);
    }
    const pageItems = parsePage(body, hostOf(url));
    opts.onPage?.(page, pageItems.length);
    // A server that ignores `p` repeats page 0 forever; the repeat adds nothing.
    if (page > 0 && pageItems.length > 0 && firstId(pageItems) === previousFirst) break;
    previousFirst = firstId(pageItems);
    // One at a time: spreading a page of a million items would overflow the stack.
    for (const item of pageItems) items.push(item);
    if (pageItems.length < limit) break;
  }
  return items;
}

/** The API answers 400 to a date it cannot read; say which one. */
function explain400(err: unknown, query: DailyQuery): unknown {
  if (!isNetError(err) || err.kind !== 'http' || err.status !== 400) return err;
  const [key, value] = queryParams(query);
  return new NetError(
    'http',
    err.host,
    `${err.host} rejected the ${key} "${value}" (${httpStatusText(400)})`,
    { status: 400, body: err.body },
  );
}

/**
 * Fetches and maps a query. A date query puts every item on that date (that is what the API
 * selected them by) and always yields that day, empty on a weekend.
 */
export async function fetchDailyPapers(
  query: DailyQuery,
  opts: HfApiOptions,
): Promise<DailyPapersResult> {
  const items = await fetchDailyItems(query, opts);
  return mapDailyPapers(items, 'date' in query ? query.date : undefined);
}
