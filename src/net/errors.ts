// Network failures as values a command can print in one line. Callers branch on `kind`,
// users only ever see `message`, which always names the host that failed.

export type NetErrorKind =
  | 'timeout' // no complete answer within the time budget (connect, headers or body)
  | 'refused' // nothing listens on that port
  | 'dns' // the name does not resolve (offline, typo, captive DNS)
  | 'network' // reset, premature close, TLS and other socket trouble
  | 'proxy' // the proxy from HTTPS_PROXY/HTTP_PROXY failed or is not a URL
  | 'http' // the server answered with a non-2xx status
  | 'too-large' // the (decompressed) body passed the size cap
  | 'bad-response' // 2xx, but the body is not what the endpoint promises
  | 'aborted'; // the user cancelled (Ctrl-C)

export class NetError extends Error {
  readonly kind: NetErrorKind;
  readonly host: string;
  /** HTTP status for kind 'http'. */
  readonly status?: number;
  /** How long the server asked us to wait (429/503), when it said so. */
  readonly retryAfterMs?: number;
  /** The first few hundred characters of an error body, for callers that parse it. */
  readonly body?: string;

  constructor(
    kind: NetErrorKind,
    host: string,
    message: string,
    extra: { status?: number; retryAfterMs?: number; body?: string; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'NetError';
    this.kind = kind;
    this.host = host;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
    this.body = extra.body;
  }

  /** True when the machine is most likely offline or the host unreachable, not a server bug. */
  get offline(): boolean {
    return (
      this.kind === 'dns' ||
      this.kind === 'refused' ||
      this.kind === 'timeout' ||
      this.kind === 'network' ||
      this.kind === 'proxy'
    );
  }
}

export function isNetError(err: unknown): err is NetError {
  return err instanceof NetError;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function httpStatusText(status: number): string {
  const reason = REASONS[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

export function formatSeconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.ceil(s / 60)} min`;
}

/** The one-line message for an error status; 429 gets the wait the server asked for. */
export function httpErrorMessage(host: string, status: number, retryAfterMs?: number): string {
  if (status === 429) {
    const wait = retryAfterMs === undefined ? 'later' : `in ${formatSeconds(retryAfterMs)}`;
    return `${host} is rate limiting requests (${httpStatusText(status)}); try again ${wait}`;
  }
  return `${host} answered ${httpStatusText(status)}`;
}

/** Any error from a request, as a one-line message; non-network errors keep their own. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
