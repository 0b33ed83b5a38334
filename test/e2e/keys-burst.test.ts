// Keys that arrive together (ssh, key repeat, paste, fast typing) must do what the same keys
// do one by one. Each case sends its keys in ONE send-keys call and again one key per call,
// and expects the same screen.
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession, tempHome } from './tmux.js';

const sessions: TmuxSession[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  for (const c of cleanups.splice(0)) c();
});

async function reader(size = { columns: 100, rows: 30 }) {
  const t = tempHome();
  cleanups.push(t.cleanup);
  const s = new TmuxSession(t.home);
  sessions.push(s);
  s.start([], size);
  await s.waitFor((x) => x.includes('14 unread'));
  return s;
}

/** A key list: names tmux knows ("Enter", "Escape", "Down", "C-w") or literal text. */
type Keys = string[];

async function both(setup: Keys, keys: Keys, done: (screen: string) => boolean) {
  const screens: string[] = [];
  for (const burst of [true, false]) {
    const s = await reader();
    for (const k of setup) s.keys(k);
    if (setup.length) await s.waitFor((x) => x.includes('14 unread') || x.includes('/'));
    if (burst) s.keys(...keys);
    else for (const k of keys) s.keys(k);
    await s.waitFor(done);
    screens.push(await settled(s));
    s.stop();
  }
  expect(screens[0]).toBe(screens[1]);
  return screens[0]!;
}

/** The screen once it stops changing: the full Markdown renderer swaps in after start, later
 *  on a loaded machine, and re-wraps the detail. */
async function settled(s: TmuxSession): Promise<string> {
  let last = s.screen();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const now = s.screen();
    if (now === last) return now;
    last = now;
  }
}

const spell = (text: string): Keys => [...text];

describe('keys in one write do what they do one by one', () => {
  it('/ dynamic Enter j Enter: the query is "dynamic" and Enter opens the paper', async () => {
    const screen = await both([], ['/', ...spell('dynamic'), 'Enter', 'j', 'Enter'], (x) =>
      x.includes('Summary'),
    );
    expect(screen).toContain('filter: dynamic');
    expect(screen).not.toContain('dynamic j');
  });

  it('Escape Escape: out of the paper and the filter cleared', async () => {
    const screen = await both(
      ['/', 'r', 'e', 'w', 'a', 'r', 'd', 'Enter', 'Enter'],
      ['Escape', 'Escape'],
      (x) => x.includes('14/14'),
    );
    expect(screen).not.toContain('filter:');
  });

  it('S diffusion Down Enter: opens the second hit', async () => {
    const screen = await both(['S'], [...spell('diffusion'), 'Down', 'Enter'], (x) =>
      x.includes('Summary'),
    );
    expect(screen).not.toContain('search all days');
  });

  it('fast typing in S keeps every letter in order', async () => {
    const screen = await both(
      ['S'],
      spell('reinforcement'),
      (x) => x.includes('search all days: reinforcement') && /\d+ found/.test(x),
    );
    expect(screen).toContain('search all days: reinforcement');
  });

  it('ctrl+w and ctrl+u edit the filter instead of typing w or u', async () => {
    const screen = await both(
      [],
      ['/', ...spell('video robot'), 'C-w'],
      (x) => /^\/video\s/m.test(x) && !x.includes('robot '),
    );
    expect(screen).toMatch(/^\/video /m);
  });

  it('help fits 80×24 and 70×20: every line inside the screen, no row drawn twice', async () => {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 70, rows: 20 },
    ]) {
      const s = await reader(size);
      s.keys('?');
      const screen = await s.waitFor((x) => x.includes('Keys'));
      const lines = screen.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(size.rows);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(size.columns);
      expect(screen).toContain('Everywhere');
      expect(screen).toContain('move up / scroll up');
      s.keys('Escape');
      await s.waitFor((x) => x.includes('14 unread') && !x.includes('Keys ·'));
      s.stop();
    }
  });
});
