// Query → candidate papers of one segment, each with a lower bound of the score the day filter
// (= fuse.js) will give it. A paper scores Π score^(weight·norm) over every matching field
// value; the bound assumes the best score each field could reach, so ranking reads the text of
// the most promising papers only and still returns exactly the filter's top results. Negated
// terms only drop papers; a plain "!word" is settled here without reading any text.
import { WEIGHT, type CompiledQuery, type CompiledTerm } from './score.js';
import {
  allOf,
  floorAt,
  combine,
  everyPaper,
  fromWords,
  ZERO,
  ZERO_IF_ONE_WORD,
  type Acc,
} from './acc.js';
import {
  arraySlot,
  docCount,
  FIELDS,
  isArrayField,
  SHORT_FIELDS,
  WORD,
  type Segment,
} from './index-core.js';
import { bytesWithin, patternBits, type PatternBits } from './myers.js';
import { acrossWords, edgeWords } from './across.js';
import { piecesAcc } from './pieces.js';
import {
  matchWords,
  maxErrors,
  singleItem,
  type Item,
  type Vocab,
  type WordTest,
} from './vocab.js';

const LOG_EPS = Math.log(Number.EPSILON);
/** A compiled term's fields (indices in FIELDS order) as a bit mask. */
const fieldMaskOf = (term: CompiledTerm) => term.fields.reduce((m, i) => m | (1 << i), 0);

const partsOf = (text: string) => text.match(WORD) ?? [];

/**
 * Fields where a pattern with one edit to spend may match across a word break: the break is
 * that edit, so one word ends with the pattern's head and a word in the same field starts
 * with its tail (the tail may also skip the character the break replaced).
 */
function acrossOne(
  seg: Segment,
  v: Vocab,
  text: string,
  fields: number,
  seen: Set<number>,
): Acc | undefined {
  const n = text.length;
  const floor = () => Math.max(0.001, 1 / n);
  const { heads, tails } = edgeWords(v, text, seen);
  const side = (ids: [number, number][]) => fromWords(seg, ids, fields, floor, () => 0);
  // Splits as [head length, tail start]; a side of one character is not looked up, so the
  // other side alone stands for that split.
  const splits: [number | undefined, number | undefined][] = [];
  for (const skip of [0, 1])
    for (let i = 1; i + skip < n; i++)
      splits.push([i >= 2 ? i : undefined, n - i - skip >= 2 ? i + skip : undefined]);
  // A pair whose head or tail already stands alone adds no paper (only looser counts).
  const aloneHeads = new Set(splits.filter(([, t]) => t === undefined).map(([h]) => h));
  const aloneTails = new Set(splits.filter(([h]) => h === undefined).map(([, t]) => t));
  let out: Acc | undefined;
  for (const [hi, ti] of splits) {
    const h = hi === undefined ? undefined : heads[hi]!;
    const t = ti === undefined ? undefined : tails[ti]!;
    if (h && t && (aloneHeads.has(hi) || aloneTails.has(ti))) continue;
    if ((h && !h.length) || (t && !t.length)) continue; // a side no word has
    const head = h && side(h);
    const tail = t && side(t);
    const both = head && tail ? combine(head, tail, true) : (head ?? tail);
    if (both) out = out ? combine(out, both, false) : both;
  }
  return out;
}

const ASCII = /^[\0-\x7f]*$/;
const NEWLINE = 10;

/** Whether some value of short field j of paper d holds `bits`' pattern within k edits. */
function shortHolds(seg: Segment, d: number, j: number, bits: PatternBits, k: number): boolean {
  const from = seg.shortStart[d * 3 + j]!;
  const to = seg.shortStart[d * 3 + j + 1]!;
  return bytesWithin(bits, seg.short, from, to, k, NEWLINE);
}

/**
 * Takes back the short fields (title, authors, keywords) where `cross` saw a match across a
 * word break that the paper's text does not hold: the words only say that one ends with the
 * pattern's head and one starts with its tail, not that they are neighbours. Checked on the
 * folded short text kept with the segment (ASCII patterns only), so a rare word does not make
 * candidates of every paper with such a pair of authors. Fields `whole` matched are left.
 */
function confirmShort(seg: Segment, cross: Acc, whole: Acc, text: string, k: number): void {
  if (!ASCII.test(text)) return;
  const bits = patternBits(text);
  const all = (1 << SHORT_FIELDS) - 1;
  for (const d of cross.docs) {
    const m = cross.mask[d]! & all & ~whole.mask[d]!;
    for (let j = 0; j < SHORT_FIELDS; j++)
      if (m & (1 << j) && !shortHolds(seg, d, j, bits, k)) cross.mask[d]! &= ~(1 << j);
  }
}

function fuzzyChunk(seg: Segment, v: Vocab, text: string, fields: number): Acc {
  const k = maxErrors(text.length);
  const floor = (e: number) => Math.max(0.001, Math.min(e, 1) / text.length);
  const near = matchWords(v, text, 'approx', k);
  // A value scores 0 only when it is the pattern itself: one word, equal to it.
  const whole = fromWords(seg, near, fields, floor, (_, t) =>
    v.words[t] === text ? ZERO_IF_ONE_WORD : 0,
  );
  const parts = partsOf(text);
  if (parts.length === 1 && parts[0] === text) {
    if (k === 0) return whole;
    // A word already near the pattern is counted once: list-field counts add up over words.
    const seen = new Set(near.map(([t]) => t));
    const crossFloor = () => Math.max(0.001, 1 / text.length);
    const cross =
      k === 1
        ? acrossOne(seg, v, text, fields, seen)
        : fromWords(
            seg,
            acrossWords(v, text, k).filter(([t]) => !seen.has(t)),
            fields,
            crossFloor,
            () => 0,
          );
    if (cross) confirmShort(seg, cross, whole, text, k);
    return cross ? combine(whole, cross, false) : whole;
  }
  // Words never hold punctuation: "gpt-4" may also match "gpt 4" across words.
  const split = piecesAcc(seg, v, text, k, fields);
  split.floor.fill(0.001);
  split.zero.fill(ZERO_IF_ONE_WORD);
  split.zc.set(split.counts);
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
    it.kind === 'inverse' || it.kind === 'inverseSuffix' || it.kind === 'lacks'
      ? undefined
      : allOf(
          seg,
          partsOf(it.text).map((p) => matchWords(v, p, test)),
          fields,
        );
  const out = acc ?? everyPaper(seg, fields, ZERO);
  out.zero.fill(ZERO);
  out.floor.fill(0);
  return out;
}

function termAcc(seg: Segment, v: Vocab, groups: Item[][], fields: number): Acc | undefined {
  const accs = groups.map((items) =>
    items.map((it) => itemAcc(seg, v, it, fields)).reduce((a, b) => combine(a, b, true)),
  );
  return accs.length ? accs.reduce((a, b) => combine(a, b, false)) : undefined;
}

/**
 * A negated term ("!word") drops the papers holding the word in any of its fields; it scores
 * nothing. Returns true when the index decided it exactly (a plain word: every paper holding
 * it has an indexed word containing it); otherwise the ranker checks the text.
 */
function negative(seg: Segment, v: Vocab, groups: Item[][], fields: number, cand: Uint8Array) {
  const only = singleItem(groups);
  const plain = only?.kind === 'lacks' && partsOf(only.text).join('') === only.text;
  if (!plain) return false;
  const ids = matchWords(v, only.text, 'contains');
  const has = fromWords(
    seg,
    ids,
    fields,
    () => 0,
    () => 0,
  );
  for (let d = 0; d < cand.length; d++) if (has.mask[d]) cand[d] = 0;
  return true;
}

/**
 * Candidates of one segment among `alive` papers, and a lower bound of fuse's score for each
 * (lb[d]; meaningful where cand[d] is 1). `exact` means every candidate matches with score
 * lb[d]: a query of plain negations only, which the index settles without the text.
 */
export function planSegment(
  seg: Segment,
  v: Vocab,
  query: CompiledQuery,
  alive: Uint8Array,
): { cand: Uint8Array; lb: Float64Array; exact: boolean } {
  const n = docCount(seg);
  const cand = alive.slice();
  const lb = new Float64Array(n).fill(1);
  const { positives, negatives } = query;
  // Floors take a handful of values (0.001, errors/length): their logarithms are reused.
  let lastFloor = 1;
  let lastLog = 0;
  const logOf = (f: number) =>
    f === lastFloor ? lastLog : ((lastFloor = f), (lastLog = Math.log(f)));
  for (const term of positives) {
    const fields = fieldMaskOf(term);
    const acc = termAcc(seg, v, term.groups, fields);
    if (!acc) continue;
    for (let d = 0; d < n; d++) {
      if (!cand[d]) continue;
      const mask = acc.mask[d]!;
      if (!mask) {
        cand[d] = 0;
        continue;
      }
      // The bound's logarithm: one exp per paper instead of a pow per field.
      let log = 0;
      const k = floorAt(acc, d);
      for (let i = 0; i < FIELDS.length; i++) {
        if (!(mask & (1 << i))) continue;
        const norm = seg.norms[d * 6 + i]! / 1000;
        const z = acc.zero[k + i];
        const floor = acc.floor[k + i]!;
        const w = WEIGHT[i]!;
        if (!isArrayField(i)) {
          const zero = z === ZERO || (z === ZERO_IF_ONE_WORD && norm === 1);
          log += w * norm * (zero ? LOG_EPS : logOf(floor));
          continue;
        }
        // List elements: each matching one multiplies in; an element equal to the pattern is
        // one word (norm 1) and scores 0; the others score at least `floor`.
        const slot = d * 3 + arraySlot(i);
        const times = Math.min(acc.counts[slot]!, seg.counts[slot]!);
        // (`norm` is the largest element's: 1 when some element is one word.)
        const zeros =
          z === ZERO
            ? times
            : z === ZERO_IF_ONE_WORD && norm === 1
              ? Math.min(acc.zc[slot]!, times)
              : 0;
        log += w * (z === ZERO ? norm : 1) * zeros * LOG_EPS;
        if (times > zeros) log += w * norm * (times - zeros) * logOf(floor);
      }
      lb[d]! *= Math.exp(log);
    }
  }
  let decided = positives.length === 0;
  for (const term of negatives)
    decided = negative(seg, v, term.groups, fieldMaskOf(term), cand) && decided;
  return { cand, lb, exact: decided };
}
