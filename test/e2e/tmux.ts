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
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
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

  stop(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function tempHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'papers-e2e-'));
  // A reader killed with its terminal may still be saving (resume, state) while the home is
  // removed; rmSync retries ENOTEMPTY/EBUSY instead of failing the test on that race.
  return {
    home,
    cleanup: () => rmSync(home, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }),
  };
}
