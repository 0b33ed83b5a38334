import { describe, expect, it } from 'vitest';
import { httpRequest, type HttpOptions } from '../../src/net/http.js';
import {
  closedAfterEach,
  netFailure,
  recordingSleep,
  startServer,
  type TestServer,
} from './servers.js';

const servers = closedAfterEach();

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

function opts(extra: Partial<HttpOptions> = {}): HttpOptions {
  return { env: {}, timeoutMs: 2000, random: () => 0, ...extra };
}

const secret = { authorization: 'Bearer sk-secret', cookie: 'session=1' };

/** A server that records the credentials each request carried. */
async function landing() {
  const seen: (string | undefined)[] = [];
  const s = await serve((req, res) => {
    seen.push(req.headers.authorization);
    res.end(`${req.method} ${req.headers.cookie ?? '-'}`);
  });
  return { s, seen };
}

describe('redirects', () => {
  it('keeps the key on a redirect within the same origin', async () => {
    let seen: string | undefined;
    const s = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(307, { location: '/b' }).end();
      else res.end((seen = req.headers.authorization));
    });
    await httpRequest({ url: `${s.url}/a`, headers: secret }, opts());
    expect(seen).toBe('Bearer sk-secret');
  });

  it.each([
    ['another port of the same host', (t: TestServer) => `http://127.0.0.1:${t.port}/x`],
    ['another host name for the same address', (t: TestServer) => `http://localhost:${t.port}/x`],
  ])('drops the key and cookies on a 307 to %s', async (_, where) => {
    const target = await landing();
    const s = await serve((_req, res) => res.writeHead(307, { location: where(target.s) }).end());
    const res = await httpRequest(
      { url: `${s.url}/a`, method: 'POST', headers: secret, body: '{}' },
      opts(),
    );
    expect(target.seen).toEqual([undefined]);
    expect(res.text).toBe('POST -');
  });

  it('turns a POST into a GET on a 303', async () => {
    const target = await landing();
    const s = await serve((_req, res) =>
      res.writeHead(303, { location: `${target.s.url}/x` }).end(),
    );
    const res = await httpRequest({ url: `${s.url}/a`, method: 'POST', body: '{}' }, opts());
    expect(res.text).toBe('GET -');
  });

  it('a redirect loop fails at once with a plain message, without retries', async () => {
    const rec = recordingSleep();
    const s = await serve((req, res) => res.writeHead(302, { location: req.url }).end());
    const err = await netFailure(httpRequest({ url: `${s.url}/loop` }, opts({ sleep: rec.sleep })));
    expect(err.message).toBe(`127.0.0.1:${s.port} redirected too many times (a redirect loop?)`);
    expect(rec.waits).toEqual([]);
  });

  it('a redirect to a file: URL is refused with a plain message', async () => {
    const rec = recordingSleep();
    const s = await serve((_req, res) =>
      res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    );
    const err = await netFailure(httpRequest({ url: `${s.url}/a` }, opts({ sleep: rec.sleep })));
    expect(err.message).toBe(
      `127.0.0.1:${s.port} redirected to a file: link; only http(s) is followed`,
    );
    expect(rec.waits).toEqual([]);
  });

  it('a body that does not decompress fails at once, naming the encoding', async () => {
    const rec = recordingSleep();
    const s = await serve((_req, res) =>
      res.writeHead(200, { 'content-encoding': 'br' }).end(Buffer.from('not brotli at all')),
    );
    const err = await netFailure(httpRequest({ url: `${s.url}/a` }, opts({ sleep: rec.sleep })));
    expect(err.message).toBe(`127.0.0.1:${s.port} sent a body that does not decode as br`);
    expect(err.message).not.toMatch(/\(\w*Error\)|ERR_/);
    expect(rec.waits).toEqual([]);
  });
});
