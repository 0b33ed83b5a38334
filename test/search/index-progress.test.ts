// Issue 17: a rebuild of the search index says how far it has come, and always says when it
// ended, so neither the reader's status bar nor the CLI's line stays up.
import { describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { onIndexProgress, progressReporter } from '../../src/search/disk/index-progress.js';
import { LibraryIndex } from '../../src/search/disk/library-index.js';
import { showIndexProgress } from '../../src/cli/index-status.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

async function cacheWith(days: number) {
  const dir = tmp();
  const store = new DiskDayStore(dir, () => {});
  for (let i = 0; i < days; i++)
    await store.writeDay(day(`2026-10-${String(i + 1).padStart(2, '0')}`, [paper(i + 1)]));
  return { dir, store };
}

describe('index build progress', () => {
  it('opening an index over unindexed days reports 0 of N first and N of N last, never going back', async () => {
    const { dir, store } = await cacheWith(12);
    const seen: [number, number][] = [];
    const off = onIndexProgress(dir, (done, total) => seen.push([done, total]));
    await LibraryIndex.open(dir, store);
    off();
    expect(seen[0]).toEqual([0, 12]);
    expect(seen.at(-1)).toEqual([12, 12]);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    // Only the end says done: a status line comes down exactly once.
    expect(seen.filter(([d, t]) => d === t)).toHaveLength(1);
  });

  it('an index already up to date reports nothing, and another cache folder is not heard', async () => {
    const { dir, store } = await cacheWith(3);
    await LibraryIndex.open(dir, store);
    const other = await cacheWith(2);
    const seen: number[] = [];
    const off = onIndexProgress(dir, (done) => seen.push(done));
    await LibraryIndex.open(dir, store);
    await LibraryIndex.open(other.dir, other.store);
    off();
    expect(seen).toEqual([]);
  });

  it('a listener that unsubscribed hears nothing more', () => {
    const seen: number[] = [];
    const off = onIndexProgress('/nowhere', (d) => seen.push(d));
    const report = progressReporter('/nowhere', 5);
    report(0);
    off();
    report(5);
    expect(seen).toEqual([0]);
  });

  it('updates in between are thinned to one per 100 ms; the start and the end always pass', () => {
    let t = 0;
    const seen: number[] = [];
    const off = onIndexProgress('/thin', (d) => seen.push(d));
    const report = progressReporter('/thin', 500, () => t);
    for (let i = 0; i <= 500; i++) {
      report(i);
      t += 5; // 5 ms a day: 2.5 s in all
    }
    off();
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(500);
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.length).toBeLessThan(30);
  });
});

describe('the CLI status line for an index rebuild', () => {
  function line() {
    let t = 0;
    const written: string[] = [];
    const off = showIndexProgress('/cli', { write: (c) => written.push(c), columns: 80 }, () => t);
    return { written, off, at: (ms: number) => (t = ms) };
  }

  it('a rebuild that ends within 250 ms draws nothing (one-day updates of a sync stay silent)', () => {
    const { written, off, at } = line();
    const report = progressReporter('/cli', 3, () => 0);
    report(0);
    at(100);
    report(2);
    report(3);
    off();
    expect(written).toEqual([]);
  });

  it('a long rebuild draws "indexing the library … N of M days" in place and clears it at the end', () => {
    const { written, off, at } = line();
    let now = 0;
    const report = progressReporter('/cli', 200, () => now);
    report(0);
    at((now = 300));
    report(60);
    at((now = 600));
    report(200);
    off();
    const drawn = written.join('');
    expect(drawn).toContain('indexing the library for search');
    expect(drawn).toContain('60 of 200 days');
    // Rewritten with \r and cleared: nothing is left on the line afterwards.
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('without a terminal (no status line) nothing is subscribed or written', () => {
    const seen: number[] = [];
    const off = showIndexProgress('/none', undefined);
    const off2 = onIndexProgress('/none', (d) => seen.push(d));
    progressReporter('/none', 2)(0);
    off();
    off2();
    expect(seen).toEqual([0]);
  });
});
