import type { Agent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import { NetError } from './errors.js';

/**
 * The proxy for `url` under `env`, or undefined for a direct connection.
 *
 * proxy-from-env owns the HTTPS_PROXY / HTTP_PROXY / ALL_PROXY / NO_PROXY rules (both cases,
 * lowercase first) but only reads `process.env`. Commands receive their env as a value, so it is
 * swapped in for the duration of this synchronous call: no other code can run in between.
 */
export function proxyFor(url: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env === process.env) return getProxyForUrl(url) || undefined;
  const saved = process.env;
  try {
    process.env = env;
    return getProxyForUrl(url) || undefined;
  } finally {
    process.env = saved;
  }
}

/** Host (and port when given) of a proxy URL, for messages; never the credentials. */
export function proxyHost(proxy: string): string {
  try {
    return new URL(proxy).host || proxy;
  } catch {
    return proxy.replace(/^[^@]*@/, '');
  }
}

/**
 * An agent that tunnels through the proxy chosen for `url`, or undefined to connect directly.
 * https-proxy-agent uses CONNECT for http: targets too, which every forward proxy supports.
 */
export function proxyAgentFor(url: string, env: NodeJS.ProcessEnv): Agent | undefined {
  const proxy = proxyFor(url, env);
  if (!proxy) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(proxy);
  } catch {
    throw new NetError(
      'proxy',
      proxyHost(proxy),
      `the proxy setting "${proxyHost(proxy)}" is not a URL`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NetError(
      'proxy',
      parsed.host,
      `proxy ${parsed.host} uses ${parsed.protocol.replace(':', '')}; only http and https proxies are supported`,
    );
  }
  return new HttpsProxyAgent(parsed);
}
