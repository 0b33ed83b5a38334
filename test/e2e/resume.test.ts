// Resume: the reader reopens where it was left (day, paper, sort, TL;DR rows), whether it was
// quit with `q` or its terminal went away (ssh dropped, window closed); a newer day opens
// instead once one has arrived, keeping the sort and modes.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

const DAYS = ['2025-10-01', '2025-10-02', '2025-10-03'];
const dayFile = (d: string) => path.join(sharedFixtures, 'hf-days-2025q4', `${d}.json`);

let home: string;
let cleanup: () => void;
let session: TmuxSession | undefined;
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  const r = await papers(['import', ...DAYS.map(dayFile)], { PAPERS_HOME: home });
  expect(r.code, r.stderr).toBe(0);
});
afterEach(() => {
  session?.stop();
  session = undefined;
  cleanup();
});

/** The title on the cursor's row ("›"), without its columns. */
const cursorTitle = (screen: string) =>
  screen
    .split('\n')
    .find((l) => l.startsWith('›'))
    ?.slice(4, 40)
    .trim();

/** Opens the reader, goes back a day, moves the cursor, turns on TL;DR rows and sorts by
 *  upvotes; returns the screen it left. */
async function leaveOnOlderDay(): Promise<string> {
  session = new TmuxSession(home);
  session.start([]);
  await session.waitFor((s) => s.includes('2025-10-03 · '));
  session.keys('[', 'j', 'j', 'j', 'T', 's');
  return session.waitFor((s) => s.includes('2025-10-02 · ') && s.includes('sort: upvotes'));
}

/** Starts the reader again and waits for `ready` (the resumed cursor or status arrive just
 *  after the first frame). */
async function reopen(ready: (screen: string) => boolean): Promise<string> {
  session = new TmuxSession(home);
  session.start([]);
  return session.waitFor(ready);
}

describe('resume', () => {
  it.each([
    ['quit with q', (s: TmuxSession) => s.keys('q')],
    ['the terminal killed (hang-up)', (s: TmuxSession) => s.stop()],
  ])('after %s: the same day, paper, sort and two-line rows', async (_how, end) => {
    const left = await leaveOnOlderDay();
    end(session!);
    // The hang-up case: the old process may still be writing; the next start waits for it.
    await new Promise((r) => setTimeout(r, 500));
    session?.stop();
    const screen = await reopen((x) => x.includes(' · ') && cursorTitle(x) === cursorTitle(left));
    expect(screen).toContain('2025-10-02 · ');
    expect(screen).toContain('sort: upvotes');
    // TL;DR rows: a second, indented line under each title.
    expect(screen.split('\n')[1]).toMatch(/^ {5}\S/);
  });

  it('a newer day that arrived since opens instead, with the sort and modes kept, and says so', async () => {
    await leaveOnOlderDay();
    session!.keys('q');
    await session!.waitFor((s) => s.includes('[exit 0]'));
    session!.stop();
    const r = await papers(['import', dayFile('2025-10-06')], { PAPERS_HOME: home });
    expect(r.code, r.stderr).toBe(0);
    const screen = await reopen((x) => x.includes('new days arrived'));
    expect(screen).toContain('2025-10-06 · ');
    expect(screen).toContain('sort: upvotes');
    expect(screen).toContain('new days arrived');
  });
});
