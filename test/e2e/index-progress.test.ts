// Issue 17: rebuilding the search index of a big cache takes seconds (after an upgrade, or when
// damage was found). In a real terminal both `papers search` and the reader's search screen
// say how far it has come; piped output carries no progress at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLibrary } from '../../bench/synth.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

const sessions: TmuxSession[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  for (const c of cleanups.splice(0)) c();
});

/** A cache of synced days written straight to disk, as an older version left it: no index. */
function unindexedCache(total: number) {
  const t = tempHome();
  cleanups.push(t.cleanup);
  const dir = path.join(t.home, 'cache', 'days');
  mkdirSync(dir, { recursive: true });
  const days = makeLibrary(total, { perDay: 200, fixed: true, seed: 3 });
  for (const d of days)
    writeFileSync(path.join(dir, `${d.date}.json`), JSON.stringify({ format: 1, ...d }));
  return { home: t.home, days: days.length, newest: days.at(-1)!.date };
}

describe('search index rebuild progress', () => {
  it('papers search on a terminal shows "indexing the library … N of M days", then only the results', async () => {
    const cache = unindexedCache(20_000);
    const s = new TmuxSession(cache.home);
    sessions.push(s);
    s.start(['search', 'model', '--limit', '3'], { columns: 120, rows: 20 });
    await s.waitFor(
      (x) =>
        new RegExp(`indexing the library for search \\[[#·]+\\] \\d+ of ${cache.days} days`).test(
          x,
        ),
      30_000,
    );
    const end = await s.waitFor((x) => x.includes('[exit 0]'), 60_000);
    expect(end).not.toContain('indexing the library');
    expect(end).toMatch(/showing 3 of/);
  });

  it('piped, papers search writes no progress to stderr', async () => {
    const cache = unindexedCache(2_000);
    const got = await papers(['search', 'model', '--limit', '3'], { PAPERS_HOME: cache.home });
    expect(got.code).toBe(0);
    expect(got.stderr).not.toContain('indexing');
    expect(got.stderr).not.toMatch(/\r|\x1b/);
  });

  it('the reader’s search screen says "indexing the library: N of M days" while it builds', async () => {
    const cache = unindexedCache(20_000);
    const s = new TmuxSession(cache.home);
    sessions.push(s);
    s.start([], { columns: 120, rows: 30 });
    await s.waitFor((x) => x.includes(cache.newest), 20_000);
    s.keys('S');
    await s.waitFor(
      (x) => new RegExp(`indexing the library: [\\d,]+ of ${cache.days} days`).test(x),
      30_000,
    );
    s.type('model');
    await s.waitFor((x) => /\d+ found/.test(x) && !x.includes('indexing the library'), 60_000);
  });
});
