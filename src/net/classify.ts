import { formatSeconds, NetError } from './errors.js';

/** What the request loop knew when an attempt failed; decides between look-alike errors. */
export interface FailureContext {
  host: string;
  /** Host (and port) of the proxy in use, if any. */
  proxy?: string;
  timedOut: boolean;
  cancelled: boolean;
  /** Headers had arrived, so a timeout means the body stalled. */
  gotHeaders: boolean;
  /** The response's Content-Encoding, when headers had arrived. */
  encoding?: string;
  timeoutMs: number;
  maxBytes: number;
}

function formatBytes(n: number): string {
  const [value, unit] = n >= 1024 * 1024 ? [n / 1024 / 1024, 'MB'] : [n / 1024, 'KB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

const DECODE_CODES = /^(Z_DATA_ERROR|Z_NEED_DICT|ERR__ERROR_|ERR_BROTLI|ERR_ZLIB)/;
const TLS_CODES = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_)/;

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns whatever node-fetch, node:net or https-proxy-agent threw into a NetError with a
 * one-line message that names the host (and the proxy when the proxy is what failed).
 * The original error stays as `cause` for debugging; users never see its stack.
 */
export function classifyFailure(err: unknown, ctx: FailureContext): NetError {
  if (err instanceof NetError) return err;
  const { host, proxy } = ctx;
  if (ctx.cancelled) return new NetError('aborted', host, `request to ${host} was cancelled`);
  if (ctx.timedOut) {
    const limit = formatSeconds(ctx.timeoutMs);
    const message = ctx.gotHeaders
      ? `${host} stopped sending the response; gave up after ${limit}`
      : `${host} did not answer within ${limit}`;
    return new NetError('timeout', host, message, { cause: err });
  }
  const type = (err as { type?: unknown } | undefined)?.type;
  if (type === 'max-size') {
    const size = formatBytes(ctx.maxBytes);
    return new NetError('too-large', host, `${host} sent more than ${size}; refusing to read it`, {
      cause: err,
    });
  }
  const code = codeOf(err);
  const via = proxy ? ` (via proxy ${proxy})` : '';
  // zlib's verdict on a gzip/deflate/br body: the server sent garbage, and will again.
  if (code && ctx.encoding && DECODE_CODES.test(code))
    return new NetError(
      'bad-response',
      host,
      `${host} sent a body that does not decode as ${ctx.encoding}`,
      {
        cause: err,
      },
    );
  switch (code) {
    case 'ECONNREFUSED':
      // Behind a proxy the only connection we open ourselves is to the proxy.
      return proxy
        ? new NetError('proxy', proxy, `cannot connect to proxy ${proxy}: connection refused`, {
            cause: err,
          })
        : new NetError('refused', host, `cannot connect to ${host}: connection refused`, {
            cause: err,
          });
    case 'ENOTFOUND':
    case 'EAI_AGAIN': {
      const name = proxy ?? host;
      const why = code === 'EAI_AGAIN' ? 'temporary DNS failure' : 'DNS lookup failed';
      return new NetError(
        proxy ? 'proxy' : 'dns',
        name,
        `cannot resolve ${proxy ? `proxy ${name}` : name} (${why}, ${code}); are you offline?`,
        { cause: err },
      );
    }
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return new NetError(
        'network',
        host,
        `${host} closed the connection before the response was complete${via}`,
        { cause: err },
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return new NetError('network', host, `connection to ${host} was reset${via}`, { cause: err });
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return new NetError('network', host, `cannot reach ${host} (${code})${via}`, { cause: err });
  }
  if (code && TLS_CODES.test(code)) {
    return new NetError('network', host, `the TLS certificate of ${host} was refused (${code})`, {
      cause: err,
    });
  }
  const detail = code ?? (err instanceof Error ? err.name : 'unknown error');
  return new NetError('network', host, `request to ${host} failed (${detail})${via}`, {
    cause: err,
  });
}
