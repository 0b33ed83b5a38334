// The one way `papers` talks HTTP (sync and the LLM client): a time budget per attempt,
// bounded retries for "not now" answers, a size cap, proxies from the environment, and
// failures as NetError values with a one-line message.
import nodeFetch, { type RequestInit, type Response } from 'node-fetch';
import { classifyFailure } from './classify.js';
import { httpErrorMessage, httpStatusText, NetError } from './errors.js';
import { proxyAgentFor, proxyFor, proxyHost } from './proxy.js';
import {
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
  realSleep,
  type Sleep,
} from './retry.js';

/** node-fetch's signature; tests may pass a wrapper that records calls. */
export type FetchImpl = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryEvent {
  host: string;
  /** 1 for the first retry. */
  attempt: number;
  retries: number;
  delayMs: number;
  /** Why we are retrying, e.g. "HTTP 429 Too Many Requests". */
  reason: string;
}

export interface HttpOptions {
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read from (any case). */
  env: NodeJS.ProcessEnv;
  /** Budget for one attempt: connect, headers and the whole body. Default: env
   * PAPERS_TIMEOUT_SECONDS, else 15 s. */
  timeoutMs?: number;
  /** Cap on the decompressed body. Default 16 MB. */
  maxBytes?: number;
  /** Retries after the first attempt for 429/502/503/504 and dropped connections. Default 3. */
  retries?: number;
  /** First backoff step when the server gives no Retry-After. Default 1 s. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited out; the 429/503 is returned. Default 60 s. */
  maxRetryAfterMs?: number;
  /** The user's cancel (Ctrl-C); ends the request and any wait with kind 'aborted'. */
  signal?: AbortSignal;
  fetchImpl?: FetchImpl;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** The final URL after redirects. */
  url: string;
  headers: { get(name: string): string | null };
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const USER_AGENT = 'papers (terminal reader for ML papers)';

/**
 * PAPERS_TIMEOUT_SECONDS (the `timeoutSeconds` setting; the CLI puts it in the env) in ms, or
 * undefined when unset or not a positive number.
 */
export function timeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const s = Number(env.PAPERS_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s > 0 ? Math.round(s * 1000) : undefined;
}

/** `host[:port]` of a URL, the name every message uses. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Sends `req`, retrying what is worth retrying, and resolves with a 2xx response whose body has
 * been read in full. Everything else rejects with a NetError: kind 'http' carries the status,
 * the server's Retry-After and the start of the body (error JSON from APIs is useful to callers).
 */
export async function httpRequest(req: HttpRequest, opts: HttpOptions): Promise<HttpResponse> {
  const host = hostOf(req.url);
  const retries = opts.retries ?? 3;
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;

  for (let attempt = 0; ; attempt++) {
    let res: HttpResponse;
    try {
      res = await attemptOnce(req, opts, host);
    } catch (err) {
      const e = err as NetError;
      // A dropped connection is worth another try; refusals, DNS and timeouts are not: they
      // would only multiply the wait for someone who is offline.
      if (e.kind !== 'network' || attempt >= retries) throw e;
      await wait(attempt, backoff(attempt), 'connection dropped');
      continue;
    }
    if (res.status >= 200 && res.status < 300) return res;

    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
    const tooLong = retryAfterMs !== undefined && retryAfterMs > maxRetryAfter;
    if (!isRetryableStatus(res.status) || attempt >= retries || tooLong) {
      throw new NetError('http', host, httpErrorMessage(host, res.status, retryAfterMs), {
        status: res.status,
        retryAfterMs,
        body: res.text.slice(0, 500),
      });
    }
    await wait(attempt, retryAfterMs ?? backoff(attempt), httpStatusText(res.status));
  }

  function backoff(attempt: number): number {
    return backoffDelay(attempt, opts.backoffMs ?? 1000, opts.random ?? Math.random);
  }

  async function wait(attempt: number, delayMs: number, reason: string): Promise<void> {
    opts.onRetry?.({ host, attempt: attempt + 1, retries, delayMs, reason });
    try {
      await sleep(delayMs, opts.signal);
    } catch {
      throw new NetError('aborted', host, `request to ${host} was cancelled`);
    }
  }
}

async function attemptOnce(
  req: HttpRequest,
  opts: HttpOptions,
  host: string,
): Promise<HttpResponse> {
  const timeoutMs = opts.timeoutMs ?? timeoutFromEnv(opts.env) ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const state: { timedOut: boolean; gotHeaders: boolean; encoding?: string } = {
    timedOut: false,
    gotHeaders: false,
  };
  // One timer for the whole attempt: a server that accepts and never answers, or answers
  // headers and then stalls the body, both end here.
  const timer = setTimeout(() => {
    state.timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  opts.signal?.addEventListener('abort', onCancel, { once: true });
  let proxy: string | undefined;
  try {
    if (opts.signal?.aborted)
      throw new NetError('aborted', host, `request to ${host} was cancelled`);
    const proxyUrl = proxyFor(req.url, opts.env);
    proxy = proxyUrl ? proxyHost(proxyUrl) : undefined;
    const fetchImpl = opts.fetchImpl ?? (nodeFetch as FetchImpl);
    const res = await followRedirects(req, host, (url, init) =>
      fetchImpl(url, {
        ...init,
        // node-fetch's AbortSignal type predates the DOM one; they are compatible at runtime.
        signal: controller.signal as RequestInit['signal'],
        size: maxBytes,
        redirect: 'manual',
        // Decided per URL so a redirect to another host gets its own NO_PROXY verdict.
        agent: (u: URL) => proxyAgentFor(u.href, opts.env),
      }),
    );
    state.gotHeaders = true;
    state.encoding = res.headers.get('content-encoding') ?? undefined;
    const declared = Number(res.headers.get('content-length'));
    // node-fetch counts decompressed bytes; this only saves reading an honest oversized body.
    if (!res.headers.get('content-encoding') && declared > maxBytes) {
      controller.abort();
      throw Object.assign(new Error('declared length over the cap'), { type: 'max-size' });
    }
    const text = await res.text();
    return { status: res.status, url: res.url || req.url, headers: res.headers, text };
  } catch (err) {
    throw classifyFailure(err, {
      host,
      proxy,
      timedOut: state.timedOut,
      cancelled: opts.signal?.aborted ?? false,
      gotHeaders: state.gotHeaders,
      encoding: state.encoding,
      timeoutMs,
      maxBytes,
    });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCancel);
  }
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that prove who we are: never sent to an origin the caller did not name. */
const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * Sends `req` and follows up to MAX_REDIRECTS redirects itself: node-fetch keeps the API key
 * on a redirect to another port of the same host. Credentials go only to the origin (scheme,
 * host and port) the caller named; a redirect loop or a redirect to anything but http(s)
 * ends at once with a plain message (not worth a retry).
 */
async function followRedirects(
  req: HttpRequest,
  host: string,
  send: (url: string, init: RequestInit) => Promise<Response>,
): Promise<Response> {
  const origin = new URL(req.url).origin;
  let url = req.url;
  let init: RequestInit & { headers: Record<string, string> } = {
    method: req.method ?? 'GET',
    headers: { 'user-agent': USER_AGENT, ...req.headers },
    body: req.body,
  };
  for (let hops = 0; ; hops++) {
    const res = await send(url, init);
    const location = res.headers.get('location');
    if (!REDIRECTS.has(res.status) || location === null) return res;
    res.body?.resume();
    const bad = (why: string) => new NetError('bad-response', host, `${host} ${why}`);
    if (hops >= MAX_REDIRECTS) throw bad('redirected too many times (a redirect loop?)');
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw bad('redirected to a link that is not a URL');
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw bad(`redirected to a ${next.protocol} link; only http(s) is followed`);
    const toGet = res.status === 303 || (res.status <= 302 && init.method === 'POST');
    const headers = Object.fromEntries(
      Object.entries(init.headers).filter(
        ([k]) =>
          !(next.origin !== origin && CREDENTIALS.has(k.toLowerCase())) &&
          !(toGet && /^content-/i.test(k)),
      ),
    );
    init = toGet ? { method: 'GET', headers } : { ...init, headers };
    url = next.href;
  }
}
