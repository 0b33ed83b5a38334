// `npm run bench -- --only search`: search across every cached day (issue 18), at 20k and 100k
// papers. COLD: each query is the first search of a fresh process (the index opened and warmed
// up as the reader's search screen does, then the one query timed), so V8 has not met its
// shape yet. WARM: every query again and again in one process. Both against the same p95 target.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { makeVocab, sampleQueries } from './synth.js';

/** What a reader types: sampleQueries plus typos, names, several words, hyphen variants. */
export function searchQueries(vocab = makeVocab()) {
  const last = vocab.last[3].toLowerCase();
  return [
    ...sampleQueries(vocab),
    'lanuage modl',
    'multimodal',
    'au:wei',
    `au:wei ${last}`,
    'model',
    'visoin',
    'gpt-4',
    'gpt 4',
    'gpt4',
    'chain of thought',
    'chain-of-thought',
    'large language model',
    'text-to-image diffusion',
    'text to image',
    'sim-to-real',
    'self supervised representation',
  ];
}

/** A fresh process: opens the index, warms it up as the reader does, times one query. */
const coldCode = (entry, cacheDir, query) => `
  const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
  const dir = ${JSON.stringify(cacheDir)};
  const t0 = performance.now();
  const index = await m.LibraryIndex.open(dir, new m.DiskDayStore(dir));
  await index.warmUp();
  const t1 = performance.now();
  const hits = await index.search(${JSON.stringify(query)}, { limit: 200 });
  const t2 = performance.now();
  console.log(JSON.stringify({ open: t1 - t0, search: t2 - t1, hits: hits.length }));`;

function cold(entry, cacheDir, query) {
  const out = execFileSync(
    'node',
    ['--input-type=module', '-e', coldCode(entry, cacheDir, query)],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** The slowest queries of a run, for the log (what to profile next). */
function slowest(times, queries, n = 4) {
  return times
    .map((t, i) => [t, queries[i % queries.length]])
    .sort((a, b) => b[0] - a[0])
    .slice(0, n)
    .map(([t, q]) => `${q} ${t.toFixed(0)}`)
    .join(', ');
}

/**
 * For each {label, cacheDir, target}: the first open (a build when the index is missing or
 * older), COLD rows (one fresh process per query) and WARM rows (repeats in this process).
 */
export async function searchBench(m, entry, sizes, row, quick) {
  const queries = searchQueries();
  for (const { label, cacheDir, target } of sizes) {
    console.error(`search across days (${label}): index…`);
    const t0 = performance.now();
    const index = await m.LibraryIndex.open(cacheDir, new m.DiskDayStore(cacheDir));
    row('index: first open (build from day files)', label, [performance.now() - t0], 'ms', '-');

    console.error(`search across days (${label}): cold, a process a query…`);
    const runs = queries.map((q) => cold(entry, cacheDir, q));
    row(
      '  index: open + warm-up, fresh process',
      label,
      runs.map((r) => r.open),
      'ms',
      '-',
    );
    const coldTimes = runs.map((r) => r.search);
    console.error(`    slowest cold: ${slowest(coldTimes, queries)}`);
    row(
      'search all days, COLD (1st query of a process)',
      label,
      coldTimes,
      'ms',
      `p95 ≤ ${target}`,
      (x) => x.p95 <= target,
    );

    console.error(`search across days (${label}): warm…`);
    await index.warmUp();
    for (const q of queries) await index.search(q, { limit: 200 });
    const warm = [];
    for (let rep = 0; rep < (quick ? 2 : 5); rep++)
      for (const q of queries) {
        const t = performance.now();
        await index.search(q, { limit: 200 });
        warm.push(performance.now() - t);
      }
    console.error(`    slowest warm: ${slowest(warm, queries)}`);
    row(
      'search all days, WARM (repeated, one process)',
      label,
      warm,
      'ms',
      `p95 ≤ ${target}`,
      (x) => x.p95 <= target,
    );
  }
}
