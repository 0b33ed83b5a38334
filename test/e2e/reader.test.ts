import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession, tempHome } from './tmux.js';

let session: TmuxSession | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  session?.stop();
  cleanup?.();
  session = undefined;
});

function open(
  args: string[] = [],
  size?: { columns: number; rows: number },
  env: Record<string, string> = {},
) {
  const t = tempHome();
  cleanup = t.cleanup;
  session = new TmuxSession(t.home, env);
  session.start(args, size);
  return session;
}

describe('papers in a real terminal', () => {
  it('opens on the sample, moves, opens a paper, filters, marks read, quits, and remembers', async () => {
    const s = open();
    const first = await s.waitFor((x) => x.includes('sample') && x.includes('14 unread'));
    expect(first).toContain('2026-11-24');
    s.keys('j', 'j');
    s.keys('Enter');
    const detail = await s.waitFor((x) => x.includes('Summary'));
    expect(detail).not.toContain('unread only');
    s.keys('Escape');
    await s.waitFor((x) => x.includes('13 unread'));
    s.keys('/');
    s.type('gauss');
    const filtered = await s.waitFor((x) => /\d+\/14/.test(x) && !x.includes(' 14/14'));
    expect(filtered).toMatch(/Gaussian|gauss/i);
    s.keys('Escape');
    await s.waitFor((x) => x.includes('14/14'));
    s.keys('G', 'm');
    await s.waitFor((x) => x.includes('12 unread'));
    s.keys('q');
    await s.waitFor((x) => x.includes('[exit 0]'));
    s.stop();

    const again = new TmuxSession(s.home);
    session = again;
    again.start();
    await again.waitFor((x) => x.includes('12 unread'));
  });

  it('shows the list and a live preview side by side on a wide terminal', async () => {
    const s = open([], { columns: 160, rows: 40 });
    const screen = await s.waitFor((x) => x.includes('Summary') && x.includes('│'));
    expect(screen).toContain('14 unread');
  });

  it('says the terminal is too small instead of drawing a broken layout', async () => {
    const s = open([], { columns: 100, rows: 30 });
    await s.waitFor((x) => x.includes('14 unread'));
    s.resize(30, 8);
    await s.waitFor((x) => x.includes('terminal too small'));
    s.resize(100, 30);
    const back = await s.waitFor((x) => x.includes('14 unread'));
    expect(back.split('\n').filter((l) => l.includes('14 unread'))).toHaveLength(1);
  });
});
