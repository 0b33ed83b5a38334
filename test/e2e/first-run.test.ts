// First run with a network: the reader opens on the bundled sample at once, fetches the last
// days from a Hugging Face API on 127.0.0.1 after the first frame, then shows the newest day
// with papers. Offline it stays on the sample and says so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../net/servers.js';
import { syntheticItems } from '../sources/hf-server.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

let server: TestServer | undefined;
let session: TmuxSession | undefined;
let home: string;
let cleanup: () => void;
beforeEach(() => {
  ({ home, cleanup } = tempHome());
});
afterEach(async () => {
  session?.stop();
  session = undefined;
  await server?.close();
  server = undefined;
  cleanup();
});

const dayBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** An API that holds every reply until `release()`: today is empty, yesterday has 12 papers. */
async function heldApi() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const yesterday = dayBefore(1);
  server = await startServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const items =
      q.get('date') === yesterday && q.get('p') !== '1' ? syntheticItems(12, yesterday) : [];
    void released.then(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(items));
    });
  });
  return { url: server.url, yesterday, release };
}

describe('first run with nothing cached', () => {
  it('opens on the sample before the network answers, then shows the newest fetched day with papers', async () => {
    const api = await heldApi();
    session = new TmuxSession(home, { PAPERS_API_BASE: api.url, PAPERS_OFFLINE: '0' });
    session.start([]);
    // The first frame does not wait for the network: the sample is on screen while the
    // server still holds its reply, with the fetch's progress line.
    const first = await session.waitFor(
      (s) => s.includes('2026-11-24 · ') && s.includes("fetching today's papers"),
    );
    expect(first).toContain('· sample ·');
    api.release();
    const real = await session.waitFor((s) => s.includes(`${api.yesterday} · 12/12`));
    expect(real).toContain('Paper 1');
    expect(real).not.toContain('2026-11-24 · ');
    session.keys('q');
    await session.waitFor((s) => s.includes('[exit 0]'));
    // What it fetched is in the cache: a script now sees real papers, not the sample.
    const env = { PAPERS_HOME: home, PAPERS_OFFLINE: '1' };
    const list = await papers(['list', '--json'], env);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { date: string }[]).map((p) => p.date)).toEqual(
      Array(12).fill(api.yesterday),
    );
  });

  it('offline, stays on the sample and says how to get real papers', async () => {
    session = new TmuxSession(home, { PAPERS_API_BASE: 'http://127.0.0.1:9', PAPERS_OFFLINE: '0' });
    session.start([]);
    const screen = await session.waitFor((s) => s.includes('offline: showing sample data'));
    expect(screen).toContain('2026-11-24 · ');
  });
});
