// Query → candidate papers of one segment, each with a lower bound of the score the day filter
// will give it (score.ts). Each query word's level and field weight per paper come straight
// from the postings of the words it matches, so the bound is the score itself except where
// only the text can tell: words joined across punctuation ("gpt4" in "GPT-4": both parts are
// there, but are they neighbours?) and operator items. Ranking then reads the most promising papers only and still returns exactly the
// filter's top results. Whether the words sit together is read off the short fields the
// segment keeps. Negated terms only drop papers; a plain "!word" is settled here.
import { NONE } from './levels.js';
import type { Levels } from './dictionary.js';
import {
  levelsOf,
  scoreOf,
  WEIGHT,
  type CompiledQuery,
  type CompiledTerm,
  type Group,
} from './score.js';
import { sharedFields } from './match.js';
import { joinedWords, shortCloseness } from './together.js';
import { allOf, everyPaper } from './acc.js';
import { docCount, SHORT_FIELDS, WORD, type Segment } from './index-core.js';
import { joins, levelsIn, startingWith, wordId } from './vocab-match.js';
import { LONG_FIELDS, longCloseness, type PositionSource } from './positions.js';
import { matchWords, singleItem, type Item, type Vocab } from './vocab.js';

/** Per paper: a query word's best level (NONE: no match) and the best field weight at it. */
interface WordBest {
  /** Papers where a join (words of the paper joined) bettered the match: only their text
   *  can tell whether the words are neighbours. */
  viaJoin: Uint8Array;
  level: Uint8Array;
  weight: Float64Array;
  /** Fields where it matches at level 0 (where a phrase could hold it), and at level ≤ 1
   *  (where one author's name or keyword could). */
  mask0: Uint8Array;
  mask1: Uint8Array;
}

const newBest = (n: number): WordBest => ({
  viaJoin: new Uint8Array(n),
  level: new Uint8Array(n).fill(NONE),
  weight: new Float64Array(n),
  mask0: new Uint8Array(n),
  mask1: new Uint8Array(n),
});

/** Folds every posting of `ids` (each with its level) into `b`, within field mask `fields`. */
function addPostings(seg: Segment, b: WordBest, ids: [number, number][], fields: number) {
  const p = seg.postings;
  for (const [t, level] of ids) {
    let doc = 0;
    for (let at = seg.postStart[t]!, end = seg.postStart[t + 1]!; at < end;) {
      let x = p[at++]!;
      let delta = x & 0x7f;
      for (let shift = 128; x & 0x80; shift *= 128) {
        x = p[at++]!;
        delta += (x & 0x7f) * shift;
      }
      doc += delta;
      const mask = p[at++]!;
      at += (mask & 2 ? 1 : 0) + (mask & 4 ? 1 : 0) + (mask & 16 ? 1 : 0);
      const m = mask & fields;
      if (m && level === 0) b.mask0[doc]! |= m;
      if (m && level <= 1) b.mask1[doc]! |= m;
      if (!m || level > b.level[doc]!) continue;
      const w = bestWeight(m);
      if (level < b.level[doc]!) {
        b.level[doc] = level;
        b.weight[doc] = w;
      } else if (w > b.weight[doc]!) b.weight[doc] = w;
    }
  }
}

/** The weightiest field of a mask. */
function bestWeight(mask: number): number {
  let w = 0;
  for (let i = 0; i < WEIGHT.length; i++) if (mask & (1 << i) && WEIGHT[i]! > w) w = WEIGHT[i]!;
  return w;
}

const masksMemo = new WeakMap<Segment, Map<string, Uint8Array>>();
/** Masks kept per segment (a segment never changes): a query reads the same words' fields
 *  several times (joins, the words joined), and the next keystroke's query again. */
const MEMO_SIZE = 32;

/** Per paper, the fields holding some word of `ids` (read-only: it may be shared). */
function fieldMasks(seg: Segment, ids: number[], fields: number): Uint8Array {
  let memo = masksMemo.get(seg);
  if (!memo) masksMemo.set(seg, (memo = new Map()));
  const key = `${fields}:${ids.join(',')}`;
  let got = memo.get(key);
  if (!got) {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, (got = walkFieldMasks(seg, ids, fields)));
  }
  return got;
}

/** Per paper, the fields holding some word of `ids` (postings walked in place). */
function walkFieldMasks(seg: Segment, ids: number[], fields: number): Uint8Array {
  const out = new Uint8Array(docCount(seg));
  const p = seg.postings;
  for (const t of ids) {
    let doc = 0;
    for (let at = seg.postStart[t]!, end = seg.postStart[t + 1]!; at < end;) {
      let x = p[at++]!;
      let delta = x & 0x7f;
      for (let shift = 128; x & 0x80; shift *= 128) {
        x = p[at++]!;
        delta += (x & 0x7f) * shift;
      }
      doc += delta;
      const mask = p[at++]!;
      at += (mask & 2 ? 1 : 0) + (mask & 4 ? 1 : 0) + (mask & 16 ? 1 : 0);
      out[doc]! |= mask & fields;
    }
  }
  return out;
}

/** Whether the plan took a paper in on what only its text can confirm (joins, operators):
 *  then the candidates are more than the matches. */
interface Looseness {
  loose: boolean;
  /** Papers whose score the index cannot tell exactly (a join touched them), per paper; or
   *  every paper (operators, alternatives, negations only the text settles). */
  unsure: Uint8Array;
  allUnsure: boolean;
}

const looseness = (n: number): Looseness => ({
  loose: false,
  unsure: new Uint8Array(n),
  allUnsure: false,
});

/** Papers that may hold `s` as joined words: level 0 in the fields holding every part. */
function addJoins(seg: Segment, v: Vocab, b: WordBest, s: string, fields: number, x: Looseness) {
  for (const parts of joins(v, s)) {
    const masks = parts.map((ids) => fieldMasks(seg, ids, fields));
    for (let d = 0; d < b.level.length; d++) {
      let m = fields;
      for (const mk of masks) m &= mk[d]!;
      if (!m) continue;
      b.mask0[d]! |= m;
      b.mask1[d]! |= m;
      const w = bestWeight(m);
      // Where the join could better the word's match, only the text can tell by how much.
      if (b.level[d]! > 0 || w > b.weight[d]!) b.viaJoin[d] = 1;
      // A paper only a join brings in may turn out not to match.
      if (b.level[d] === NONE) x.loose = true;
      if (b.level[d]! > 0) {
        b.level[d] = 0;
        b.weight[d] = w;
      } else if (w > b.weight[d]!) b.weight[d] = w;
    }
  }
}

/** A query word's best per paper; `joinedOnly` for a run of query words joined (level 0). */
function wordBest(
  seg: Segment,
  v: Vocab,
  s: string,
  fields: number,
  joinedOnly: boolean,
  x: Looseness,
) {
  const b = newBest(docCount(seg));
  const ids: [number, number][] = joinedOnly
    ? startingWith(v, s).map((t) => [t, 0])
    : levelsIn(v, s);
  addPostings(seg, b, ids, fields);
  addJoins(seg, v, b, s, fields, x);
  // A run of query words joined marks only the papers where it betters a word (below).
  if (!joinedOnly) for (let d = 0; d < b.level.length; d++) if (b.viaJoin[d]) x.unsure[d] = 1;
  return b;
}

/** Papers an operator item may hold in (its words are there), by field. */
function opMask(seg: Segment, v: Vocab, it: Item, fields: number): Uint8Array {
  const inverse = it.kind === 'inverse' || it.kind === 'inverseSuffix' || it.kind === 'lacks';
  const parts = it.text.match(WORD) ?? [];
  const acc = inverse
    ? undefined
    : allOf(
        seg,
        parts.map((p) => matchWords(v, p, it.kind === 'exact' ? 'equals' : 'contains')),
        fields,
      );
  return (acc ?? everyPaper(seg, fields, 0)).mask;
}

/** Per paper: the group's level (NONE: cannot match), weight sum and unit count. */
function groupBound(seg: Segment, v: Vocab, g: Group, fields: number, x: Looseness) {
  const n = docCount(seg);
  if (g.ops.length) x.loose = x.allUnsure = true;
  const level = new Uint8Array(n);
  const sum = new Float64Array(n);
  for (const it of g.ops) {
    const m = opMask(seg, v, it, fields);
    for (let d = 0; d < n; d++) {
      if (m[d]) sum[d]! += bestWeight(m[d]!);
      else level[d] = NONE;
    }
  }
  const bests = g.words.map((w) => wordBest(seg, v, w, fields, false, x));
  for (let i = 0; i < g.words.length; i++) {
    for (let r = 1; r <= 2 && i + r < g.words.length; r++) {
      const jb = wordBest(seg, v, g.words.slice(i, i + r + 1).join(''), fields, true, x);
      for (let k = i; k <= i + r; k++) {
        const b = bests[k]!;
        for (let d = 0; d < n; d++) {
          if (jb.level[d] !== 0) continue;
          b.mask0[d]! |= jb.mask0[d]!;
          b.mask1[d]! |= jb.mask0[d]!;
          if (b.level[d]! > 0 || jb.weight[d]! > b.weight[d]!) {
            b.weight[d] = jb.weight[d]!;
            if (jb.viaJoin[d]) x.unsure[d] = 1;
          }
          b.level[d] = 0;
        }
      }
    }
  }
  for (const b of bests)
    for (let d = 0; d < n; d++) {
      if (b.level[d]! > level[d]!) level[d] = b.level[d]!;
      sum[d]! += b.weight[d]!;
    }
  return {
    level,
    sum,
    units: g.ops.length + g.words.length,
    masks: bests.map((b) => [b.mask0, b.mask1] as const),
  };
}

/** Short field j of paper d as text (one byte a character, see foldShort). */
function shortText(seg: Segment, d: number, j: number): string {
  const from = seg.shortStart[d * 3 + j]!;
  const to = seg.shortStart[d * 3 + j + 1]!;
  let out = '';
  for (let a = from; a < to; a += 8192)
    out += String.fromCharCode(...seg.short.subarray(a, Math.min(to, a + 8192)));
  return out;
}

const nonAsciiCache = new WeakMap<Segment, Uint8Array>();
/** Per paper, the short fields (bit j) holding a non-ASCII character (folded to 0x80). */
function nonAsciiShort(seg: Segment): Uint8Array {
  let got = nonAsciiCache.get(seg);
  if (got) return got;
  got = new Uint8Array(docCount(seg));
  for (let d = 0; d < got.length; d++)
    for (let j = 0; j < SHORT_FIELDS; j++)
      for (let a = seg.shortStart[d * 3 + j]!, b = seg.shortStart[d * 3 + j + 1]!; a < b; a++)
        if (seg.short[a] === 0x80) {
          got[d]! |= 1 << j;
          break;
        }
  nonAsciiCache.set(seg, got);
  return got;
}

/** Per candidate: the closeness the short fields give (`short`), and the other fields where
 *  the text may hold the words together (`long`, a field mask): there it is assumed (1) and
 *  the paper's text decides. `assumed`: alternatives, whose words only the text tells. */
interface Closeness {
  short: Float64Array;
  long: Uint8Array;
  assumed: boolean;
}

/** Paper by paper, how close the query's words may sit (together.ts). */
function closenessOf(
  seg: Segment,
  v: Vocab,
  query: CompiledQuery,
  words: number,
  masks: (readonly [Uint8Array, Uint8Array])[] | undefined,
  cand: Uint8Array,
  positions: PositionSource | undefined,
): Closeness {
  const n = docCount(seg);
  const out: Closeness = { short: new Float64Array(n), long: new Uint8Array(n), assumed: false };
  if (words < 2) return out;
  if (!masks) return { ...out, assumed: true };
  const ws = query.positives.flatMap((t) => t.groups[0]!.words);
  const levels = ws.map((w) => levelsOf(query, w));
  const joined = joinedWords(ws);
  const fields = sharedFields(query.positives);
  const short = fields.filter((f) => f < SHORT_FIELDS);
  const long = fields.filter((f) => f >= SHORT_FIELDS).reduce((m, f) => m | (1 << f), 0);
  const fieldMask = fields.reduce((m, f) => m | (1 << f), 0);
  const nonAscii = nonAsciiShort(seg);
  const whole = joined ? wordBest(seg, v, joined, fieldMask, true, looseness(n)).mask0 : undefined;
  for (let d = 0; d < n; d++) {
    if (!cand[d]) continue;
    // Fields where every word matches at level 0 (a phrase), or ≤ 1 (a name, a keyword).
    let all0 = fieldMask;
    let all1 = fieldMask;
    for (const [m0, m1] of masks) {
      all0 &= m0[d]!;
      all1 &= m1[d]!;
    }
    const joinedIn = whole ? whole[d]! : 0;
    out.long[d] = (all0 | joinedIn) & long;
    let best = 0;
    for (const f of short) {
      if (!((all0 | joinedIn | (f > 0 ? all1 : 0)) & (1 << f))) continue;
      // Folded non-ASCII text splits words apart: there the paper's own text decides.
      if (nonAscii[d]! & (1 << f)) out.long[d]! |= 1 << f;
      else best = Math.max(best, shortCloseness(levels, joined, f, shortText(seg, d, f)));
    }
    out.short[d] = best;
  }
  if (positions) knownLong(seg, v, ws, joined, fieldMask, positions, out);
  return out;
}

/** With the segment's word positions, the closeness in the long fields is known too: folded
 *  into `short`, and those fields are no longer left to the paper's text. */
function knownLong(
  seg: Segment,
  v: Vocab,
  ws: string[],
  joined: string,
  fieldMask: number,
  positions: PositionSource,
  out: Closeness,
) {
  const docs: number[] = [];
  for (let d = 0; d < out.long.length; d++) if (out.long[d]! & LONG_FIELDS) docs.push(d);
  if (!docs.length) return;
  const words = ws.map((w) => ({ ids: startingWith(v, w), eq: wordId(v, w) }));
  const starts = joined ? fieldMasks(seg, startingWith(v, joined), fieldMask) : undefined;
  const long = new Float64Array(out.long.length);
  const split = joined ? joins(v, joined) : [];
  longCloseness(seg, positions, words, split, docs, out.long, starts, long);
  for (const d of docs) {
    if (long[d]! > out.short[d]!) out.short[d] = long[d]!;
    out.long[d]! &= ~LONG_FIELDS;
  }
}

const maskOf = (t: { fields: number[] }) => t.fields.reduce((m, i) => m | (1 << i), 0);

/**
 * A negated term ("!word") drops the papers holding the word in any of its fields; it scores
 * nothing. Returns true when the index decided it exactly (a plain word: every paper holding
 * it has an indexed word containing it); otherwise the ranker checks the text.
 */
function negative(seg: Segment, v: Vocab, groups: Item[][], fields: number, cand: Uint8Array) {
  const only = singleItem(groups);
  const plain = only?.kind === 'lacks' && (only.text.match(WORD) ?? []).join('') === only.text;
  if (!plain) return false;
  const has = fieldMasks(
    seg,
    matchWords(v, only.text, 'contains').map(([t]) => t),
    fields,
  );
  for (let d = 0; d < cand.length; d++) if (has[d]) cand[d] = 0;
  return true;
}

/** Per paper, a term's best group: the lowest level, and an upper bound of its weights. */
function termBound(seg: Segment, v: Vocab, t: CompiledTerm, x: Looseness) {
  const fields = maskOf(t);
  const gs = t.groups.map((g) => groupBound(seg, v, g, fields, x));
  if (gs.length === 1) return gs[0]!;
  x.allUnsure = true;
  // Alternatives: the best level any reaches, every unit at full weight (a bound).
  const n = docCount(seg);
  const level = new Uint8Array(n).fill(NONE);
  for (const g of gs) for (let d = 0; d < n; d++) level[d] = Math.min(level[d]!, g.level[d]!);
  const units = Math.max(...gs.map((g) => g.units));
  return { level, sum: new Float64Array(n).fill(units), units, masks: undefined };
}

/** What the index knows exactly of a paper it is sure of (`sure[d]`): its score is
 *  scoreOf(level, base, max(short, the closeness its text gives in the `long` fields)). */
export interface Known {
  sure: Uint8Array;
  level: Uint8Array;
  base: Float64Array;
  short: Float64Array;
  long: Uint8Array;
  /** The query's words, in order, and their levels, for the closeness the text tells. */
  words: string[];
  levels: Levels[];
}

export interface Plan {
  cand: Uint8Array;
  lb: Float64Array;
  exact: boolean;
  loose: boolean;
  known?: Known;
}

/**
 * Candidates of one segment among `alive` papers, and a lower bound of the score for each
 * (lb[d]; meaningful where cand[d] is 1). `exact` means every candidate matches with score
 * lb[d]: a query of plain negations only, which the index settles without the text. `loose`
 * means some candidates may turn out not to match (their text decides). `known` tells the
 * ranker what it needs to score the papers it is sure of without the full scorer.
 */
export function planSegment(
  seg: Segment,
  v: Vocab,
  query: CompiledQuery,
  alive: Uint8Array,
  positions?: PositionSource,
): Plan {
  const n = docCount(seg);
  const x = looseness(n);
  let known: Known | undefined;
  const cand = alive.slice();
  const lb = new Float64Array(n);
  const { positives, negatives } = query;
  if (positives.length) {
    const level = new Uint8Array(n);
    const sum = new Float64Array(n);
    let units = 0;
    let words = 0;
    let masks: (readonly [Uint8Array, Uint8Array])[] | undefined = [];
    for (const t of positives) {
      const b = termBound(seg, v, t, x);
      masks = b.masks && masks ? [...masks, ...b.masks] : undefined;
      units += b.units;
      words += Math.max(...t.groups.map((g) => g.words.length));
      for (let d = 0; d < n; d++) {
        if (!cand[d]) continue;
        if (b.level[d] === NONE) cand[d] = 0;
        else {
          if (b.level[d]! > level[d]!) level[d] = b.level[d]!;
          sum[d]! += b.sum[d]!;
        }
      }
    }
    const close = closenessOf(seg, v, query, words, masks, cand, positions);
    const base = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      if (!cand[d]) continue;
      base[d] = sum[d]! / units;
      const c = close.assumed || close.long[d] ? 1 : close.short[d]!;
      lb[d] = scoreOf(level[d]!, base[d]!, c);
    }
    if (!close.assumed && !x.allUnsure) {
      const sure = x.unsure.map((u) => (u ? 0 : 1));
      const words = positives.flatMap((t) => t.groups[0]!.words);
      const levels = words.map((w) => levelsOf(query, w));
      known = { sure, level, base, short: close.short, long: close.long, words, levels };
    }
  }
  let decided = positives.length === 0;
  let settledNegatives = true;
  for (const term of negatives)
    settledNegatives = negative(seg, v, term.groups, maskOf(term), cand) && settledNegatives;
  decided &&= settledNegatives;
  if (!settledNegatives) known = undefined;
  return { cand, lb, exact: decided, loose: x.loose || !settledNegatives, known };
}
