// Where each word sits in a paper's long fields (summary, takeaways, abstract, categories,
// topics), so the index tells whether several query words stand together there (a phrase, or
// one word split by punctuation: "text-to-image", "gpt 4") without reading the paper. Without
// it a query of common words read thousands of papers from disk only to learn that their
// words were scattered. Kept per word, beside its postings: for each posting entry whose field
// mask has a long field, for each such field in bit order, a varint count and that many
// varint positions (the first absolute, then deltas). A field's list values are numbered on
// with a gap of one between them, so no phrase spans two values.
import type { Bytes, Segment } from './segment-data.js';
import { STARTS, WHOLE } from './together.js';

/** Mask bits of the long fields (3 summary, 4 takeaways, 5 abstract, 6 categories, 7 topics). */
export const LONG_FIELDS = 0xf8;
/** A position as one number: position × 8 + field; the next word of the value is key + 8.
 *  A field's values are numbered on with a gap of one (index-core `addWords`). */
const keyOf = (pos: number, field: number) => pos * 8 + field;

/** Keys below this are looked up in an array of marks (at most 4 MB a word); the rest by a
 *  binary search, so a huge abstract cannot make a search allocate without bound. */
const MARKED = 1 << 20;

/** The bytes of word t's positions (what `positionsOf` returns for an in-memory segment). */
export type PositionSource = (t: number) => Uint8Array;

export function memoryPositions(seg: Segment): PositionSource | undefined {
  const pos = seg.pos;
  return pos && ((t) => pos.subarray(seg.posStart[t]!, seg.posStart[t + 1]!));
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

/**
 * One word's postings and positions, walked entry by entry in paper order; `collect` keeps the
 * positions of the paper at hand as marks (stamped per paper, so nothing is cleared between
 * papers) and as a list to walk.
 */
class Cursor {
  doc = -1;
  private mask = 0;
  private post: number;
  private readonly end: number;
  private at = 0;
  keys = new Int32Array(64);
  n = 0;
  private marks = new Int32Array(1024);
  private stamp = 0;
  /** The paper last collected. */
  private seen = -1;
  /** The long fields of the paper last collected, and where each one's keys start and end in
   *  `keys` (ascending there). */
  private fields = 0;
  private from = new Int32Array(8);
  private to = new Int32Array(8);
  constructor(
    private readonly seg: Segment,
    t: number,
    private readonly pos: Uint8Array,
  ) {
    this.post = seg.postStart[t]!;
    this.end = seg.postStart[t + 1]!;
    this.next(true);
  }

  /** Moves to the next entry (skipping this one's positions); doc is Infinity at the end. */
  private next(first = false): void {
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

  /** Reads paper d's positions of the word (none when the word is not in it). */
  collect(d: number): void {
    if (this.seen === d) return;
    this.seen = d;
    this.n = 0;
    this.stamp++;
    this.fields = 0;
    while (this.doc < d) this.next();
    if (this.doc !== d) return;
    this.fields = this.mask & LONG_FIELDS;
    const p = this.pos;
    let at = this.at;
    for (let m = this.mask & LONG_FIELDS; m; m &= m - 1) {
      const field = 31 - Math.clz32(m & -m);
      this.from[field] = this.n;
      at = readVarint(p, at, num);
      let pos = 0;
      for (let n = num.v; n > 0; n--) {
        let x = p[at++]!;
        let v = x & 0x7f;
        for (let shift = 128; x & 0x80; shift *= 128) {
          x = p[at++]!;
          v += (x & 0x7f) * shift;
        }
        pos += v;
        this.add(keyOf(pos, field));
      }
      this.to[field] = this.n;
    }
  }

  private add(key: number): void {
    if (this.n === this.keys.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = key;
    if (key >= MARKED) return;
    if (key >= this.marks.length) {
      const grown = new Int32Array(Math.max(key + 1, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.marks[key] = this.stamp;
  }

  /** Whether the word is at `key` in the paper last collected. */
  has(key: number): boolean {
    if (key < MARKED) return key < this.marks.length && this.marks[key] === this.stamp;
    // Past the marks (a value of over 100k words): a binary search in the field's keys.
    const field = key % 8;
    if (!(this.fields & (1 << field))) return false;
    let lo = this.from[field]!;
    let hi = this.to[field]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.to[field]! && this.keys[lo] === key;
  }
}

/** A list of word ids some position must hold (`eq`: the id that is the query word itself). */
export interface WordSet {
  ids: number[];
  eq: number;
}

/** How set `s` (cursors, with the one of the query word itself) holds `key`: WHOLE, STARTS, 0. */
function holds(s: { cursors: Cursor[]; eq: Cursor | undefined }, key: number): number {
  let got = 0;
  for (const c of s.cursors) if (c.has(key)) got = c === s.eq ? WHOLE : STARTS;
  return got;
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
  // One cursor a word id, however many sets hold it.
  const byId = new Map<number, Cursor>();
  const cursorOf = (t: number) => {
    let c = byId.get(t);
    if (!c) byId.set(t, (c = new Cursor(seg, t, source(t))));
    return c;
  };
  const sets = [...words, ...joins.flat().map((ids) => ({ ids, eq: -1 }))].map((s) => ({
    cursors: s.ids.map(cursorOf),
    eq: s.eq >= 0 && s.ids.includes(s.eq) ? cursorOf(s.eq) : undefined,
  }));
  // A set's positions are read only when a check gets to it: "large language model" reads
  // model's many positions only where "large language" stands.
  const load = (x: number, d: number) => {
    for (const c of sets[x]!.cursors) c.collect(d);
    return sets[x]!;
  };
  for (const d of docs) {
    load(0, d);
    const f = fields[d]! & LONG_FIELDS;
    let best = 0;
    for (const c of sets[0]!.cursors)
      for (let i = 0; i < c.n && best < WHOLE; i++) {
        const k0 = c.keys[i]!;
        if (!(f & (1 << (k0 % 8)))) continue;
        let run = c === sets[0]!.eq ? WHOLE : STARTS;
        for (let x = 1; x < words.length && run > 0; x++)
          run = Math.min(run, holds(load(x, d), k0 + 8 * x));
        best = Math.max(best, run);
      }
    if (best < WHOLE && joinedStart && joinedStart[d]! & f) best = WHOLE;
    for (let j = 0, l = words.length; j < joins.length && best < WHOLE; l += joins[j]!.length, j++)
      for (const c of load(l, d).cursors)
        for (let i = 0; i < c.n && best < WHOLE; i++) {
          const k0 = c.keys[i]!;
          if (!(f & (1 << (k0 % 8)))) continue;
          let ok = true;
          for (let x = 1; x < joins[j]!.length && ok; x++)
            ok = holds(load(l + x, d), k0 + 8 * x) > 0;
          if (ok) best = WHOLE;
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
