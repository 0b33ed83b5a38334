import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
delete process.env.CI;
await build({ entryPoints: ['/work/main/bench/entry.tsx'], outdir: '/tmp/dbgb', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', jsx: 'automatic', logLevel: 'warning', external: ['react-devtools-core'], define: { 'process.env.NODE_ENV': '"production"', PAPERS_VERSION: '"b"' }, banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
const m = await import('/tmp/dbgb/entry.js');
const { writeCache } = await import('/work/main/bench/data.js');
const { sampleQueries, makeVocab } = await import('/work/main/bench/synth.js');
const fs = await import('node:fs');
let dir = process.argv[2];
if (!dir) { dir = writeCache(20000).cacheDir; console.log('dir', dir); }
const t0 = performance.now();
const index = await m.LibraryIndex.open(dir, new m.DiskDayStore(dir));
console.log('open', (performance.now() - t0).toFixed(0));
const qs = [...sampleQueries(makeVocab()), 'lanuage modl', 'multimodal', 'au:wei', 'model', 'visoin', 'gpt-4'];
await index.search('x');
for (const q of qs) { const t = performance.now(); const h = await index.search(q, { limit: 200 }); console.log(q.padEnd(30), h.length, (performance.now() - t).toFixed(1)); }
