// proxy-from-env ships no types; this is the one function we use.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from *_PROXY / NO_PROXY in process.env, or '' for a direct request. */
  export function getProxyForUrl(url: string | URL): string;
}
