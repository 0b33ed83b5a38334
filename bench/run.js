// `npm run bench`: the issue 8 figures on synthetic caches. Builds its own bundles (the bare
// Ink baseline and the app pieces) with the CLI's esbuild settings, then prints a table and
// writes bench/results.json. `--quick` runs fewer samples; `--only keys,startup` runs just those
// parts (quality, keys, import, search, startup, memory, triage) and leaves results.json alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/esbuild-options.js';
import { tempDir, writeCache, writeHfFiles } from './data.js';
import { triageBench } from './triage.js';
import { filterKeys, moveKeys } from './keys.js';
import { measureStartup } from './startup.js';
import { quality } from './quality.js';
import { readerMemory } from './memory.js';
import { printTable, summarize } from './stats.js';
import { searchBench } from './search.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 12;
delete process.env.CI; // Ink draws only the last frame when it thinks it runs in CI
const env = { ...process.env, PAPERS_OFFLINE: '1' };
const temps = [];
const rows = [];
const row = (figure, size, samples, unit, target, met) => {
  const s = Array.isArray(samples) ? summarize(samples) : { median: samples, p95: undefined };
  rows.push({ figure, size, ...s, unit, target, met: met?.(s) });
  console.error(`  ${figure} ${size}: median ${s.median?.toFixed(1)} ${unit}`);
  return s;
};

async function bundle(entry) {
  const outdir = tempDir('bundle');
  temps.push(outdir);
  await build({
    ...bundleOptions({ PAPERS_VERSION: '"bench"' }),
    entryPoints: [path.join(root, entry)],
    outdir,
  });
  return path.join(outdir, `${path.basename(entry, path.extname(entry))}.js`);
}

async function startup(m, measure = true) {
  const big = writeCache(100_000, { perDay: 200 });
  temps.push(big.home);
  if (!measure) return big;
  console.error('start-up (pty)…');
  const hello = await bundle('bench/hello.tsx');
  const small = writeCache(50, { perDay: 50, fixed: true });
  temps.push(small.home);
  const papers = path.join(root, 'bin/papers.js');
  const sampleTitle = m.SAMPLE_DAYS.at(-1).papers[0].title.slice(0, 24);
  const reader = (home, expect) => ({
    argv: ['node', papers],
    env: { ...env, PAPERS_HOME: home },
    expect,
  });
  const cases = [
    { name: 'hello', argv: ['node', hello], env, expect: 'hello papers' },
    { name: 'sample', ...reader(tempDir('empty'), sampleTitle) },
    { name: '50', ...reader(small.home, small.firstTitle.slice(0, 24)) },
    { name: '100k', ...reader(big.home, big.firstTitle.slice(0, 24)) },
  ];
  const s = await measureStartup(cases, RUNS);
  // Issue 18: every cache size within 10% of the bare Ink hello, and a big cache costing at
  // most 5% more than a small one (all ratios from this same run).
  const base = row('start-up: bare Ink hello (bundle)', '-', s.hello, 'ms', 'baseline').median;
  const limit = base * 1.1;
  const within = (x) => x.median <= limit;
  row(
    'start-up to first frame',
    'sample',
    s.sample,
    'ms',
    `≤ ${limit.toFixed(0)} (1.10× hello)`,
    within,
  );
  const fifty = row(
    'start-up to first frame',
    '50',
    s['50'],
    'ms',
    `≤ ${limit.toFixed(0)}`,
    within,
  );
  const bigLimit = Math.min(limit, fifty.median * 1.05);
  row(
    'start-up to first frame',
    '100k',
    s['100k'],
    'ms',
    `≤ ${bigLimit.toFixed(0)} (and ≤ 1.05× 50)`,
    (x) => within(x) && x.median <= fifty.median * 1.05,
  );
  return big;
}

function rss(entry, cacheDir) {
  console.error('memory…');
  const code = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const i = await m.LibraryIndex.open(${JSON.stringify(cacheDir)}, new m.DiskDayStore(${JSON.stringify(cacheDir)}));
    await i.warmUp(); // as the reader's search screen does
    for (const q of ['diffusion', 'reasoning !agent', 'au:wei']) await i.search(q);
    console.log(process.memoryUsage().rss);`;
  const out = execFileSync('node', ['--input-type=module', '-e', code], { encoding: 'utf8' });
  row(
    'RSS, 100k cached + a search',
    '100k',
    [Number(out.trim()) / 2 ** 20],
    'MB',
    '≤ 200',
    (x) => x.median <= 200,
  );
}

async function importing(m) {
  console.error('import…');
  const files = writeHfFiles(20_000);
  const home = tempDir('import-home');
  temps.push(files, home);
  const t0 = performance.now();
  const r = spawnSync('node', [path.join(root, 'bin/papers.js'), 'import', files], {
    env: { ...env, PAPERS_HOME: home },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr.slice(-400)}`);
  const cli = (performance.now() - t0) / 1000;
  row(
    'import via CLI (index updated as days are written)',
    '20k',
    [cli],
    's',
    '≤ 10',
    (x) => x.median <= 10,
  );
  const t1 = performance.now();
  spawnSync('node', [path.join(root, 'bin/papers.js'), 'days'], {
    env: { ...env, PAPERS_HOME: home },
  });
  row(
    '  + first `papers days` (index open, nothing to catch up)',
    '20k',
    [(performance.now() - t1) / 1000],
    's',
    '-',
  );
  const hooked = path.join(tempDir('hooked'), 'cache');
  temps.push(path.dirname(hooked));
  const store = new m.DiskDayStore(
    hooked,
    () => {},
    (d) => m.indexWrittenDay(hooked, store, d),
  );
  const t2 = performance.now();
  await m.runImport([files], {}, { store, io: { out() {}, err() {}, isTTY: false } });
  row(
    'import in-process, index hook on',
    '20k',
    [(performance.now() - t2) / 1000],
    's',
    '≤ 10',
    (x) => x.median <= 10,
  );
  return hooked;
}

// The fake terminal holds no handle open: keep the loop alive while frames are awaited.
const keepAlive = setInterval(() => {}, 1000);
const entry = await bundle('bench/entry.tsx');
const m = await import(pathToFileURL(entry).href);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : undefined;
const part = (name) => !only || only.has(name);
try {
  if (part('quality'))
    for (const s of quality(m))
      rows.push({
        figure: `R-precision, ${s.kind} (fuse.js ${s.fuse.toFixed(2)})`,
        size: '2025-Q4',
        median: s.ours,
        unit: '',
        target: s.target === undefined ? '-' : `≥ ${s.target}`,
        met: s.target === undefined ? undefined : s.ours >= s.target - 1e-9,
      });
  if (part('keys')) {
    await filterKeys(m, row);
    await moveKeys(m, row, quick);
  }
  if (part('import')) await importing(m);
  if (part('startup') || part('search') || part('memory')) {
    const big = await startup(m, part('startup'));
    if (part('search')) {
      const mid = writeCache(20_000, { perDay: 200 });
      temps.push(mid.home);
      await searchBench(
        m,
        entry,
        [
          { label: '20k', cacheDir: mid.cacheDir, target: 50 },
          { label: '100k', cacheDir: big.cacheDir, target: 100 },
        ],
        row,
        quick,
      );
    }
    if (part('memory')) {
      rss(entry, big.cacheDir);
      console.error('memory: the reader, 100 mixed actions (tmux)…');
      const got = await readerMemory(big.home, 100);
      row(
        'RSS of the reader after 100 filters, searches, day changes',
        '100k',
        [got.rss],
        'MB',
        '≤ 200',
        (x) => x.median <= 200,
      );
      row('  … its peak (VmHWM)', '100k', [got.peak], 'MB', '-');
    }
  }
  if (part('triage'))
    await triageBench(
      await import(pathToFileURL(await bundle('bench/triage-entry.ts')).href),
      row,
      quick,
    );
} catch (err) {
  console.error(`bench failed: ${err.stack ?? err}`);
  process.exitCode = 1;
} finally {
  console.log();
  printTable(rows);
  // A partial run (`--only …`) leaves the last full results in place.
  if (!only)
    writeFileSync(
      new URL('results.json', import.meta.url),
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
    );
  clearInterval(keepAlive);
  if (!process.argv.includes('--keep'))
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  process.exit();
}
