import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../net/servers.js';
import { fixtureRoute, startDailyPapers } from '../sources/hf-server.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

let server: TestServer;
let session: TmuxSession | undefined;
let home: string;
let cleanup: () => void;
beforeEach(async () => {
  server = await startDailyPapers(fixtureRoute);
  ({ home, cleanup } = tempHome());
});
afterEach(async () => {
  session?.stop();
  session = undefined;
  await server.close();
  cleanup();
});

describe('sync from a Hugging Face API server on 127.0.0.1', () => {
  it('stores exactly the papers of the real responses and prints one line per day when piped', async () => {
    const env = { PAPERS_HOME: home, PAPERS_API_BASE: server.url };
    const r = await papers(['sync', '--date', '2025-07-08'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2025-07-08  16 papers, 16 new');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 day, 16 papers, 16 new');
    const list = await papers(['list', '--date', '2025-07-08', '--json'], env);
    expect(JSON.parse(list.stdout)).toHaveLength(16);
  });

  it('shows progress and a summary in a terminal; the reader refreshes with r and shows a banner when offline', async () => {
    session = new TmuxSession(home, { PAPERS_API_BASE: server.url });
    session.start(['sync', '--date', '2026-06-12']);
    const synced = await session.waitFor((s) => s.includes('[exit 0]'));
    expect(synced).toContain('1 day, 35 papers, 35 new');
    session.stop();

    session = new TmuxSession(home, { PAPERS_API_BASE: server.url });
    session.start([]);
    await session.waitFor((s) => s.includes('2026-06-12 · 35/35'));
    session.keys('r');
    await session.waitFor((s) => s.includes('refreshed: 35 papers, 0 new'));
    await server.close();
    session.keys('r');
    const offline = await session.waitFor((s) => s.includes('offline, showing cache from'));
    expect(offline).toContain('35/35');
    expect(offline).toMatch(/cannot connect to 127\.0\.0\.1:\d+/);
  });

  it('a failed sync names the host, exits non-zero and keeps the cached day', async () => {
    const env = { PAPERS_HOME: home, PAPERS_API_BASE: server.url };
    expect((await papers(['sync', '--date', '2024-05-27'], env)).code).toBe(0);
    await server.close();
    const r = await papers(['sync', '--date', '2024-05-27'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/127\.0\.0\.1/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const list = await papers(['list', '--date', '2024-05-27', '--json'], env);
    expect(JSON.parse(list.stdout)).toHaveLength(13);
  });
});
