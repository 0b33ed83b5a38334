// Odd things where our files should be, end to end with the binary: a folder, a symlink loop
// or a FIFO in place of a day file, the index manifest, a segment, the state or the config,
// and a device or a FIFO as an import path. Nothing hangs (each run is killed after 30 s, which
// fails the test), nothing crashes, and each odd file gets one line naming it.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { BIN, tempHome } from './tmux.js';

const exec = promisify(execFile);
const HANG = 30_000;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function papers(h: string, args: string[]) {
  const env = { PATH: process.env.PATH ?? '', PAPERS_HOME: h, PAPERS_OFFLINE: '1' };
  try {
    const r = await exec('node', [BIN, ...args], { env, timeout: HANG, killSignal: 'SIGKILL' });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (x) {
    const r = x as { code: number | null; killed?: boolean; stdout: string; stderr: string };
    return { code: r.killed ? -1 : (r.code ?? -1), out: r.stdout, err: r.stderr };
  }
}

const mkfifo = (file: string) => exec('mkfifo', [file]);

/** A home with two imported days and an index. */
async function library() {
  const t = tempHome();
  cleanups.push(t.cleanup);
  const days = path.join(t.home, 'cache', 'days');
  const index = path.join(t.home, 'cache', 'index');
  for (const d of ['2025-10-01', '2025-10-02']) {
    const got = await papers(t.home, [
      'import',
      path.join(sharedFixtures, 'hf-days-2025q4', `${d}.json`),
    ]);
    expect(got.code).toBe(0);
  }
  expect((await papers(t.home, ['search', 'model'])).code).toBe(0);
  const file = (dir: string, ext: string) =>
    path.join(
      dir,
      readdirSync(dir).find((n) => n.endsWith(ext))!,
    );
  return { home: t.home, days, index, file };
}

/** The warning lines of a run (other stderr lines are progress and hints). */
const warnings = (err: string) => err.split('\n').filter((l) => l.includes('warning'));

/** An id of the library's first day. */
function someId(): string {
  const items = JSON.parse(
    readFileSync(path.join(sharedFixtures, 'hf-days-2025q4', '2025-10-01.json'), 'utf8'),
  ) as { paper: { id: string } }[];
  return items[0]!.paper.id;
}

describe('odd files in the cache and config', () => {
  it(
    'a folder, a symlink loop and a FIFO as day files: one line each, the other days listed',
    { timeout: 4 * HANG },
    async () => {
      const lib = await library();
      mkdirSync(path.join(lib.days, '2025-11-01.json'));
      symlinkSync('2025-11-03.json', path.join(lib.days, '2025-11-02.json'));
      symlinkSync('2025-11-02.json', path.join(lib.days, '2025-11-03.json'));
      await mkfifo(path.join(lib.days, '2025-11-04.json'));
      const first = await papers(lib.home, ['days']);
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/2025-10-01\s+37/);
      expect(first.err).toMatch(/2025-11-01.json is a folder/);
      expect(first.err).toMatch(/2025-11-0[23].json is a symlink loop/);
      expect(first.err).toMatch(/2025-11-04.json is a FIFO/);
      expect(first.err).not.toMatch(/internal error|EISDIR|ELOOP/);
      const again = await papers(lib.home, ['search', 'model']);
      expect(again.code).toBe(0);
    },
  );

  it.each([
    ['the manifest', (l: Lib) => path.join(l.index, 'manifest.json')],
    ['a segment', (l: Lib) => l.file(l.index, '.seg')],
    ['a record file', (l: Lib) => l.file(l.index, '.rec')],
  ])('a FIFO as %s: the search rebuilds and answers', { timeout: 4 * HANG }, async (_, which) => {
    const lib = await library();
    const file = which(lib);
    unlinkSync(file);
    await mkfifo(file);
    const got = await papers(lib.home, ['search', 'model']);
    expect(got.code).toBe(0);
    expect(got.out).toMatch(/2025-10-0[12]/);
    expect(warnings(got.err)).toHaveLength(1);
  });

  it.each([
    ['data', 'state.json'],
    ['config', 'config.json'],
  ])(
    'a FIFO as %s/%s is set aside and marks still work',
    { timeout: 4 * HANG },
    async (dir, name) => {
      const lib = await library();
      mkdirSync(path.join(lib.home, dir), { recursive: true });
      await mkfifo(path.join(lib.home, dir, name));
      const got = await papers(lib.home, ['mark', someId()]);
      expect(got.code, got.err).toBe(0);
      expect(got.err).toMatch(new RegExp(`${name} was a FIFO, not a file; moved it to`));
      expect((await papers(lib.home, ['list', '--all', '--json'])).code).toBe(0);
    },
  );
});

type Lib = Awaited<ReturnType<typeof library>>;

describe('odd import paths', () => {
  it('/dev/zero stops at the size cap', { timeout: 2 * HANG }, async () => {
    const t = tempHome();
    cleanups.push(t.cleanup);
    const got = await papers(t.home, ['import', '/dev/zero']);
    expect(got.code).toBe(1);
    expect(got.err).toMatch(/\/dev\/zero: larger than 64 MB/);
  });

  it('a FIFO nobody writes to is an empty file, not a wait', { timeout: 2 * HANG }, async () => {
    const t = tempHome();
    cleanups.push(t.cleanup);
    const fifo = path.join(t.home, 'digest.json');
    await mkfifo(fifo);
    const got = await papers(t.home, ['import', fifo]);
    expect(got.code).toBe(1);
    expect(got.err).toMatch(/digest.json: the file is empty/);
  });

  it('a symlink loop is named as one', { timeout: 2 * HANG }, async () => {
    const t = tempHome();
    cleanups.push(t.cleanup);
    symlinkSync('b', path.join(t.home, 'a'));
    symlinkSync('a', path.join(t.home, 'b'));
    const got = await papers(t.home, ['import', path.join(t.home, 'a')]);
    expect(got.err).toMatch(/a: is a symlink loop, not a file/);
  });
});
