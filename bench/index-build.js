// Issue 18: how long the search index takes to build from the day files (a cache with no
// index/ folder, as after an upgrade or a deleted index) and to take in one more day. Each
// run is a fresh `node` process, as a user's `papers search` is: cold code, cold caches of
// ours, warm page cache.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCache } from './data.js';

const RUNS = 3;

/** Runs `body` (an async module body that prints one number) in a fresh process. */
function inChild(entry, body) {
  const code = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const { performance } = await import('node:perf_hooks');
    ${body}`;
  const out = execFileSync('node', ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return Number(out.trim().split('\n').at(-1));
}

/** Milliseconds of a full build: LibraryIndex.open over day files with no index. */
function fullBuild(entry, cacheDir) {
  rmSync(path.join(cacheDir, 'index'), { recursive: true, force: true });
  const dir = JSON.stringify(cacheDir);
  return inChild(
    entry,
    `const t0 = performance.now();
    await m.LibraryIndex.open(${dir}, new m.DiskDayStore(${dir}));
    console.log(performance.now() - t0);`,
  );
}

/** Milliseconds the index takes in one new 200-paper day, written after it was opened. */
function oneDay(entry, cacheDir, date) {
  const dir = JSON.stringify(cacheDir);
  return inChild(
    entry,
    `const { dayOf } = await import(${JSON.stringify(new URL('./data.js', import.meta.url).href)});
    const store = new m.DiskDayStore(${dir});
    const index = await m.LibraryIndex.open(${dir}, store);
    const day = dayOf(200, ${JSON.stringify(date)});
    await store.writeDay(day);
    const t0 = performance.now();
    await index.updateDay(day);
    console.log(performance.now() - t0);`,
  );
}

/** Adds the index-build rows: full builds at 20k and 100k, one day into 100k. */
export function indexBuild(entry, row, temps) {
  const runs = (f) => Array.from({ length: RUNS }, f);
  for (const [total, label, target] of [
    [20_000, '20k', 1000],
    [100_000, '100k', 5000],
  ]) {
    console.error(`index build (${label})…`);
    const cache = writeCache(total, { perDay: 200 });
    temps.push(cache.home);
    row(
      'index: full build from day files',
      label,
      runs(() => fullBuild(entry, cache.cacheDir)),
      'ms',
      `≤ ${target}`,
      (x) => x.median <= target,
    );
    if (total < 100_000) continue;
    // The cache's newest day is 2026-11-24: each run adds the next one.
    row(
      'index: update after one 200-paper day',
      label,
      runs((_, i) => oneDay(entry, cache.cacheDir, `2026-11-${25 + i}`)),
      'ms',
      '≤ 100',
      (x) => x.median <= 100,
    );
  }
}
