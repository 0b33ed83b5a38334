// One paper against a compiled query: each query word's best match (level, then field
// weight), words joined across punctuation or spacing ("gpt4" = "GPT-4" = "gpt 4"), and
// whether the words are held together. See score.ts for how these make the score.
import { NONE } from './levels.js';
import { words as wordsOf } from './words.js';
import { joinAt } from './joins.js';
import { joinedWords, phraseCloseness, shortValueCloseness } from './together.js';
import { SHORT_FIELDS } from './index-core.js';
import {
  keptByNegatives,
  levelsOf,
  NO_MATCH,
  opHolds,
  prepare,
  scoreOf,
  tierOf,
  WEIGHT,
  type CompiledQuery,
  type CompiledTerm,
  type Group,
  type PaperMatch,
  type Searchable,
  type Value,
} from './score.js';

const INVERSE = new Set(['lacks', 'inverse', 'inverseSuffix']);

interface Best {
  level: number;
  weight: number;
  /** Paper words that gave `level` (collected only when asked). */
  hits: Set<string>;
  /** Fields where it matches at level 0, and at level ≤ 1: where it may sit with others. */
  mask0: number;
  mask1: number;
}

function consider(b: Best, level: number, weight: number, hits: Iterable<string> | undefined) {
  if (level === NONE || level > b.level) return;
  if (level < b.level) {
    b.level = level;
    b.weight = weight;
    if (hits) b.hits = new Set(hits);
    return;
  }
  if (weight > b.weight) b.weight = weight;
  if (hits) for (const h of hits) b.hits.add(h);
}

/** The best match of query word `word` in the term's fields; `joinedOnly`: level 0 only,
 *  as a word start or over joined words (a run of query words joined). */
function wordBest(
  q: CompiledQuery,
  fields: number[],
  values: Value[][],
  word: string,
  joinedOnly: boolean,
  collect: boolean,
): Best {
  const b: Best = { level: NONE, weight: 0, hits: new Set(), mask0: 0, mask1: 0 };
  const levels = levelsOf(q, word);
  const c0 = word.charCodeAt(0);
  for (const f of fields) {
    const w = WEIGHT[f]!;
    for (const v of values[f]!) {
      const ws = v.words;
      const ids = v.ids;
      for (let j = 0; j < ws.length; j++) {
        const pw = ws[j]!;
        // A match or a join starts with the query word's first letter (a typo may not).
        if (joinedOnly && pw.charCodeAt(0) !== c0) continue;
        let l = joinedOnly ? (pw.startsWith(word) ? 0 : NONE) : levels.of(ids[j]!);
        let n = 1;
        if (l > 0 && pw.length < word.length && word.startsWith(pw)) {
          n = joinAt(ws, j, word);
          if (n) l = 0;
        }
        if (l === NONE) continue;
        if (l <= 1) b.mask1 |= 1 << f;
        if (l === 0) b.mask0 |= 1 << f;
        if (l > b.level) continue;
        // Nothing new: no better weight, and (when collecting) a word already held.
        if (l === b.level && w <= b.weight && (!collect || (n === 1 && b.hits.has(pw)))) continue;
        if (!collect) consider(b, l, w, undefined);
        else if (n === 1) consider(b, l, w, [pw]);
        else consider(b, l, w, ws.slice(j, j + n));
      }
    }
  }
  return b;
}

interface GroupResult {
  level: number;
  weights: number[];
  words: string[];
  hits: string[];
  /** Per word, fields where it matches at level 0 and ≤ 1. */
  masks: [number, number][];
}

function groupMatch(
  q: CompiledQuery,
  t: CompiledTerm,
  g: Group,
  values: Value[][],
  collect: boolean,
): GroupResult | undefined {
  const weights: number[] = [];
  const opHits: string[] = [];
  for (const it of g.ops) {
    let best = -1;
    const parts = collect && !INVERSE.has(it.kind) ? wordsOf(it.text) : [];
    for (const f of t.fields)
      for (const v of values[f]!) {
        if (!opHolds(v.text, it)) continue;
        if (WEIGHT[f]! > best) best = WEIGHT[f]!;
        // What to highlight: the paper's words holding a word of the operator's text.
        for (const w of v.words) if (parts.some((p) => w.includes(p))) opHits.push(w);
      }
    if (best < 0) return undefined;
    weights.push(best);
  }
  const bests = g.words.map((w) => wordBest(q, t.fields, values, w, false, collect));
  // Neighbouring query words may be one word of the paper: "gpt 4" finds "GPT4".
  for (let i = 0; i < g.words.length; i++) {
    for (let r = 1; r <= 2 && i + r < g.words.length; r++) {
      const joined = g.words.slice(i, i + r + 1).join('');
      const jb = wordBest(q, t.fields, values, joined, true, collect);
      if (jb.level !== 0) continue;
      for (let x = i; x <= i + r; x++) consider(bests[x]!, 0, jb.weight, jb.hits);
    }
  }
  let level = 0;
  const hits: string[] = opHits;
  for (const b of bests) {
    if (b.level === NONE) return undefined;
    level = Math.max(level, b.level);
    weights.push(b.weight);
    hits.push(...b.hits);
  }
  return { level, weights, words: g.words, hits, masks: bests.map((b) => [b.mask0, b.mask1]) };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** How close the words sit (together.ts), the best over the fields every term searches;
 *  a field is read only where every word (or the words joined) matches at level 0, or for
 *  authors and keywords at level ≤ 1. */
function closeness(
  q: CompiledQuery,
  fields: number[],
  p: Searchable,
  ws: string[],
  masks: [number, number][],
): number {
  if (ws.length < 2) return 0;
  const values = prepare(p);
  const joined = joinedWords(ws);
  let all0 = joined ? wordBest(q, fields, values, joined, true, false).mask0 : 0;
  let each0 = -1;
  let each1 = -1;
  for (const [m0, m1] of masks) {
    each0 &= m0;
    each1 &= m1;
  }
  all0 |= each0;
  const levels = ws.map((w) => levelsOf(q, w));
  let best = 0;
  for (const f of fields) {
    const bit = 1 << f;
    if (!(all0 & bit) && !(f > 0 && f < SHORT_FIELDS && each1 & bit)) continue;
    for (const v of values[f]!)
      best = Math.max(
        best,
        f < SHORT_FIELDS
          ? shortValueCloseness(levels, joined, f, v.words, v.ids)
          : phraseCloseness(ws, joined, v.words),
      );
    if (best === 1) break;
  }
  return best;
}

/** Fields every positive term searches: where the words can be together. */
export const sharedFields = (terms: CompiledTerm[]) =>
  terms.reduce<number[]>(
    (acc, t) => acc.filter((f) => t.fields.includes(f)),
    terms[0]?.fields ?? [],
  );

/** How `paper` matches `q`, or undefined when it does not. */
export function matchPaper(
  q: CompiledQuery,
  paper: Searchable,
  collect = false,
): PaperMatch | undefined {
  const values = prepare(paper);
  if (!keptByNegatives(q, values)) return undefined;
  let level = 0;
  // Summed term by term, as the index sums them (floating point adds in order).
  let total = 0;
  let units = 0;
  const together: string[] = [];
  const masks: [number, number][] = [];
  const hits: string[] = [];
  for (const t of q.positives) {
    let best: GroupResult | undefined;
    for (const g of t.groups) {
      const r = groupMatch(q, t, g, values, collect);
      if (
        r &&
        (!best ||
          r.level < best.level ||
          (r.level === best.level && mean(r.weights) > mean(best.weights)))
      )
        best = r;
    }
    if (!best) return undefined;
    level = Math.max(level, best.level);
    total += best.weights.reduce((a, b) => a + b, 0);
    units += best.weights.length;
    together.push(...best.words);
    masks.push(...best.masks);
    hits.push(...best.hits);
  }
  if (q.positives.length === 0) return { score: 0, tier: 'exact', words: [] };
  const close = closeness(q, sharedFields(q.positives), paper, together, masks);
  const score = scoreOf(level, total / units, close);
  return { score, tier: tierOf(score), words: [...new Set(hits)] };
}

/** The score of `paper` (lower is better), or NO_MATCH when the query drops it. */
export function scorePaper(q: CompiledQuery, paper: Searchable): number {
  return matchPaper(q, paper)?.score ?? NO_MATCH;
}
