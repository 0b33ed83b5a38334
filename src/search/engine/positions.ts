// Where each word sits in a paper's long fields (summary, takeaways, abstract, categories,
// topics), so the index tells whether several query words stand together there (a phrase, or
// one word split by punctuation: "text-to-image", "gpt 4") without reading the paper. Without
// it a query of common words read thousands of papers from disk only to learn that their
// words were scattered. Kept per word, beside its postings: for each posting entry whose field
// mask has a long field, for each such field in bit order, a varint count and that many
// varint positions (the first absolute, then deltas). A field's list values are numbered on
// with a gap of one between them, so no phrase spans two values.
import type { Bytes, Segment } from './index-core.js';
import { STARTS, WHOLE } from './together.js';

/** Mask bits of the long fields (3 summary, 4 takeaways, 5 abstract, 6 categories, 7 topics). */
export const LONG_FIELDS = 0xf8;
/** A position as one number: position × 8 + field; the next word of the value is key + 8. */
const keyOf = (pos: number, field: number) => pos * 8 + field;

/** The bytes of word t's positions (what `positionsOf` returns for an in-memory segment). */
export type PositionSource = (t: number) => Uint8Array;

export function memoryPositions(seg: Segment): PositionSource | undefined {
  const pos = seg.pos;
  return pos && ((t) => pos.subarray(seg.posStart[t]!, seg.posStart[t + 1]!));
}

/** Adds the words of long field `field` (its values' words) to a paper's word → keys table. */
export function addPositions(local: Map<string, number[]>, values: string[][], field: number) {
  let pos = 0;
  for (const ws of values) {
    for (const w of ws) {
      const keys = local.get(w);
      if (keys) keys.push(keyOf(pos, field));
      else local.set(w, [keyOf(pos, field)]);
      pos++;
    }
    pos++;
  }
}

/** Writes one posting entry's positions: keys in field order, ascending within a field. */
export function writePositions(out: Bytes, keys: number[]): void {
  for (let i = 0; i < keys.length;) {
    const field = keys[i]! % 8;
    let j = i + 1;
    while (j < keys.length && keys[j]! % 8 === field) j++;
    out.varint(j - i);
    let last = 0;
    for (let k = i; k < j; k++) {
      const pos = (keys[k]! - field) / 8;
      out.varint(pos - last);
      last = pos;
    }
    i = j;
  }
}

function skipVarint(p: Uint8Array, at: number): number {
  while (p[at++]! & 0x80);
  return at;
}

function readVarint(p: Uint8Array, at: number, out: { v: number }): number {
  let x = p[at++]!;
  let v = x & 0x7f;
  for (let shift = 128; x & 0x80; shift *= 128) {
    x = p[at++]!;
    v += (x & 0x7f) * shift;
  }
  out.v = v;
  return at;
}

const num = { v: 0 };

/** The offset after the positions of an entry with field mask `mask`, starting at `at`. */
export function skipPositions(p: Uint8Array, at: number, mask: number): number {
  for (let m = mask & LONG_FIELDS; m; m &= m - 1) {
    at = readVarint(p, at, num);
    for (let n = num.v; n > 0; n--) at = skipVarint(p, at);
  }
  return at;
}

/** One word's postings and positions, walked entry by entry in paper order. */
class Cursor {
  doc = -1;
  mask = 0;
  private post: number;
  private readonly end: number;
  private at = 0;
  constructor(
    private readonly seg: Segment,
    t: number,
    private readonly pos: Uint8Array,
    readonly eq: boolean,
  ) {
    this.post = seg.postStart[t]!;
    this.end = seg.postStart[t + 1]!;
    this.next(true);
  }

  /** Moves to the next entry (skipping this one's positions); doc is Infinity at the end. */
  next(first = false): void {
    if (!first && this.mask & LONG_FIELDS) this.at = skipPositions(this.pos, this.at, this.mask);
    if (this.post >= this.end) {
      this.doc = Infinity;
      return;
    }
    const p = this.seg.postings;
    this.post = readVarint(p, this.post, num);
    this.doc = (this.doc < 0 ? 0 : this.doc) + num.v;
    const mask = p[this.post++]!;
    this.post += (mask & 2 ? 1 : 0) + (mask & 4 ? 1 : 0) + (mask & 16 ? 1 : 0);
    this.mask = mask;
  }

  /** Appends this entry's keys (and whether the word is the query word itself) to a list. */
  collect(keys: number[], eqs: boolean[]): void {
    let at = this.at;
    for (let m = this.mask & LONG_FIELDS; m; m &= m - 1) {
      const field = 31 - Math.clz32(m & -m);
      at = readVarint(this.pos, at, num);
      let pos = 0;
      for (let n = num.v; n > 0; n--) {
        at = readVarint(this.pos, at, num);
        pos += num.v;
        keys.push(keyOf(pos, field));
        eqs.push(this.eq);
      }
    }
  }
}

/** A list of word ids some position must hold (`eq`: the id that is the query word itself). */
export interface WordSet {
  ids: number[];
  eq: number;
}

/** Index of `key` in `keys`, or -1 (lists are a paper's few positions of a word). */
function find(keys: number[], key: number): number {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
  return -1;
}

/**
 * For each paper `d` of `docs` (ascending), the closeness of the query words in its long fields
 * `fields[d]` as the day filter's `phraseCloseness` gives it, read off the positions:
 * `words` are the query words' sets (ids starting with each word), `joins` the ways the words
 * joined may be split over neighbouring words (vocab-match `joins`), `joinedStart[d]` the
 * fields holding a word that starts with the words joined. Returns it per paper in `out`.
 */
export function longCloseness(
  seg: Segment,
  source: PositionSource,
  words: WordSet[],
  joins: number[][][],
  docs: number[],
  fields: Uint8Array,
  joinedStart: Uint8Array | undefined,
  out: Float64Array,
): void {
  const sets: WordSet[] = [...words, ...joins.flat().map((ids) => ({ ids, eq: -1 }))];
  const bytes = new Map<number, Uint8Array>();
  const cursors = sets.map((s) =>
    s.ids.map((t) => {
      let b = bytes.get(t);
      if (!b) bytes.set(t, (b = source(t)));
      return new Cursor(seg, t, b, t === s.eq);
    }),
  );
  const keys: number[][] = sets.map(() => []);
  const eqs: boolean[][] = sets.map(() => []);
  for (const d of docs) {
    for (let l = 0; l < sets.length; l++) {
      keys[l]!.length = 0;
      eqs[l]!.length = 0;
      for (const c of cursors[l]!) {
        while (c.doc < d) c.next();
        if (c.doc === d) c.collect(keys[l]!, eqs[l]!);
      }
    }
    const f = fields[d]! & LONG_FIELDS;
    let best = 0;
    const first = keys[0]!;
    for (let i = 0; i < first.length && best < WHOLE; i++) {
      const k0 = first[i]!;
      if (!(f & (1 << (k0 % 8)))) continue;
      let run = eqs[0]![i] ? WHOLE : STARTS;
      for (let x = 1; x < words.length && run > 0; x++) {
        const at = find(keys[x]!, k0 + 8 * x);
        run = at < 0 ? 0 : Math.min(run, eqs[x]![at] ? WHOLE : STARTS);
      }
      best = Math.max(best, run);
    }
    if (best < WHOLE && joinedStart && joinedStart[d]! & f) best = WHOLE;
    for (
      let j = 0, l = words.length;
      j < joins.length && best < WHOLE;
      l += joins[j]!.length, j++
    ) {
      const head = keys[l]!;
      for (let i = 0; i < head.length && best < WHOLE; i++) {
        const k0 = head[i]!;
        if (!(f & (1 << (k0 % 8)))) continue;
        let all = true;
        for (let x = 1; x < joins[j]!.length && all; x++) all = find(keys[l + x]!, k0 + 8 * x) >= 0;
        if (all) best = WHOLE;
      }
    }
    out[d] = best;
  }
}

/** A segment's positions, one word after another in vocabulary order (as `withPostings`),
 *  written into `out` (empty). */
export function withPositions(
  seg: Segment,
  vocab: string[],
  out: Bytes,
  write: (w: string, out: Bytes) => void,
): Segment {
  const posStart = new Uint32Array(vocab.length + 1);
  vocab.forEach((w, i) => {
    posStart[i] = out.len;
    write(w, out);
  });
  posStart[vocab.length] = out.len;
  return { ...seg, posStart, pos: out.bytes().slice() };
}

/**
 * The positions of a merge (segment.ts `mergeSegments`): for each word of the merged
 * vocabulary, the entries of the papers kept (`remap[s][doc]` ≥ 0), in the inputs' order.
 */
export function mergePositions(
  merged: Segment,
  inputs: { seg: Segment; pos: PositionSource }[],
  remap: Int32Array[],
  where: Map<string, [number, number][]>,
  out: Bytes,
): Segment {
  return withPositions(merged, merged.vocab, out, (w) => {
    for (const [s, t] of where.get(w)!) {
      const { seg, pos } = inputs[s]!;
      const bytes = pos(t);
      const p = seg.postings;
      let doc = 0;
      let at = 0;
      for (let post = seg.postStart[t]!, end = seg.postStart[t + 1]!; post < end;) {
        post = readVarint(p, post, num);
        doc += num.v;
        const mask = p[post++]!;
        post += (mask & 2 ? 1 : 0) + (mask & 4 ? 1 : 0) + (mask & 16 ? 1 : 0);
        if (!(mask & LONG_FIELDS)) continue;
        const from = at;
        at = skipPositions(bytes, at, mask);
        if (remap[s]![doc]! >= 0) for (let i = from; i < at; i++) out.push(bytes[i]!);
      }
    }
  });
}
