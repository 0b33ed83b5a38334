// The search index, end to end with the binary: a manifest holding escape sequences never
// reaches the terminal, and a cache the user cannot write (day files newer than the index)
// is searched without writing anything.
import { execFile } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { BIN, tempHome } from './tmux.js';

const exec = promisify(execFile);
const isRoot = process.getuid?.() === 0;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Runs the binary; as another user (nobody) when `asOther`, which root needs to meet EACCES. */
async function papers(home: string, args: string[], asOther = false) {
  const env = { PATH: process.env.PATH ?? '', PAPERS_HOME: home, PAPERS_OFFLINE: '1', HOME: home };
  const [cmd, pre] =
    asOther && isRoot
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'node']]
      : ['node', []];
  try {
    const r = await exec(cmd, [...pre, BIN, ...args], { env });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (x) {
    const r = x as { code: number; stdout: string; stderr: string };
    return { code: r.code, out: r.stdout, err: r.stderr };
  }
}

async function library(days: string[]) {
  const t = tempHome();
  cleanups.push(t.cleanup);
  chmodSync(t.home, 0o755);
  const files = days.map((d) => path.join(sharedFixtures, 'hf-days-2025q4', `${d}.json`));
  expect((await papers(t.home, ['import', ...files])).code).toBe(0);
  return t.home;
}

describe('the index manifest is untrusted', () => {
  it('a day total and source holding an OSC title sequence never reach the terminal', async () => {
    const home = await library(['2025-10-01', '2025-10-02']);
    const file = path.join(home, 'cache', 'index', 'manifest.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    m.days['2025-10-01'].total = '\x1b]0;PWN\x07';
    m.days['2025-10-01'].sources = ['\x1b]0;PWN\x07'];
    writeFileSync(file, JSON.stringify(m));
    const got = await papers(home, ['days']);
    expect(got.code).toBe(0);
    expect(got.out + got.err).not.toMatch(/\x1b|\x07/);
    expect(got.out).toMatch(/2025-10-01\s+37\s+37\s+0\s+hf-api/);
    expect(got.err.split('\n').filter((l) => l.includes('warning'))).toHaveLength(1);
  });
});

describe('a cache that cannot be written', () => {
  it('days and search work from day files newer than the index, and nothing is written', async () => {
    const home = await library(['2025-10-01', '2025-10-02']);
    const later = await library(['2025-10-03']);
    const day = path.join(home, 'cache', 'days', '2025-10-03.json');
    writeFileSync(day, readFileSync(path.join(later, 'cache', 'days', '2025-10-03.json')));
    const future = new Date(Date.now() + 60_000);
    utimesSync(day, future, future);
    const index = path.join(home, 'cache', 'index');
    const before = readdirSync(index).sort();
    if (!isRoot) for (const d of [index, path.join(home, 'cache', 'days')]) chmodSync(d, 0o555);
    try {
      const days = await papers(home, ['days'], true);
      expect(days.code, days.err).toBe(0);
      expect(days.out).toMatch(/2025-10-03\s+39/);
      const search = await papers(home, ['search', 'model', '--json'], true);
      expect(search.code, search.err).toBe(0);
      const dates = (JSON.parse(search.out) as { date: string }[]).map((h) => h.date);
      expect(dates).toContain('2025-10-03');
      expect(readdirSync(index).sort()).toEqual(before);
    } finally {
      if (!isRoot) for (const d of [index, path.join(home, 'cache', 'days')]) chmodSync(d, 0o755);
    }
  });
});
