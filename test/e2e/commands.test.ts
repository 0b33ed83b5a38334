import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { papers } from './cli.js';
import { BIN, shellQuote, tempHome } from './tmux.js';

let env: Record<string, string>;

/** A terminal's colour decision must come from papers, not from the test runner's env. */
function withoutColorOverrides(e: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...rest } = e;
  return rest;
}
let cleanup: () => void;
beforeEach(() => {
  const t = tempHome();
  env = { PAPERS_HOME: t.home };
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

describe('the papers command line', () => {
  it('--help lists every command and exits 0; --version prints the version', async () => {
    const help = await papers(['--help'], env);
    expect(help.code).toBe(0);
    for (const c of [
      'list',
      'show',
      'mark',
      'star',
      'sync',
      'import',
      'summarize',
      'days',
      'search',
      'export',
      'config',
    ]) {
      expect(help.stdout).toContain(`papers ${c}`);
    }
    const version = await papers(['--version'], env);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('unknown commands, options, bad dates and clashing options fail with one line and exit code 2', async () => {
    for (const args of [
      ['frobnicate'],
      ['list', '--frob'],
      ['list', '--date', '2024-02-30'],
      // Every day and one day at once: neither is silently picked.
      ['search', 'agent', '--all', '--date', '2025-12-02'],
    ]) {
      const r = await papers(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^papers: /);
    }
  });

  it('piped, `papers` prints the day as plain text with no escape codes, even with stdin closed', async () => {
    const r = await papers(['--sample'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-11-24 · 14 papers · 14 unread · sample data');
    expect(r.stdout.split('\n').filter((l) => /^\* /.test(l))).toHaveLength(14);
    expect(r.stdout).not.toMatch(/\x1b/);
  });

  it('--color always / FORCE_COLOR colour piped output; --color never and NO_COLOR do not', async () => {
    const sgr = /\x1b\[[0-9;]*m/;
    const show = (args: string[], e: Record<string, string> = {}) =>
      papers(['show', '2611.05277', ...args], { ...env, ...e });
    expect((await show(['--color', 'always'], { NO_COLOR: '1' })).stdout).toMatch(sgr);
    expect((await show([], { FORCE_COLOR: '1' })).stdout).toMatch(sgr);
    expect((await show(['--color', 'never'], { FORCE_COLOR: '1' })).stdout).not.toMatch(sgr);
    expect((await show([], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(sgr);
    expect((await papers(['list', '--color', 'sometimes'], env)).code).toBe(2);
  });

  it('with nothing cached, piped and --json output hold no sample paper: empty, a hint, exit 4', async () => {
    for (const args of [[], ['list'], ['list', '--json'], ['list', '--all', '--json']]) {
      const r = await papers(args, env);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.stdout.trim()).toBe(args.includes('--json') ? '[]' : '');
      expect(r.stderr).toMatch(/nothing cached yet: run `papers sync`/);
    }
  });

  it('list --json gives the documented fields; mark and show agree with it', async () => {
    const list = JSON.parse((await papers(['list', '--json', '--sample'], env)).stdout) as Record<
      string,
      unknown
    >[];
    expect(list).toHaveLength(14);
    for (const key of [
      'id',
      'title',
      'authors',
      'date',
      'publishedAt',
      'abstract',
      'summary',
      'takeaways',
      'upvotes',
      'links',
      'read',
      'starred',
      'sources',
    ]) {
      expect(list[0], key).toHaveProperty(key);
    }
    const id = list[2]!.id as string;
    const mark = await papers(['mark', id], env);
    expect(mark.code, mark.stderr).toBe(0);
    const shown = JSON.parse((await papers(['show', id, '--json'], env)).stdout) as {
      read: boolean;
    };
    expect(shown.read).toBe(true);
    const unread = JSON.parse(
      (await papers(['list', '--unread', '--json', '--sample'], env)).stdout,
    ) as unknown[];
    expect(unread).toHaveLength(13);
    await papers(['mark', id, '--unread'], env);
    expect(
      JSON.parse((await papers(['list', '--unread', '--json', '--sample'], env)).stdout),
    ).toHaveLength(14);
  });

  it('show prints Markdown when piped and names a missing id', async () => {
    const md = await papers(['show', '2611.05277'], env);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('## Key takeaways');
    const missing = await papers(['show', '9999.99999'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('9999.99999');
  });

  it('config set rejects invalid values with a message and keeps valid ones', async () => {
    const bad = await papers(['config', 'set', 'sort', 'random'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected one of');
    expect((await papers(['config', 'set', 'sort', 'upvotes'], env)).code).toBe(0);
    expect((await papers(['config', 'get', 'sort'], env)).stdout.trim()).toBe('upvotes');
    const list = JSON.parse((await papers(['list', '--json', '--sample'], env)).stdout) as {
      upvotes: number;
    }[];
    const votes = list.map((p) => p.upvotes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
  });

  it('config knows only its own settings, not names every object has', async () => {
    for (const key of ['toString', 'constructor', '__proto__', 'keymap.toString']) {
      const got = await papers(['config', 'get', key], env);
      expect(got.stdout, key).not.toContain('function');
      const set = await papers(['config', 'set', key, 'x'], env);
      expect(set.code, key).toBe(2);
      expect(set.stderr, key).toMatch(/unknown (setting|command)/);
    }
    expect((await papers(['config', 'get', 'toString'], env)).code).toBe(2);
  });

  it('theme mono turns colour off on a terminal, where it is otherwise on', async () => {
    const onPty = (home: string) =>
      execFileSync(
        'script',
        ['-qfec', `stty cols 100; node ${shellQuote(BIN)} show 2611.05277`, '/dev/null'],
        {
          env: withoutColorOverrides({ ...process.env, PAPERS_HOME: home, TERM: 'xterm-256color' }),
          encoding: 'utf8',
        },
      );
    expect(onPty(env.PAPERS_HOME!)).toMatch(/\x1b\[[0-9;]*m/);
    expect((await papers(['config', 'set', 'theme', 'mono'], env)).code).toBe(0);
    expect(onPty(env.PAPERS_HOME!)).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});

describe('papers import - (standard input)', () => {
  it('an endless pipe ends with a one-line error naming the cap, exit 1, and nothing written', () => {
    const r = spawnSync(
      'sh',
      ['-c', `cat /dev/zero | node ${shellQuote(BIN)} import -; echo "exit $?"`],
      { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('exit 1');
    expect(r.stderr).toContain('stdin: larger than 64 MB');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    const days = execFileSync('node', [BIN, 'days', '--json'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(JSON.parse(days)).toEqual([]);
  });
});
