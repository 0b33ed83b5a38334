// Triage figures (issue 15): "for you" precision for simulated readers on real days, related
// papers sharing a topic, and the speed of ranking, retraining and related queries.
// The real days are read from ../shared/fixtures at bench time and never copied anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeLibrary, rng } from './synth.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/hf-days-2025q4/', import.meta.url));
const TRAIN_DAYS = 30;

// What each simulated reader cares about, judged by regexes over the paper's own words,
// independently of the model: a paper is on topic when its title or keywords match, or its
// abstract matches at least twice.
export const TOPICS = {
  robotics:
    /\b(robot\w*|embodied|manipulation|grasp\w*|locomotion|vision-language-action|vla|humanoid)\b/gi,
  speech: /\b(speech|spoken|voice|asr|tts|text-to-speech|speaker|audio)\b/gi,
  'video generation':
    /\b(video generation|video diffusion|video synthesis|text-to-video|image-to-video|video generative|video generator|video editing|world models?)\b/gi,
  'math reasoning': /\b(math\w*|theorem|olympiad|gsm8k|aime|proofs?)\b/gi,
  'efficient inference':
    /\b(quantiz\w*|pruning|speculative decoding|kv[- ]?cache|efficient inference|inference acceleration|sparse attention|compression|throughput|latency)\b/gi,
  '3d vision':
    /\b(gaussian splatting|3dgs|nerf|radiance fields?|3d reconstruction|novel view|3d generation|mesh)\b/gi,
};

const hits = (re, s) => s.match(re)?.length ?? 0;
export const onTopic = (re, p) =>
  hits(re, `${p.title} ${p.keywords.join(' ')}`) > 0 || hits(re, p.abstract) >= 2;

export function loadFixtureDays(m) {
  return readdirSync(FIXTURES)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => {
      const date = f.slice(0, 10);
      return m.mapDailyPapers(JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')), date)
        .days[0];
    });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

/** Precision of the first three: hits over min(3, topic papers that day). */
function precisionAt3(order, topical) {
  const want = Math.min(3, topical.size);
  return order.slice(0, 3).filter((p) => topical.has(p.id)).length / want;
}

/** One simulated reader per topic, seeded by `seed`: P@3 of for-you and of upvotes. */
function simulate(m, days, seed) {
  const stats = new m.TermCounts();
  for (const d of days) for (const p of d.papers) stats.add(m.paperTerms(p).keys());
  stats.calibrate(days.flatMap((d) => d.papers.map((p) => m.paperTerms(p))));
  const out = {};
  for (const [name, re] of Object.entries(TOPICS)) {
    const rand = rng(seed * 97 + name.length);
    const model = new m.InterestModel();
    for (const d of days.slice(0, TRAIN_DAYS))
      for (const p of d.papers) {
        // Most of the topic's papers, and now and then one that caught the eye.
        const star = onTopic(re, p) ? rand() < 0.85 : rand() < 0.01;
        if (star) model.learn(p.id, m.paperVector(p, stats), 1);
      }
    const triage = { model, stats, follows: [], isHidden: () => false };
    const forYou = [];
    const upvotes = [];
    for (const d of days.slice(TRAIN_DAYS)) {
      const topical = new Set(d.papers.filter((p) => onTopic(re, p)).map((p) => p.id));
      if (topical.size < 2) continue;
      const ranked = m.rankForYou(d.papers, triage).rows.map((r) => r.paper);
      const byVotes = [...d.papers].sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0));
      forYou.push(precisionAt3(ranked, topical));
      upvotes.push(precisionAt3(byVotes, topical));
    }
    out[name] = { forYou: mean(forYou), upvotes: mean(upvotes), days: forYou.length };
  }
  return out;
}

/** For each topic paper: how many of its 5 nearest papers, across every day, share the topic. */
function relatedQuality(m, days) {
  const all = days.flatMap((d) => d.papers);
  const index = m.RelatedIndex.build(
    all.map((p) => ({ id: p.id, date: p.date, terms: m.paperTerms(p) })),
  );
  const out = {};
  for (const [name, re] of Object.entries(TOPICS)) {
    const topical = new Set(all.filter((p) => onTopic(re, p)).map((p) => p.id));
    const shares = [...topical].map((id) => {
      const hits = index.related(id, 5);
      // The paper itself would share its own topic: a list holding it measures nothing.
      if (hits.some((h) => h.id === id)) throw new Error(`related(${id}) lists the paper itself`);
      return hits.filter((h) => topical.has(h.id)).length;
    });
    out[name] = {
      mean: mean(shares),
      atLeast3: mean(shares.map((s) => (s >= 3 ? 1 : 0))),
      papers: shares.length,
    };
  }
  return out;
}

function speed(m, row, quick) {
  // Ranking a 300-paper day for a reader with 1,000 stars, df from a 20k library.
  const lib = makeLibrary(20_000, { perDay: 300, fixed: true, seed: 3 });
  const papers = lib.flatMap((d) => d.papers);
  const stats = new m.TermCounts();
  for (const p of papers) stats.add(m.paperTerms(p).keys());
  stats.calibrate(papers.slice(0, 2000).map((p) => m.paperTerms(p)));
  const model = new m.InterestModel();
  for (let i = 0; i < 1000; i++) {
    const p = papers[i * 17];
    model.learn(p.id, m.paperVector(p, stats), 1);
  }
  const triage = { model, stats, follows: [], isHidden: () => false };
  const rankTimes = [];
  const rankCpu = [];
  const warm = [];
  for (let r = 0; r < (quick ? 5 : 15); r++) {
    // A fresh copy each time: no paper's terms are cached from the run before.
    const day = structuredClone(lib.at(-1 - r).papers);
    const c = process.cpuUsage();
    const t = performance.now();
    m.rankForYou(day, triage);
    rankTimes.push(performance.now() - t);
    rankCpu.push(process.cpuUsage(c).user / 1000);
    // Ranked again (after a star, say): the day's terms are known by then.
    const t2 = performance.now();
    m.rankForYou(day, triage);
    warm.push(performance.now() - t2);
  }
  const under30 = (x) => x.median <= 30;
  row('for-you: rank a 300-paper day, 1,000 stars', '20k', rankTimes, 'ms', '≤ 30', under30);
  // The machine may be shared: CPU time is what the ranking itself costs.
  row('  … the same, CPU time of this process', '20k', rankCpu, 'ms', '≤ 30', under30);
  row('  … ranked again (terms known)', '20k', warm, 'ms', '≤ 30', under30);
  const retrain = [];
  for (let r = 0; r < (quick ? 5 : 15); r++) {
    const p = structuredClone(papers[5 + r * 31]);
    const t = performance.now();
    model.learn(p.id, m.paperVector(p, stats), 1);
    // What is written after a star: the model's JSON.
    JSON.stringify(m.modelToJson(model));
    retrain.push(performance.now() - t);
  }
  row(
    'for-you: retrain after a star (+ serialize)',
    '20k',
    retrain,
    'ms',
    '≤ 50',
    (x) => x.median <= 50,
  );

  const big = makeLibrary(100_000, { perDay: 200, seed: 5 }).flatMap((d) => d.papers);
  const t0 = performance.now();
  const index = m.RelatedIndex.build(
    big.map((p) => ({ id: p.id, date: p.date, terms: m.paperTerms(p) })),
  );
  row(
    'related: build the index (tokenize + vectors)',
    '100k',
    [(performance.now() - t0) / 1000],
    's',
    'one-time',
  );
  const rand = rng(11);
  const times = [];
  for (let q = 0; q < (quick ? 30 : 200); q++) {
    const id = big[Math.floor(rand() * big.length)].id;
    const t = performance.now();
    index.related(id, 10);
    times.push(performance.now() - t);
  }
  row('related: one query, top 10', '100k', times, 'ms', 'p95 ≤ 150', (x) => x.p95 <= 150);
}

export async function triageBench(m, row, quick) {
  console.error('triage: for-you precision on real days…');
  const days = loadFixtureDays(m);
  const runs = [1, 2, 3].map((seed) => simulate(m, days, seed));
  const lines = [];
  const forYouMeans = [];
  const upvoteMeans = [];
  for (const name of Object.keys(TOPICS)) {
    const f = median(runs.map((r) => r[name].forYou));
    const u = median(runs.map((r) => r[name].upvotes));
    forYouMeans.push(f);
    upvoteMeans.push(u);
    lines.push([name, runs[0][name].days, f.toFixed(2), u.toFixed(2)]);
  }
  const rel = relatedQuality(m, days);
  console.log('\nfor-you P@3 per topic (median of 3 seeded readers), real days 31-65');
  console.log(
    'topic                days  for-you  upvotes  related: topic in top 5 (mean, share ≥3, of papers)',
  );
  for (const [name, n, f, u] of lines)
    console.log(
      `${name.padEnd(20)} ${String(n).padStart(4)}  ${f.padStart(7)}  ${u.padStart(7)}  ${rel[name].mean.toFixed(2)}, ${(rel[name].atLeast3 * 100).toFixed(0)}% of ${rel[name].papers}`,
    );
  const f = mean(forYouMeans);
  const u = mean(upvoteMeans);
  console.log(
    `${'mean'.padEnd(20)}       ${f.toFixed(2).padStart(7)}  ${u.toFixed(2).padStart(7)}\n`,
  );
  row('for-you mean P@3 (6 topics)', 'real', [f], '', '≥ 0.8', (x) => x.median >= 0.8);
  row('  … over upvotes mean P@3', 'real', [f / u], '×', '≥ 3', (x) => x.median >= 3);
  const relMean = mean(Object.values(rel).map((r) => r.mean));
  row('related: topic papers in top 5 (mean)', 'real', [relMean], '', '≥ 3', (x) => x.median >= 3);
  console.error('triage: speed…');
  speed(m, row, quick);
}
