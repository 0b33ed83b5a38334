import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

export const BIN = path.join(repoRoot, 'bin', 'papers.js');

/** Runs the built `papers` binary in a real terminal (tmux) and reads its screen. */
export class TmuxSession {
  readonly socket = `papers-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  readonly name = 'papers';

  constructor(
    readonly home: string,
    readonly env: Record<string, string> = {},
  ) {}

  private tmux(...args: string[]): string {
    // stderr is kept with the error (a session that already ended is not worth a line).
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  start(args: string[] = [], size = { columns: 100, rows: 30 }): void {
    const env = {
      PAPERS_HOME: this.home,
      PAPERS_API_BASE: 'http://127.0.0.1:9',
      PAPERS_OFFLINE: '1',
      TERM: 'xterm-256color',
      ...this.env,
    };
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const command = `env ${assignments.join(' ')} node ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 30`;
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(size.columns),
      '-y',
      String(size.rows),
      command,
    );
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Types literal text (no key-name lookup). */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows));
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  async waitFor(check: (screen: string) => boolean, timeout = 10_000): Promise<string> {
    await vi.waitFor(
      () => {
        const s = this.screen();
        expect(check(s), `screen was:\n${s}`).toBe(true);
      },
      { timeout, interval: 50 },
    );
    return this.screen();
  }

  /** Ends the session and waits (up to 10 s) for the reader to finish exiting: it saves its
   *  resume point and code cache as it goes, and a home removed meanwhile gets them back. */
  stop(): void {
    let pid: number | undefined;
    try {
      pid = Number(this.tmux('display-message', '-p', '-t', this.name, '#{pane_pid}').trim());
    } catch {
      // no session: nothing to wait for
    }
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    for (let waited = 0; pid && waited < 10_000 && alive(pid); waited += 50) sleepSync(50);
  }
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function tempHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'papers-e2e-'));
  return {
    home,
    // A process of the test still finishing its exit may write a file after rmSync listed a
    // folder (its own retries only repeat the rmdir): remove the whole tree again a few times.
    cleanup: () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return rmSync(home, { recursive: true, force: true });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (attempt >= 50 || (code !== 'ENOTEMPTY' && code !== 'EBUSY')) throw err;
          sleepSync(100);
        }
      }
    },
  };
}
