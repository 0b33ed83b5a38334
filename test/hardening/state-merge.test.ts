// Read/star state written by several writers: every write is a locked read-merge-write, and a
// state file damaged behind our back is set aside, never silently reset or fatal.
import fs, { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StateStore } from '../../src/library/state-store.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();
afterEach(() => {
  vi.restoreAllMocks();
});

const ids = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `2501.${String(from + i).padStart(5, '0')}`);
const onDisk = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as Record<string, object>;

describe('writers at once', () => {
  it('three stores marking 100 papers each, interleaved, end with all 300 marked', async () => {
    const dir = tmp();
    const stores = [new StateStore(dir), new StateStore(dir), new StateStore(dir)];
    const runs = stores.map(async (s, k) => {
      for (const id of ids(k * 1000, 100)) await s.set('read', [id], true);
    });
    await Promise.all(runs);
    expect(Object.keys(onDisk(dir).read!)).toHaveLength(300);
  });

  it('a first write never overwrites a file another writer created meanwhile', async () => {
    const dir = tmp();
    const late = new StateStore(dir);
    const early = new StateStore(dir);
    await early.set('starred', ['1111.11111'], true);
    // `late` looked before `early` wrote: the file did not exist yet when it checked.
    const file = path.join(dir, 'state.json');
    const exists = fs.existsSync;
    vi.spyOn(fs, 'existsSync').mockImplementation((p) => (p === file ? false : exists(p)));
    await late.set('read', ['2222.22222'], true);
    expect(onDisk(dir)).toMatchObject({
      read: { '2222.22222': expect.any(Number) },
      starred: { '1111.11111': expect.any(Number) },
    });
  });
});

describe('a state file damaged after start', () => {
  it.each([
    ['broken JSON', '{"read": {"2405.1": 1'],
    ['null', 'null'],
    ['a list', '[]'],
  ])('%s is moved aside with a warning and the mark is written', async (_k, text) => {
    const dir = tmp();
    const warnings: string[] = [];
    const s = new StateStore(dir, (m) => warnings.push(m));
    writeFileSync(path.join(dir, 'state.json'), text);
    await s.set('read', ['3333.33333'], true);
    expect(Object.keys(onDisk(dir).read!)).toEqual(['3333.33333']);
    const aside = readdirSync(dir).filter((n) => n.startsWith('state.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(text);
    expect(warnings).toEqual([expect.stringContaining(aside[0]!)]);
  });

  it('a wrong-typed field is repaired on disk under the lock, keeping the valid marks', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'state.json'),
      JSON.stringify({ read: { '2405.1': 5 }, starred: 'oops' }),
    );
    const warnings: string[] = [];
    const s = new StateStore(dir, (m) => warnings.push(m));
    await s.flush();
    expect(onDisk(dir)).toEqual({ read: { '2405.1': 5 }, starred: {} });
    expect(readdirSync(dir).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    // The repaired file starts cleanly.
    const again: string[] = [];
    new StateStore(dir, (m) => again.push(m));
    expect(again).toEqual([]);
  });

  it('a file that cannot be moved aside is ignored with a warning instead of stopping the app', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'state.json'), '{');
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    const warnings: string[] = [];
    const s = new StateStore(dir, (m) => warnings.push(m));
    expect(s.ids('read')).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/could not move it aside .*read-only/)]);
  });
});
