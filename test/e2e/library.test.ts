import { chmodSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

let session: TmuxSession | undefined;
let home: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  for (const f of [
    'chatpaperfree-2024-12-07-3DGS.md',
    'hf-daily-papers-2025-07-08.json',
    'chatpaperfree-llm-2025-06-01.txt',
  ]) {
    const r = await papers(['import', path.join(sharedFixtures, f)], { PAPERS_HOME: home });
    expect(r.code, r.stderr).toBe(0);
  }
});
afterEach(() => {
  session?.stop();
  session = undefined;
  cleanup();
});

/** A $BROWSER that records the URL it was asked to open. */
function recordingBrowser(): { env: Record<string, string>; opened: () => string[] } {
  const log = path.join(home, 'opened.txt');
  const script = path.join(home, 'browser.sh');
  writeFileSync(script, `#!/bin/sh\necho "$1" >> '${log}'\n`);
  chmodSync(script, 0o755);
  return {
    env: { BROWSER: script },
    opened: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
  };
}

describe('a library of imported days', () => {
  it('a mark written by another papers process shows in the open reader within seconds', async () => {
    session = new TmuxSession(home);
    session.start([], { columns: 100, rows: 30 });
    await session.waitFor((s) => s.includes('2025-07-08 · 16/16 · 16 unread'));
    const list = await papers(['list', '--json'], { PAPERS_HOME: home });
    const ids = (JSON.parse(list.stdout) as { id: string }[]).slice(0, 3).map((p) => p.id);
    const r = await papers(['mark', ...ids], { PAPERS_HOME: home });
    expect(r.code, r.stderr).toBe(0);
    await session.waitFor((s) => s.includes('16/16 · 13 unread'), 5000);
  });

  it('days view lists every day with counts and opens the chosen one', async () => {
    session = new TmuxSession(home);
    session.start([], { columns: 100, rows: 30 });
    await session.waitFor((s) => s.includes('2025-07-08'));
    session.keys('D');
    const days = await session.waitFor((s) => /2024-12-07\s+13\s+13\s+0\s+chatpaperfree/.test(s));
    expect(days).toMatch(/2025-06-01\s+19\s+19\s+0\s+chatpaperfree/);
    expect(days).toMatch(/2025-07-08\s+16\s+16\s+0\s+hf-api/);
    session.keys('g', 'Enter');
    await session.waitFor((s) => s.includes('2024-12-07 · 13/13'));
  });

  it('S searches across days; o, p, c open links through $BROWSER; * stars and the CLI sees it', async () => {
    const browser = recordingBrowser();
    session = new TmuxSession(home, browser.env);
    session.start([], { columns: 100, rows: 30 });
    await session.waitFor((s) => s.includes('2025-07-08'));
    session.keys('S');
    session.type('turbo3d');
    const results = await session.waitFor((s) => /\d+ found/.test(s));
    expect(results).toContain('2024-12-07');
    session.keys('Enter');
    await session.waitFor((s) => s.includes('Summary') && s.includes('Turbo3D'));
    session.keys('o');
    await session.waitFor((s) => s.includes('opened https://arxiv.org/abs/'));
    session.keys('p');
    await session.waitFor((s) => s.includes('opened https://arxiv.org/pdf/'));
    session.keys('*');
    await session.waitFor((s) => s.includes('starred:'));
    expect(browser.opened()).toEqual([
      'https://arxiv.org/abs/2412.04470',
      'https://arxiv.org/pdf/2412.04470',
    ]);
    session.keys('q');
    await session.waitFor((s) => s.includes('[exit 0]'));
    const starred = await papers(['list', '--all', '--starred', '--json'], { PAPERS_HOME: home });
    expect(JSON.parse(starred.stdout).map((p: { id: string }) => p.id)).toEqual(['2412.04470']);
    const bib = await papers(
      ['export', '--format', 'bibtex', '--out', path.join(home, 'starred.bib')],
      { PAPERS_HOME: home },
    );
    expect(bib.code, bib.stderr).toBe(0);
    const text = readFileSync(path.join(home, 'starred.bib'), 'utf8');
    expect(text).toContain('eprint = {2412.04470}');
    expect(text).toContain('archivePrefix = {arXiv}');
  });

  it('text typed straight after S is edited at its end: Backspace and more keys land there', async () => {
    session = new TmuxSession(home);
    session.start([], { columns: 100, rows: 30 });
    await session.waitFor((s) => s.includes('2025-07-08'));
    // One burst, as a fast typist over ssh sends it: the keys reach the reader before its
    // search box listens.
    session.keys('S');
    session.type('turbo3dxx');
    await session.waitFor((s) => s.includes('search all days: turbo3dxx'));
    session.keys('BSpace', 'BSpace');
    session.type(' ');
    const screen = await session.waitFor((s) => /search all days: turbo3d \s+\d+ found/.test(s));
    expect(screen).toContain('2024-12-07');
    // Esc blurs the box, Esc again leaves; sent apart, as two key presses are.
    session.keys('Escape');
    await new Promise((r) => setTimeout(r, 300));
    session.keys('Escape');
    await session.waitFor((s) => !s.includes('search all days'));
    session.keys('q');
    await session.waitFor((s) => s.includes('[exit 0]'));
  });

  it('s sorts by upvotes on a synced day and the status bar says so', async () => {
    session = new TmuxSession(home);
    session.start(['--date', '2025-07-08'], { columns: 100, rows: 30 });
    await session.waitFor((s) => s.includes('sort: as listed'));
    session.keys('s');
    const sorted = await session.waitFor((s) => s.includes('sort: upvotes'));
    const votes = [...sorted.matchAll(/▲(\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(votes.length).toBeGreaterThan(5);
    expect([...votes].sort((a, b) => b - a)).toEqual(votes);
  });
});
