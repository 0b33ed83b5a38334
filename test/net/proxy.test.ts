import { describe, expect, it } from 'vitest';
import { NetError } from '../../src/net/errors.js';
import { httpRequest } from '../../src/net/http.js';
import { proxyFor } from '../../src/net/proxy.js';
import {
  closedAfterEach,
  closedPort,
  startProxy,
  startServer,
  type TestServer,
} from './servers.js';

const servers = closedAfterEach();

async function setup(): Promise<{ target: TestServer; proxy: TestServer }> {
  const target = await startServer((_req, res) => res.end('hello'));
  const proxy = await startProxy();
  servers.push(target, proxy);
  return { target, proxy };
}

describe('proxies from the environment', () => {
  it('tunnels through HTTP_PROXY', async () => {
    const { target, proxy } = await setup();
    const res = await httpRequest(
      { url: `${target.url}/a` },
      { env: { HTTP_PROXY: proxy.url }, timeoutMs: 2000 },
    );
    expect(res.text).toBe('hello');
    expect(proxy.requests).toEqual([`CONNECT 127.0.0.1:${target.port}`]);
    expect(target.requests).toEqual(['GET /a']);
  });

  it('honours lowercase http_proxy', async () => {
    const { target, proxy } = await setup();
    await httpRequest({ url: target.url }, { env: { http_proxy: proxy.url }, timeoutMs: 2000 });
    expect(proxy.requests).toHaveLength(1);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const { target, proxy } = await setup();
    const res = await httpRequest(
      { url: target.url },
      { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }, timeoutMs: 2000 },
    );
    expect(res.text).toBe('hello');
    expect(proxy.requests).toEqual([]);
    expect(target.requests).toHaveLength(1);
  });

  it('does not read process.env when an env is passed', () => {
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = 'http://from-process-env:1';
    try {
      expect(proxyFor('https://huggingface.co/', {})).toBeUndefined();
      expect(proxyFor('https://huggingface.co/', { HTTPS_PROXY: 'http://p:8' })).toBe('http://p:8');
      // HTTPS_PROXY is for https: URLs only.
      expect(proxyFor('http://example.org/', { HTTPS_PROXY: 'http://p:8' })).toBeUndefined();
      expect(process.env.HTTPS_PROXY).toBe('http://from-process-env:1');
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
  });

  it('names the proxy when it refuses connections', async () => {
    const port = await closedPort();
    const err = await httpRequest(
      { url: 'http://127.0.0.1:9/x' },
      { env: { HTTP_PROXY: `http://127.0.0.1:${port}` }, timeoutMs: 2000 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetError);
    expect(err).toMatchObject({
      kind: 'proxy',
      message: `cannot connect to proxy 127.0.0.1:${port}: connection refused`,
    });
  });

  it('reports a proxy setting that is not a URL', async () => {
    const err = await httpRequest(
      { url: 'http://127.0.0.1:9/x' },
      { env: { HTTP_PROXY: 'socks5://127.0.0.1:1080' }, timeoutMs: 2000 },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'proxy' });
    expect((err as Error).message).toMatch(/only http and https proxies are supported/);
  });
});
