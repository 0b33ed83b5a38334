import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { httpRequest, type HttpOptions } from '../../src/net/http.js';
import {
  closedAfterEach,
  closedPort,
  netFailure,
  recordingSleep,
  startServer,
  startSilentServer,
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

describe('httpRequest', () => {
  it('returns the body of a 2xx response and sends method, headers and body', async () => {
    const s = await serve((req, res, body) => {
      res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'], body }));
    });
    const res = await httpRequest(
      {
        url: `${s.url}/x`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":1}',
      },
      opts(),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      method: 'POST',
      type: 'application/json',
      body: '{"a":1}',
    });
  });

  it('times out on a server that accepts but never answers', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const started = Date.now();
    const err = await netFailure(httpRequest({ url: `${s.url}/` }, opts({ timeoutMs: 150 })));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(`127.0.0.1:${s.port} did not answer within 1 s`);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out waiting for headers from an HTTP server that never responds', async () => {
    const s = await serve(() => {});
    const err = await netFailure(httpRequest({ url: `${s.url}/` }, opts({ timeoutMs: 150 })));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(`127.0.0.1:${s.port} did not answer within 1 s`);
    expect(s.requests).toHaveLength(1); // timeouts are not retried
  });

  it('takes its timeout from PAPERS_TIMEOUT_SECONDS when none is given', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const started = Date.now();
    const err = await netFailure(
      httpRequest({ url: s.url }, { env: { PAPERS_TIMEOUT_SECONDS: '0.1' } }),
    );
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out when headers arrive but the body stalls', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"paper":');
      // …and never finish.
    });
    const err = await netFailure(httpRequest({ url: `${s.url}/` }, opts({ timeoutMs: 150 })));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/^127\.0\.0\.1:\d+ stopped sending the response/);
  });

  it('waits out 429 Retry-After given in seconds, then succeeds', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      if (n++ === 0) res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      else res.end('ok');
    });
    const { sleep, waits } = recordingSleep();
    const retries: string[] = [];
    const res = await httpRequest(
      { url: s.url },
      opts({ sleep, onRetry: (e) => retries.push(`${e.attempt}/${e.retries} ${e.reason}`) }),
    );
    expect(res.text).toBe('ok');
    expect(waits).toEqual([2000]);
    expect(retries).toEqual(['1/3 HTTP 429 Too Many Requests']);
  });

  it('waits out 429 Retry-After given as an HTTP date', async () => {
    const now = Date.parse('2025-07-08T10:00:00Z');
    let n = 0;
    const s = await serve((_req, res) => {
      if (n++ === 0) res.writeHead(429, { 'retry-after': 'Tue, 08 Jul 2025 10:00:05 GMT' }).end();
      else res.end('ok');
    });
    const { sleep, waits } = recordingSleep();
    const res = await httpRequest({ url: s.url }, opts({ sleep, now: () => now }));
    expect(res.text).toBe('ok');
    expect(waits).toEqual([5000]);
  });

  it('retries 503 with exponential backoff, then succeeds', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      if (n++ < 2) res.writeHead(503).end();
      else res.end('ok');
    });
    const { sleep, waits } = recordingSleep();
    const res = await httpRequest({ url: s.url }, opts({ sleep, backoffMs: 100, random: () => 1 }));
    expect(res.text).toBe('ok');
    expect(waits).toEqual([100, 200]);
    expect(s.requests).toHaveLength(3);
  });

  it('gives up after 3 retries with the last status', async () => {
    const s = await serve((_req, res) => res.writeHead(503).end());
    const { sleep, waits } = recordingSleep();
    const err = await netFailure(httpRequest({ url: s.url }, opts({ sleep, backoffMs: 100 })));
    expect(err.kind).toBe('http');
    expect(err.status).toBe(503);
    expect(err.message).toBe(`127.0.0.1:${s.port} answered HTTP 503 Service Unavailable`);
    expect(s.requests).toHaveLength(4);
    // random() = 0 → the lower half of each step: 50, 100, 200.
    expect(waits).toEqual([50, 100, 200]);
  });

  it('does not wait out a Retry-After longer than the limit', async () => {
    const s = await serve((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const { sleep, waits } = recordingSleep();
    const err = await netFailure(httpRequest({ url: s.url }, opts({ sleep })));
    expect(err.status).toBe(429);
    expect(err.retryAfterMs).toBe(3_600_000);
    expect(err.message).toMatch(
      /rate limiting requests \(HTTP 429 Too Many Requests\); try again in 60 min$/,
    );
    expect(waits).toEqual([]);
  });

  it.each([400, 401, 404])('does not retry HTTP %i', async (status) => {
    const s = await serve((_req, res) => res.writeHead(status).end('{"error":"no"}'));
    const { sleep, waits } = recordingSleep();
    const err = await netFailure(httpRequest({ url: s.url }, opts({ sleep })));
    expect(err).toMatchObject({ kind: 'http', status, body: '{"error":"no"}' });
    expect(s.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a connection the server drops', async () => {
    let n = 0;
    const s = await serve((req, res) => {
      if (n++ === 0) req.socket.destroy();
      else res.end('ok');
    });
    const { sleep, waits } = recordingSleep();
    const res = await httpRequest({ url: s.url }, opts({ sleep }));
    expect(res.text).toBe('ok');
    expect(waits).toHaveLength(1);
  });

  it('refuses a body over the size cap (declared length)', async () => {
    const s = await serve((_req, res) => res.end('x'.repeat(5000)));
    const err = await netFailure(httpRequest({ url: s.url }, opts({ maxBytes: 1024 })));
    expect(err.kind).toBe('too-large');
    expect(err.message).toBe(`127.0.0.1:${s.port} sent more than 1 KB; refusing to read it`);
  });

  it('refuses a chunked body over the size cap', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    });
    const err = await netFailure(httpRequest({ url: s.url }, opts({ maxBytes: 4096 })));
    expect(err.kind).toBe('too-large');
  });

  it('applies the cap to the decompressed size of a gzip bomb', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024); // small on the wire…
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    const err = await netFailure(httpRequest({ url: s.url }, opts({ maxBytes: 1024 * 1024 })));
    expect(err.kind).toBe('too-large'); // …but refused once it inflates past 1 MB
    expect(err.message).toMatch(/sent more than 1 MB/);
  });

  it('reads a gzip body under the cap', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync('[1,2,3]'));
    });
    const res = await httpRequest({ url: s.url }, opts({ maxBytes: 1024 }));
    expect(res.text).toBe('[1,2,3]');
  });

  it('names the host when the connection is refused', async () => {
    const port = await closedPort();
    const err = await netFailure(httpRequest({ url: `http://127.0.0.1:${port}/` }, opts()));
    expect(err.kind).toBe('refused');
    expect(err.offline).toBe(true);
    expect(err.message).toBe(`cannot connect to 127.0.0.1:${port}: connection refused`);
  });

  it('names the host when DNS fails', async () => {
    const err = await netFailure(httpRequest({ url: 'http://papers-test.invalid/x' }, opts()));
    expect(err.kind).toBe('dns');
    expect(err.message).toMatch(/^cannot resolve papers-test\.invalid \(.*E(NOTFOUND|AI_AGAIN)\)/);
  });

  it('stops when the user cancels', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const ac = new AbortController();
    const p = httpRequest({ url: s.url }, opts({ signal: ac.signal, timeoutMs: 5000 }));
    setTimeout(() => ac.abort(), 20);
    const err = await netFailure(p);
    expect(err.kind).toBe('aborted');
  });

  it('stops waiting for a retry when the user cancels', async () => {
    const s = await serve((_req, res) => res.writeHead(429, { 'retry-after': '30' }).end());
    const ac = new AbortController();
    const p = httpRequest({ url: s.url }, opts({ signal: ac.signal }));
    setTimeout(() => ac.abort(), 50);
    const err = await netFailure(p);
    expect(err.kind).toBe('aborted');
  });
});
