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

/**
 * Runs `body` (an async module body that prints one number) in a fresh process; with `cpu`,
 * also the process's CPU time (every thread's) since before the body ran: on a loaded
 * machine it varies less than the wall time and shows what the workers cost.
 */
function inChild(entry, body, cpu) {
  const code = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const { performance } = await import('node:perf_hooks');
    const c0 = process.cpuUsage();
    ${body}
    const c = process.cpuUsage(c0);
    console.log((c.user + c.system) / 1000);`;
  const out = execFileSync('node', ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const [ms, cpuMs] = out.trim().split('\n').slice(-2).map(Number);
  cpu?.push(cpuMs);
  return ms;
}

/** Milliseconds of a full build: LibraryIndex.open over day files with no index. */
function fullBuild(entry, cacheDir, cpu) {
  rmSync(path.join(cacheDir, 'index'), { recursive: true, force: true });
  const dir = JSON.stringify(cacheDir);
  return inChild(
    entry,
    `const t0 = performance.now();
    await m.LibraryIndex.open(${dir}, new m.DiskDayStore(${dir}));
    console.log(performance.now() - t0);`,
    cpu,
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
    const cpu = [];
    row(
      'index: full build from day files',
      label,
      runs(() => fullBuild(entry, cache.cacheDir, cpu)),
      'ms',
      `≤ ${target}`,
      (x) => x.median <= target,
    );
    row('  CPU time of that build (all threads)', label, cpu, 'ms', '-');
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
