import { describe, expect, it } from 'vitest';
import { refreshDay } from '../../src/library/sync-day.js';
import { MemoryDayStore } from '../../src/library/day-store.js';
import { closedAfterEach, startServer, type TestServer } from '../net/servers.js';

const servers = closedAfterEach();

/** Answers headers and the start of a body, then never sends the rest. */
async function stalling(): Promise<TestServer> {
  const s = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
  });
  servers.push(s);
  return s;
}

describe('the reader’s background refresh', () => {
  it('gives up on a stalled body after timeoutSeconds, with no env to say it', async () => {
    const s = await stalling();
    const result = await refreshDay('2025-07-10', {
      store: new MemoryDayStore(),
      env: { PAPERS_API_BASE: s.url },
      timeoutSeconds: 1,
      http: { sleep: async () => {} },
    });
    expect(result).toEqual({
      ok: false,
      offline: true,
      message: `127.0.0.1:${s.port} stopped sending the response; gave up after 1 s`,
    });
  });

  it('ends at once, stored nothing, when its signal is aborted (the reader quits)', async () => {
    const s = await stalling();
    const store = new MemoryDayStore();
    const stop = new AbortController();
    const pending = refreshDay('2025-07-10', {
      store,
      env: { PAPERS_API_BASE: s.url, PAPERS_TIMEOUT_SECONDS: '600' },
      signal: stop.signal,
    });
    // Abort once the server has the request: the refresh is then waiting on the body.
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    stop.abort();
    expect(await pending).toMatchObject({ ok: false, offline: false });
    expect(await store.listDays()).toEqual([]);
  });
});
