// `npm run bench -- --only quality`: R-precision of the day filter's ranking over the 65 real
// days of ../shared/fixtures/hf-days-2025q4 (read from there, never copied), for our engine
// and for fuse.js as the reader used it before (the old oracle), side by side. R-precision:
// of the top R results, the share that is relevant, R being how many papers are relevant.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { LIMIT_QUERIES, QUERIES } from './quality-queries.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/hf-days-2025q4/', import.meta.url));

/** Every paper of the quarter, days ascending, each day in its listed order. */
function quarter(m) {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((f) => {
    const json = JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8'));
    return m.mapDailyPapers(json, f.slice(0, 10)).days.flatMap((d) => d.papers);
  });
}

// The reader's fuse.js set-up before issue 14: these weights, threshold 0.3 over whole
// fields, extended search, each query term an $or over its fields.
const FUSE_WEIGHTS = {
  title: 3,
  authors: 2.5,
  keywords: 1.5,
  summary: 1,
  takeaways: 0.8,
  abstract: 0.6,
  categories: 1,
  topics: 1,
};
function fuseRanker(m, papers) {
  const fuse = new Fuse(papers, {
    keys: Object.entries(FUSE_WEIGHTS).map(([name, weight]) => ({ name, weight })),
    useExtendedSearch: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
  const fields = Object.keys(FUSE_WEIGHTS);
  return (q) =>
    fuse
      .search({
        $and: m.parseQuery(q).map((t) => ({
          $or: (t.fields ?? fields).map((f) => ({ [f]: t.pattern })),
        })),
      })
      .map((r) => r.item);
}

function rPrecision(ranked, relevant) {
  const r = relevant.size;
  if (r === 0) return undefined;
  return ranked.slice(0, r).filter((p) => relevant.has(p.id)).length / r;
}

const LIMIT_KINDS = new Set(LIMIT_QUERIES.map((x) => x.kind));
const TARGETS = { exact: 0.95, typo: 0.85, punctuation: 0.9, 'author-full': 1 };
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Runs every query on both engines; prints per-query and per-kind tables; returns the
 *  per-kind means (and 'mean' over all queries) for ours and fuse's. */
export function quality(m, { verbose = true } = {}) {
  const papers = quarter(m);
  const fuse = fuseRanker(m, papers);
  const ours = (q) => (m.filterPapers(papers, q) ?? []).map((x) => x.paper);
  const results = [];
  for (const { kind, q, judge } of [...QUERIES, ...LIMIT_QUERIES]) {
    const relevant = new Set(papers.filter(judge).map((p) => p.id));
    const a = rPrecision(ours(q), relevant);
    const b = rPrecision(fuse(q), relevant);
    if (a === undefined) throw new Error(`quality: no relevant paper for "${q}"`);
    results.push({ kind, q, r: relevant.size, ours: a, fuse: b });
  }
  const pad = (s, n) => String(s).padEnd(n);
  if (verbose) {
    console.log(
      `R-precision over ${papers.length} papers (${QUERIES.length} queries, ${LIMIT_QUERIES.length} more on the glued-words limit)`,
    );
    console.log(`${pad('kind', 12)}  ${pad('query', 24)}  ${pad('R', 4)}  ours   fuse.js`);
    for (const x of results)
      console.log(
        `${pad(x.kind, 12)}  ${pad(JSON.stringify(x.q), 24)}  ${pad(x.r, 4)}  ${x.ours.toFixed(2)}   ${x.fuse.toFixed(2)}`,
      );
    console.log();
  }
  const kinds = [...new Set(results.map((x) => x.kind))];
  const summary = kinds.map((kind) => {
    const xs = results.filter((x) => x.kind === kind);
    return {
      kind,
      n: xs.length,
      ours: mean(xs.map((x) => x.ours)),
      fuse: mean(xs.map((x) => x.fuse)),
    };
  });
  const counted = results.filter((x) => !LIMIT_KINDS.has(x.kind));
  summary.push({
    kind: 'mean',
    n: counted.length,
    ours: mean(counted.map((x) => x.ours)),
    fuse: mean(counted.map((x) => x.fuse)),
  });
  console.log(`${pad('kind', 12)}  ${pad('queries', 7)}  ours   fuse.js  target`);
  for (const s of summary) {
    const target = s.kind === 'mean' ? 0.93 : TARGETS[s.kind];
    const met = target === undefined ? '' : s.ours >= target - 1e-9 ? ' ✓' : ' ✗';
    console.log(
      `${pad(s.kind, 12)}  ${pad(s.n, 7)}  ${s.ours.toFixed(3)}  ${s.fuse.toFixed(3)}    ${target === undefined ? '-' : `≥ ${target}`}${met}`,
    );
  }
  return summary.map((s) => ({
    ...s,
    target: s.kind === 'mean' ? 0.93 : TARGETS[s.kind],
  }));
}
