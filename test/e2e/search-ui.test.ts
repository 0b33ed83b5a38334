// Issue 14 on real Hugging Face days in a real terminal: the filter bar counts word matches
// and typo matches apart, typo rows and typo hits carry "~", and the open paper shows the
// matched words in reverse video.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

const DAYS = ['2025-10-13', '2025-10-14', '2025-10-15'];

const sessions: TmuxSession[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  for (const c of cleanups.splice(0)) c();
});

async function reader() {
  const t = tempHome();
  cleanups.push(t.cleanup);
  const files = DAYS.map((d) => path.join(sharedFixtures, 'hf-days-2025q4', `${d}.json`));
  const imported = await papers(['import', ...files], { PAPERS_HOME: t.home });
  expect(imported.code, imported.stderr).toBe(0);
  const s = new TmuxSession(t.home);
  sessions.push(s);
  s.start(['--date', '2025-10-14']);
  await s.waitFor((x) => x.includes('2025-10-14 · 39/39'));
  return s;
}

/** The screen with its colour codes (reverse video shows as ESC[7m). */
const styled = (s: TmuxSession) =>
  execFileSync('tmux', ['-L', s.socket, 'capture-pane', '-p', '-e', '-t', s.name], {
    encoding: 'utf8',
  });

const lines = (screen: string) => screen.split('\n');

describe('what matched, on real days', () => {
  it('/agnet: the bar counts typo matches as similar and each typo row is marked "~"', async () => {
    const s = await reader();
    s.keys('/');
    s.type('agnet');
    const screen = await s.waitFor((x) => /\/agnet +\d+ match · [1-9]\d* similar · 39/.test(x));
    const rows = lines(screen).filter((l) => /^[ ›]●/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[ ›]●~/);
  });

  it('/agent: word matches are counted as matches and carry no "~"', async () => {
    const s = await reader();
    s.keys('/');
    s.type('agent');
    const screen = await s.waitFor((x) => /\/agent +[1-9]\d* match · 0 similar · 39/.test(x));
    const rows = lines(screen).filter((l) => /^[ ›]●/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[ ›]● /);
  });

  it('the paper opened under /agent shows the matched words in reverse video', async () => {
    const s = await reader();
    s.keys('/');
    s.type('agent');
    await s.waitFor((x) => x.includes(' match · '));
    s.keys('Enter', 'Enter');
    await s.waitFor((x) => x.includes('pdf: https:'));
    await s.waitFor(() => /\x1b\[7m[Aa]gent/.test(styled(s)));
  });

  it('S agnet: the typo hits across days are marked "~"', async () => {
    const s = await reader();
    s.keys('S');
    await s.waitFor((x) => x.includes('search all days'));
    s.type('agnet');
    const screen = await s.waitFor((x) => /\d+ found/.test(x));
    const hits = lines(screen).filter((l) => /^[ ~]2025-10-1[345] (?!·)/.test(l));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.startsWith('~')).toBe(true);
  });
});
