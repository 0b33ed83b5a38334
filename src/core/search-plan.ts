// Query → candidate papers of one segment, each with a lower bound of the score fuse.js will
// give it. fuse scores a paper Π score^(weight·norm) over every matching field value; the bound
// assumes the best score each field could reach, so ranking can read the text of the most
// promising papers only and still return exactly fuse's top results.
import type { Term } from './query.js';
import { FIELD_WEIGHTS } from './search.js';
import {
  arraySlot,
  docCount,
  FIELDS,
  isArrayField,
  readEntry,
  type Entry,
  type Segment,
} from './search-index.js';
import {
  acrossWords,
  matchWords,
  maxErrors,
  parsePattern,
  type Item,
  type Vocab,
  type WordTest,
} from './search-vocab.js';

const TOTAL = FIELDS.reduce((s, f) => s + FIELD_WEIGHTS[f], 0);
const WEIGHT = FIELDS.map((f) => FIELD_WEIGHTS[f] / TOTAL);
const ALL = (1 << FIELDS.length) - 1;
const EPS = Number.EPSILON;
// Zero-score flags: 2 = the field may score 0, 1 = only when the value is one word, 0 = never.
const ZERO = 2;
const ZERO_IF_ONE_WORD = 1;

/** Per paper: fields that may match, list elements that may match; per paper×field the best
 *  score fuse could give (`floor`) and whether it could be 0 (`zero`). */
interface Acc {
  mask: Uint8Array;
  counts: Uint8Array;
  floor: Float64Array;
  zero: Uint8Array;
}

function newAcc(n: number): Acc {
  return {
    mask: new Uint8Array(n),
    counts: new Uint8Array(n * 3),
    floor: new Float64Array(n * 6).fill(1),
    zero: new Uint8Array(n * 6),
  };
}

function fieldMaskOf(term: Term): number {
  if (!term.fields) return ALL;
  return term.fields.reduce((m, f) => m | (1 << FIELDS.indexOf(f)), 0);
}

/** Papers with a non-blank value in each (all) or any field of `mask`. */
function present(seg: Segment, d: number, mask: number, all: boolean): number {
  let got = 0;
  for (let i = 0; i < FIELDS.length; i++) {
    if (!(mask & (1 << i))) continue;
    const blank = isArrayField(i)
      ? seg.counts[d * 3 + arraySlot(i)] === 0
      : seg.norms[d * 6 + i] === 0;
    if (!blank) got |= 1 << i;
    else if (all) return 0;
  }
  return got;
}

function everyPaper(seg: Segment, fields: number, zero: number): Acc {
  const n = docCount(seg);
  const acc = newAcc(n);
  for (let d = 0; d < n; d++) {
    acc.mask[d] = present(seg, d, fields, false);
    acc.floor.fill(0, d * 6, d * 6 + 6);
    acc.zero.fill(zero, d * 6, d * 6 + 6);
    for (let s = 0; s < 3; s++) acc.counts[d * 3 + s] = seg.counts[d * 3 + s]!;
  }
  return acc;
}

// List-field counts add up over words (a bound from above), or with `most` keep the largest
// (a bound from below: the elements that surely hold one of the words).
function fromWords(
  seg: Segment,
  ids: [number, number][],
  fields: number,
  score: (errors: number) => number,
  zero: (errors: number) => number,
  most = false,
): Acc {
  const acc = newAcc(docCount(seg));
  const e: Entry = { delta: 0, mask: 0, counts: [0, 0, 0] };
  for (const [t, errors] of ids) {
    const s = score(errors);
    const z = zero(errors);
    let doc = 0;
    for (let at = seg.postStart[t]!; at < seg.postStart[t + 1]!;) {
      at = readEntry(seg.postings, at, e);
      doc += e.delta;
      const m = e.mask & fields;
      if (!m) continue;
      acc.mask[doc]! |= m;
      for (let k = 0; k < 3; k++) {
        const c = acc.counts[doc * 3 + k]!;
        const add = e.counts[k]!;
        acc.counts[doc * 3 + k] = most ? Math.max(c, add) : Math.min(255, c + add);
      }
      for (let i = 0; i < 6; i++) {
        if (!(m & (1 << i))) continue;
        if (s < acc.floor[doc * 6 + i]!) acc.floor[doc * 6 + i] = s;
        if (z > acc.zero[doc * 6 + i]!) acc.zero[doc * 6 + i] = z;
      }
    }
  }
  return acc;
}

/** AND (`both`) keeps fields and elements both can match; OR keeps either's. */
function combine(a: Acc, b: Acc, both: boolean): Acc {
  for (let d = 0; d < a.mask.length; d++) {
    a.mask[d] = both ? a.mask[d]! & b.mask[d]! : a.mask[d]! | b.mask[d]!;
    for (let k = d * 3; k < d * 3 + 3; k++)
      a.counts[k] = both
        ? Math.min(a.counts[k]!, b.counts[k]!)
        : Math.min(255, a.counts[k]! + b.counts[k]!);
  }
  for (let k = 0; k < a.floor.length; k++) {
    a.floor[k] = Math.min(a.floor[k]!, b.floor[k]!);
    a.zero[k] = Math.max(a.zero[k]!, b.zero[k]!);
  }
  return a;
}

const PARTS = /[\p{L}\p{N}]+/gu;
const partsOf = (text: string) => text.match(PARTS) ?? [];

function allParts(
  seg: Segment,
  v: Vocab,
  parts: string[],
  test: WordTest,
  fields: number,
  k = 0,
): Acc | undefined {
  let acc: Acc | undefined;
  for (const p of parts) {
    // A part that short matches anywhere within the edit budget; short parts match exactly.
    const budget = p.length <= 3 ? 0 : Math.min(k, maxErrors(p.length));
    if (p.length <= budget) continue;
    const next = fromWords(
      seg,
      matchWords(v, p, test, budget),
      fields,
      () => 0,
      () => 0,
    );
    acc = acc ? combine(acc, next, true) : next;
  }
  return acc;
}

function fuzzyChunk(seg: Segment, v: Vocab, text: string, fields: number): Acc {
  const k = maxErrors(text.length);
  const floor = (e: number) => Math.max(0.001, Math.min(e, 1) / text.length);
  const whole = fromWords(seg, matchWords(v, text, 'approx', k), fields, floor, (e) =>
    e === 0 ? ZERO_IF_ONE_WORD : 0,
  );
  const parts = partsOf(text);
  if (parts.length === 1 && parts[0] === text) {
    if (k === 0) return whole;
    const cross = fromWords(
      seg,
      acrossWords(v, text, k),
      fields,
      () => Math.max(0.001, 1 / text.length),
      () => 0,
    );
    return combine(whole, cross, false);
  }
  // Words never hold punctuation: "gpt-4" may also match "gpt 4" across words.
  const split =
    allParts(seg, v, parts, 'approx', fields, k) ?? everyPaper(seg, fields, ZERO_IF_ONE_WORD);
  split.floor.fill(0.001);
  split.zero.fill(ZERO_IF_ONE_WORD);
  split.mask.forEach((m, d) => m || split.floor.fill(1, d * 6, d * 6 + 6));
  return combine(whole, split, false);
}

function itemAcc(seg: Segment, v: Vocab, it: Item, fields: number): Acc {
  if (it.kind === 'fuzzy') {
    if (it.text.length <= 32) return fuzzyChunk(seg, v, it.text, fields);
    // fuse cuts long patterns into 32-char chunks and averages their scores.
    const chunks: string[] = [];
    for (let i = 0; i + 32 <= it.text.length; i += 32) chunks.push(it.text.slice(i, i + 32));
    if (it.text.length % 32) chunks.push(it.text.slice(-32));
    const acc = chunks
      .map((c) => fuzzyChunk(seg, v, c, fields))
      .reduce((a, b) => combine(a, b, false));
    acc.zero.fill(ZERO);
    return acc;
  }
  const test: WordTest = it.kind === 'exact' ? 'equals' : 'contains';
  const acc =
    it.kind === 'inverse' || it.kind === 'lacks'
      ? undefined
      : allParts(seg, v, partsOf(it.text), test, fields);
  const out = acc ?? everyPaper(seg, fields, ZERO);
  out.zero.fill(ZERO);
  out.floor.fill(0);
  return out;
}

function termAcc(seg: Segment, v: Vocab, pattern: string, fields: number): Acc | undefined {
  const groups = parsePattern(pattern).map((items) =>
    items.map((it) => itemAcc(seg, v, it, fields)).reduce((a, b) => combine(a, b, true)),
  );
  return groups.length ? groups.reduce((a, b) => combine(a, b, false)) : undefined;
}

/** A term fuse must find absent from every field ("!word"): which papers it surely rules out. */
function negative(
  seg: Segment,
  v: Vocab,
  pattern: string,
  fields: number,
  lb: Float64Array,
  cand: Uint8Array,
): void {
  const groups = parsePattern(pattern);
  const only = groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0]! : undefined;
  const lacks =
    only?.kind === 'lacks' && partsOf(only.text).join('') === only.text ? only.text : undefined;
  const has = lacks
    ? fromWords(
        seg,
        matchWords(v, lacks, 'contains'),
        fields,
        () => 0,
        () => 0,
        true,
      )
    : undefined;
  for (let d = 0; d < cand.length; d++) {
    if (!cand[d]) continue;
    // fuse needs the pattern absent from every field, and every field present.
    if (present(seg, d, fields, true) === 0) {
      cand[d] = 0;
      continue;
    }
    let factor = 1;
    let out = false;
    for (let i = 0; i < FIELDS.length; i++) {
      if (!(fields & (1 << i))) continue;
      const arr = isArrayField(i);
      const hit = has ? (has.mask[d]! & (1 << i)) !== 0 : false;
      // A list field passes when any element lacks the word; a text field when it lacks it.
      if (hit && (!arr || has!.counts[d * 3 + arraySlot(i)]! >= seg.counts[d * 3 + arraySlot(i)]!))
        out = true;
      const norm = arr ? seg.sums[d * 3 + arraySlot(i)]! : seg.norms[d * 6 + i]!;
      factor *= Math.pow(EPS, (WEIGHT[i]! * norm) / 1000);
    }
    if (out) cand[d] = 0;
    else lb[d]! *= factor;
  }
}

/**
 * Candidates of one segment among `alive` papers, and a lower bound of fuse's score for each
 * (lb[d]; meaningful where cand[d] is 1).
 */
export function planSegment(
  seg: Segment,
  v: Vocab,
  terms: Term[],
  alive: Uint8Array,
): { cand: Uint8Array; lb: Float64Array } {
  const n = docCount(seg);
  const cand = alive.slice();
  const lb = new Float64Array(n).fill(1);
  const positives = terms.filter((t) => !t.pattern.startsWith('!'));
  for (const term of positives) {
    const fields = fieldMaskOf(term);
    const acc = termAcc(seg, v, term.pattern, fields);
    if (!acc) continue;
    for (let d = 0; d < n; d++) {
      if (!cand[d]) continue;
      const mask = acc.mask[d]!;
      if (!mask) {
        cand[d] = 0;
        continue;
      }
      let factor = 1;
      for (let i = 0; i < FIELDS.length; i++) {
        if (!(mask & (1 << i))) continue;
        const norm = seg.norms[d * 6 + i]!;
        const z = acc.zero[d * 6 + i];
        const score =
          z === ZERO || (z === ZERO_IF_ONE_WORD && norm === 1000) ? EPS : acc.floor[d * 6 + i]!;
        const times = isArrayField(i)
          ? Math.min(acc.counts[d * 3 + arraySlot(i)]!, seg.counts[d * 3 + arraySlot(i)]!)
          : 1;
        factor *= Math.pow(score, (WEIGHT[i]! * norm * times) / 1000);
      }
      lb[d]! *= factor;
    }
  }
  for (const term of terms.filter((t) => t.pattern.startsWith('!')))
    negative(seg, v, term.pattern, fieldMaskOf(term), lb, cand);
  return { cand, lb };
}
