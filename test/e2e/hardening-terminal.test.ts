// The reader's contract with the terminal, checked in tmux on the raw bytes the binary writes
// (tmux pipe-pane, attached before the program starts): only its own control sequences, no
// colour under NO_COLOR, and after a signal or a crash the screen, the cursor and the tty mode
// are back, pending marks are on disk and the exit code is the usual one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { BIN, shellQuote, tempHome, TmuxSession } from './tmux.js';

const E = '\x1b';
const FIRST_SAMPLE_ID = '2611.05126';

/** A TmuxSession whose program starts only after pipe-pane is attached, so no byte is missed. */
class RawSession extends TmuxSession {
  readonly log = path.join(this.home, 'pane.log');
  readonly pidFile = path.join(this.home, 'pid');

  private run(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
    });
  }

  /** `redirect` is shell text after the command, e.g. `</dev/null`. */
  startRaw(args: string[] = [], redirect = ''): void {
    const env = {
      PAPERS_HOME: this.home,
      PAPERS_OFFLINE: '1',
      TERM: 'xterm-256color',
      ...this.env,
    };
    const vars = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const inner = `echo $$ > ${shellQuote(this.pidFile)}; exec env -u CI ${vars.join(' ')} node ${[BIN, ...args].map(shellQuote).join(' ')} ${redirect}`;
    const command = `read _; sh -c ${shellQuote(inner)}; echo "[exit $?]"; sleep 60`;
    this.run('new-session', '-d', '-s', this.name, '-x', '100', '-y', '30', command);
    this.run('pipe-pane', '-t', this.name, '-o', `cat >> ${shellQuote(this.log)}`);
    this.run('send-keys', '-t', this.name, 'Enter');
  }

  async pid(): Promise<number> {
    await vi.waitFor(() => expect(existsSync(this.pidFile)).toBe(true));
    return Number(readFileSync(this.pidFile, 'utf8'));
  }

  output(): string {
    return readFileSync(this.log, 'utf8');
  }

  display(format: string): string {
    return this.run('display', '-p', '-t', this.name, format).trim();
  }

  /** The pane's terminal settings as `stty -a` prints them. */
  stty(): string {
    return execFileSync('stty', ['-a', '-F', this.display('#{pane_tty}')], { encoding: 'utf8' });
  }
}

let session: RawSession | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  session?.stop();
  cleanup?.();
  session = undefined;
});

function withoutForceColor(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return env;
}

function open(env: Record<string, string> = {}): RawSession {
  const t = tempHome();
  cleanup = t.cleanup;
  session = new RawSession(t.home, env);
  return session;
}

/** Ids marked read in <data>/state.json; none when there is no file yet. */
function readIds(data: string): string[] {
  const file = path.join(data, 'state.json');
  if (!existsSync(file)) return [];
  return Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { read: object }).read);
}

const sequences = (s: string) => s.match(/\x1b(?:\[[0-?]*[ -/]*[@-~]|[^[])?/g) ?? [];
/** What Ink and the reader write themselves: colour, line erase, cursor moves, modes. */
const OWN = /^\x1b\[(?:[0-9;]*m|2K|\d*A|G|\?(?:25|1049|2004|2026)[hl])$/;
const BANNED =
  /[\0-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;

const planted = {
  date: '2025-04-05',
  sources: [`hf-api${E}]0;PWNED source${E}\\`],
  papers: [
    {
      id: '2504.00001',
      title: `Planted ${E}]0;PWNED\x07\u009b2J\u202etitle\u{e0041} ${E}[2J`,
      authors: [`Ann${E}]52;c;UFdORUQ=${E}\\ Other`],
      date: '2025-04-05',
      abstract: `Planted abstract ${E}P$qPWNED${E}\\ \u009d0;PWNED\u009c end\rOVER ${E}[6n`,
      keywords: [`kw${E}c`],
      sources: ['hf-api'],
    },
  ],
};

describe('the reader and the terminal', () => {
  it('writes only its own control sequences while showing hostile text', async () => {
    const s = open();
    mkdirSync(path.join(s.home, 'cache', 'days'), { recursive: true });
    writeFileSync(path.join(s.home, 'cache', 'days', '2025-04-05.json'), JSON.stringify(planted));
    const jsonl = path.join(repoRoot, 'test/fixtures/hostile/2025-03-04_AI_enhanced_English.jsonl');
    execFileSync('node', [BIN, 'import', jsonl], { env: { ...process.env, PAPERS_HOME: s.home } });
    // The help screen shows key chords from the config file.
    mkdirSync(path.join(s.home, 'config'));
    writeFileSync(
      path.join(s.home, 'config', 'config.json'),
      JSON.stringify({ 'keymap.quit': ['q', `Q${E}]0;PWNED\x07`] }),
    );
    s.startRaw();
    await s.waitFor((x) => x.includes('Planted title'));
    const has = (t: string) => (x: string) => x.includes(t);
    // One key per send, each waiting for its screen, so each screen is seen (and checked).
    const steps: [() => void, (x: string) => boolean][] = [
      [() => s.keys('?'), has('toggle read')],
      [() => s.keys('?'), (x) => !x.includes('toggle read')],
      // The detail opens on the summary; G scrolls down to the (hostile) abstract.
      [() => s.keys('Enter'), has('Summary')],
      [() => s.keys('G'), has('Planted abstract')],
      [() => s.keys('Escape'), (x) => !x.includes('Planted abstract')],
      [() => s.keys('['), has('Hostile JSONL Gamma')],
      [() => s.keys('Enter'), has('Summary')],
      [() => s.keys('G'), has('JSONL abstract')],
      [() => s.keys('Escape'), (x) => !x.includes('JSONL abstract')],
      [() => s.keys('D'), (x) => x.includes('starred') && x.includes('2025-04-05')],
      [() => s.keys('S'), has('search all days')],
      [() => s.type('planted'), has('1 found')],
      [() => s.keys('Enter'), has('Summary')],
      [() => s.keys('G'), has('Planted abstract')],
      [() => s.keys('q'), has('[exit 0]')],
    ];
    for (const [send, check] of steps) {
      send();
      await s.waitFor(check);
    }
    const out = s.output();
    expect(sequences(out).filter((q) => !OWN.test(q))).toEqual([]);
    expect(out).not.toMatch(BANNED);
    expect(out).not.toMatch(/PWNED|UFdORUQ/);
    expect(out).not.toContain('\x1b[2J');
  });

  it('uses no colour under NO_COLOR, in the reader and in `papers show`', async () => {
    const s = open({ NO_COLOR: '1' });
    s.startRaw();
    await s.waitFor((x) => x.includes('14 unread'));
    s.keys('Enter');
    await s.waitFor((x) => x.includes('Summary'));
    s.keys('q');
    await s.waitFor((x) => x.includes('[exit 0]'));
    const colour = /^\x1b\[(?:[0-9;]*;)?(?:3\d|4\d|9[0-7]|10[0-7])(?:;[0-9;]*)?m$/;
    expect(sequences(s.output()).filter((q) => colour.test(q))).toEqual([]);

    const show = execFileSync(
      'script',
      ['-qfec', `exec node ${shellQuote(BIN)} show ${FIRST_SAMPLE_ID}`, '/dev/null'],
      { env: { ...process.env, PAPERS_HOME: s.home, NO_COLOR: '1', TERM: 'xterm-256color' } },
    ).toString('utf8');
    expect(show).toContain('Abstract');
    expect(sequences(show)).toEqual([]);
  });

  /** The reader with one paper just marked and the state lock held, so the mark is pending. */
  async function markPending() {
    const t = tempHome();
    cleanup = t.cleanup;
    // A crash the test can trigger: SIGURG (ignored by default) throws from the event loop.
    const crash = path.join(t.home, 'crash.mjs');
    writeFileSync(
      crash,
      "process.on('SIGURG', () => setImmediate(() => { throw new Error('boom'); }));\n",
    );
    const s = (session = new RawSession(t.home, { NODE_OPTIONS: `--import=${crash}` }));
    s.startRaw();
    await s.waitFor((x) => x.includes('14 unread'));
    const data = path.join(s.home, 'data');
    const lock = path.join(data, 'state.json.lock');
    mkdirSync(lock, { recursive: true });
    s.keys('m');
    await s.waitFor((x) => x.includes('13 unread'));
    return { s, data, pid: await s.pid(), release: () => rmdirSync(lock) };
  }

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
    ['an uncaught error', 70],
  ] as const)(
    'after %s: screen, cursor and tty mode restored, the last mark on disk, exit %i',
    async (how, code) => {
      const { s, data, pid, release } = await markPending();
      expect(s.stty()).toMatch(/ -icanon\b/);
      expect(s.display('#{cursor_flag}')).toBe('0');
      process.kill(pid, how.startsWith('SIG') ? how : 'SIGURG');
      // The screen comes back at once; the process waits for its write.
      await vi.waitFor(() => expect(s.display('#{alternate_on}')).toBe('0'));
      expect(readIds(data)).toEqual([]);
      release();
      const screen = await s.waitFor((x) => x.includes(`[exit ${code}]`));
      if (code === 70) expect(screen).toContain('papers: internal error: boom');
      expect(readIds(data)).toEqual([FIRST_SAMPLE_ID]);
      expect(s.display('#{cursor_flag}')).toBe('1');
      const tty = s.stty();
      expect(tty).toMatch(/(?<!-)\bicanon\b/);
      expect(tty).toMatch(/(?<!-)\becho\b/);
      const out = s.output();
      expect(out.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(out.lastIndexOf('\x1b[?1049h'));
    },
  );

  it('when the terminal goes away (tmux killed), the pending mark still reaches the disk', async () => {
    const { s, data, pid, release } = await markPending();
    s.stop();
    // Gone from the terminal's side, still finishing its write: a zombie or gone once done.
    const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2];
    expect(state()).not.toBe('Z');
    expect(readIds(data)).toEqual([]);
    release();
    await vi.waitFor(() => expect(readIds(data)).toEqual([FIRST_SAMPLE_ID]), { timeout: 5000 });
    await vi.waitFor(() => expect(existsSync(`/proc/${pid}`) ? state() : 'gone').toMatch(/Z|gone/));
  });

  it('with stdin not a terminal (or under CI) prints the list instead of drawing', async () => {
    for (const [env, redirect] of [
      [{}, '</dev/null'],
      [{ CI: 'true' }, ''],
    ] as const) {
      const s = open(env);
      s.startRaw([], redirect);
      const screen = await s.waitFor((x) => x.includes('[exit 0]'));
      expect(screen).toContain('2026-11-24 · 14 papers · 14 unread');
      expect(screen).not.toMatch(/raw mode/i);
      expect(s.output()).not.toContain('\x1b[?1049h');
      s.stop();
      cleanup?.();
    }
  });

  // FORCE_COLOR=1 asks for colour even when piped (issue 17); without it, piped is plain.
  it('with stdout not a terminal writes plain text without any escape code', async () => {
    const s = open({});
    const out = path.join(s.home, 'out.txt');
    s.startRaw(['--sample'], `> ${shellQuote(out)}`);
    await s.waitFor((x) => x.includes('[exit 0]'));
    const list = readFileSync(out, 'utf8');
    expect(list).toContain('14 papers');
    const show = execFileSync('node', [BIN, 'show', FIRST_SAMPLE_ID], {
      env: { ...withoutForceColor(), PAPERS_HOME: s.home, TERM: 'xterm-256color' },
    }).toString('utf8');
    expect(show).toContain('## Abstract');
    expect(list + show).not.toContain(E);
    const forced = execFileSync('node', [BIN, 'show', FIRST_SAMPLE_ID], {
      env: { ...process.env, PAPERS_HOME: s.home, FORCE_COLOR: '1', TERM: 'xterm-256color' },
    }).toString('utf8');
    expect(forced).toContain(E);
  });
});
