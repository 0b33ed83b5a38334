// An offline, deterministic summary for papers whose sources ship none: the abstract's most
// central sentences (TextRank over word overlap) nudged by position and by the phrases
// authors use to state contributions and results. Every output is a verbatim stretch of the
// whitespace-normalized abstract, so nothing is invented.
import type { Paper } from './paper.js';
import { clauseSpans, normalizeSpace, sentenceSpans, type Span } from './sentences.js';

export const EXTRACTED_SOURCE = 'extracted from the abstract';

export interface Extracted {
  summary: string;
  takeaways: string[];
}

const STOPWORDS = new Set(
  (
    'a an the and or but if then than of in on at to for from by with without into onto over ' +
    'under about as is are was were be been being this that these those it its we our us they ' +
    'their them he she his her which who whom whose what when where while how why can could ' +
    'may might will would shall should must do does did done has have had having not no nor ' +
    'so such also only very more most less least both each either neither all any some many ' +
    'much other another same own there here via using use used based through across between ' +
    'among within per upon show shows paper work approach method methods propose proposed new'
  ).split(' '),
);

// Phrases that announce what a paper does or found, and what is not an insight at all.
// Matched against lower-cased text.
const CONTRIBUTION =
  /\b(?:we (?:propose|introduce|present|develop|design|build)|in this (?:paper|work)|this (?:technical )?(?:paper|work|report|study) (?:introduce|present|propose|develop)|by (?:proposing|introducing|presenting))|我们提出|本文|提出了/;
const RESULT =
  /\b(?:we (?:show|find|demonstrate|observe)|outperform|state[- ]of[- ]the[- ]art|achiev|results?\b|significantly|surpass|improv)|实验|优于|显著/;
const NOISE =
  /https?:\/\/|github\.com|\b(?:code|data(?:sets?)?|models?|weights) (?:(?:and \w+ )?(?:is|are|will be) )?(?:publicly )?(?:available|released)\b|project page/;

// Cheap literal test first: the full pattern is slow and rarely matches.
const isNoise = (lower: string) =>
  /http|github|availab|releas|project/.test(lower) && NOISE.test(lower);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Content words of each text (light plural folding; CJK, which has no spaces, as character
 * bigrams) as bitsets over the abstract's vocabulary, so overlap is AND + popcount.
 */
function termBits(texts: string[]): Uint32Array[] {
  const vocab = new Map<string, number>();
  const ids = texts.map((lower) => {
    const out: number[] = [];
    const add = (t: string) => {
      let id = vocab.get(t);
      if (id === undefined) vocab.set(t, (id = vocab.size));
      out.push(id);
    };
    // The Unicode word regex is several times slower; most abstracts are ASCII.
    const ascii = !NON_ASCII.test(lower);
    const words = ascii ? lower.match(/[a-z0-9]+/g) : lower.match(/[\p{L}\p{N}]+/gu);
    for (const w of words ?? []) {
      if (!ascii && CJK.test(w)) {
        const cs = [...w];
        for (let k = 0; k + 1 < cs.length; k++) add(cs[k]! + cs[k + 1]!);
        if (cs.length === 1) add(w);
      } else if (w.length > 1 && !STOPWORDS.has(w)) {
        add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
      }
    }
    return out;
  });
  const size = (vocab.size >>> 5) + 1;
  return ids.map((list) => {
    const b = new Uint32Array(size);
    for (const id of list) b[id >>> 5]! |= 1 << (id & 31);
    return b;
  });
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const bitCount = (b: Uint32Array) => b.reduce((n, x) => n + popcount(x), 0);

/** TextRank centrality (Mihalcea & Tarau 2004), scaled so the top sentence scores 1. */
function centrality(bits: Uint32Array[]): number[] {
  const n = bits.length;
  const size = bits.map(bitCount);
  const w = new Float64Array(n * n); // symmetric similarity
  const outSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (size[i] === 0 || size[j] === 0) continue;
      const a = bits[i]!;
      const b = bits[j]!;
      let shared = 0;
      for (let k = 0; k < a.length; k++) shared += popcount(a[k]! & b[k]!);
      const sim = shared / (Math.log(size[i]! + 1) + Math.log(size[j]! + 1));
      w[i * n + j] = w[j * n + i] = sim;
      outSum[i]! += sim;
      outSum[j]! += sim;
    }
  }
  let score = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) if (outSum[j]! > 0) w[j * n + i]! /= outSum[j]!;
  for (let iter = 0, delta = 1; iter < 50 && delta > 1e-6; iter++) {
    delta = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += w[j * n + i]! * score[j]!;
      next[i] = 0.15 + 0.85 * s;
      delta = Math.max(delta, Math.abs(next[i]! - score[i]!));
    }
    [score, next] = [next, score];
  }
  const max = score.reduce((m, x) => Math.max(m, x), 1e-9);
  return [...score].map((x) => x / max);
}

interface Unit extends Span {
  score: number;
  contribution: boolean;
  result: boolean;
  noise: boolean;
  background: boolean;
}

// Openers of problem statements and of sentences that lean on the previous one.
const BACKGROUND =
  /^(?:however|despite|although|recent(?:ly)?|existing|current|traditional|conventional)\b/;
const ANAPHORA = /^(?:these|this|they|it|its|such|those|their)\b(?! (?:paper|work|report|study)\b)/;

function unit(s: Span, lower: string, base: number): Unit {
  const contribution = CONTRIBUTION.test(lower);
  const result = RESULT.test(lower);
  const noise = isNoise(lower);
  const background = BACKGROUND.test(lower) || ANAPHORA.test(lower);
  let score = base;
  if (contribution) score += 0.45;
  if (result) score += 0.25;
  if (noise) score -= 0.9;
  if (BACKGROUND.test(lower)) score -= 0.25;
  if (ANAPHORA.test(lower)) score -= 0.2;
  if (s.text.length < 40) score -= 0.3;
  return { ...s, score, contribution, result, noise, background };
}

function rank(spans: Span[]): Unit[] {
  const lower = spans.map((s) => s.text.toLowerCase());
  const c = centrality(termBits(lower));
  // Abstracts front-load what matters: a small bonus that fades along the text.
  return spans.map((s, i) => unit(s, lower[i]!, c[i]! + 0.1 * (1 - i / spans.length)));
}

const byScore = (a: Unit, b: Unit) => b.score - a.score || a.start - b.start;
const byPlace = (a: Span, b: Span) => a.start - b.start;
const SUMMARY_MAX = 300;
const MAX_SENTENCES = 200;

/**
 * What the paper does and what it found: the best contribution sentence (else the best
 * sentence), plus the best result sentence when both fit in ~300 characters; abstract order.
 */
function pickSummary(units: Unit[]): Unit[] {
  const ranked = [...units].sort(byScore).filter((u) => !u.noise);
  if (ranked.length === 0) return [units[0]!];
  const within = (max: number) => (u: Unit) => u.text.length <= max;
  const first =
    ranked.find((u) => u.contribution && within(SUMMARY_MAX)(u)) ??
    ranked.find((u) => u.contribution && within(1.5 * SUMMARY_MAX)(u)) ??
    ranked.find(within(SUMMARY_MAX)) ??
    ranked[0]!;
  const fits = (u: Unit) => u !== first && first.text.length + 1 + u.text.length <= SUMMARY_MAX;
  const second =
    ranked.find((u) => fits(u) && u.result && !u.contribution && !u.background) ??
    (first.text.length < 160 ? ranked.find((u) => fits(u) && !u.background) : undefined);
  return (second ? [first, second] : [first]).sort(byPlace);
}

/** Takeaways: the best remaining sentences or clauses, 3 to 5, in abstract order. */
function pickTakeaways(units: Unit[], summary: Unit[]): Span[] {
  const want = units.length >= 9 ? 5 : units.length >= 6 ? 4 : 3;
  const rest = units.filter((u) => !summary.includes(u));
  // Long sentences read better as their clauses, and clauses are what short abstracts have.
  const split = (us: Unit[], max: number) =>
    us.flatMap((u) => {
      if (u.text.length <= max) return [u];
      const parts = clauseSpans(u);
      return parts.length === 1
        ? [u]
        : parts.map((c) => unit(c, c.text.toLowerCase(), u.score - 0.05));
    });
  let pool = split(rest, 240);
  if (pool.length < 3) pool = split(rest, 60);
  if (pool.length < 3) pool = [...pool, ...split(summary, 60)];
  const seen = new Set<string>();
  const unique = pool.filter((u) => !seen.has(u.text) && seen.add(u.text));
  const clean = unique.filter((u) => !u.noise);
  const usable = clean.length >= 3 ? clean : unique;
  return usable.sort(byScore).slice(0, want).sort(byPlace);
}

/** Summary and takeaways drawn verbatim from `abstract`; same input, same output. */
export function extractSummary(abstract: string): Extracted {
  const text = normalizeSpace(abstract);
  if (!text) return { summary: '', takeaways: [] };
  // TextRank is quadratic in sentences; abstracts have a few dozen at most.
  const units = rank(sentenceSpans(text).slice(0, MAX_SENTENCES));
  if (units.length === 0) return { summary: '', takeaways: [] };
  const summary = pickSummary(units);
  return {
    // Chinese and Japanese sentences follow each other without a space.
    summary: summary
      .map((u) => u.text)
      .reduce((a, b) => (/[。！？；]$/.test(a) ? a + b : `${a} ${b}`)),
    takeaways: pickTakeaways(units, summary).map((u) => u.text),
  };
}

/** Fills an empty summary and empty takeaways from the abstract; a source's own text wins. */
export function withExtracted(p: Paper): Paper {
  const needSummary = p.summary.trim() === '';
  const needTakeaways = p.takeaways.length === 0;
  if ((!needSummary && !needTakeaways) || p.abstract.trim() === '') return p;
  const x = extractSummary(p.abstract);
  const out = { ...p };
  if (needSummary && x.summary)
    Object.assign(out, { summary: x.summary, summarySource: EXTRACTED_SOURCE });
  if (needTakeaways && x.takeaways.length)
    Object.assign(out, { takeaways: x.takeaways, takeawaysSource: EXTRACTED_SOURCE });
  return out;
}
