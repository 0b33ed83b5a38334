// A compact inverted index over cached papers, for search across every day. Pure: no I/O.
// A segment maps each word of a paper's searchable fields to a posting list of paper ordinals,
// with which fields hold the word; per paper it keeps only the numbers fuse.js scores with
// (field norms), so candidates can be ranked by a bound before their text is read from disk.
import type { Field } from './query.js';
import type { Paper } from '../../domain/paper.js';
import { ALL_FIELDS } from './score.js';
import { WORD, words } from './words.js';
import { Bytes, type Segment } from './segment-data.js';
import { LONG_FIELDS, withPositions, writePositions } from './positions.js';

export { WORD, words };
export { Bytes, type Segment };

/** What the index stores per paper on disk: the searchable fields plus what a hit shows. */
export interface IndexedPaper {
  id: string;
  date: string;
  title: string;
  authors: string[];
  upvotes?: number;
  keywords: string[];
  summary: string;
  takeaways: string[];
  abstract: string;
  categories?: string[];
  topics?: string[];
}

/** Fields in bit order (field i is mask bit 1 << i), the scorer's order; authors, keywords,
 *  takeaways are lists. */
export const FIELDS: Field[] = ALL_FIELDS;
export const isArrayField = (i: number) => i === 1 || i === 2 || i === 4;
/** The slot of list field `i` in per-list arrays (sums, counts, posting counts). */
export const arraySlot = (i: number) => (i === 1 ? 0 : i === 2 ? 1 : 2);

/** Fields 0..2 (title, authors, keywords): short enough to keep with the index. */
export const SHORT_FIELDS = 3;

/**
 * A field's values lower-cased (as the scorer compares them) and joined by newlines (checked
 * one at a time), with every UTF-16 unit above 0x7f, and a newline inside a value, as 0x80:
 * one byte a character, and a pattern of ASCII letters and digits is exactly as near to it as
 * to the text, since no pattern character equals either.
 */
export function foldShort(values: string[]): string {
  return values.map((v) => v.toLowerCase().replace(/[^\0-\t\v-\x7f]/g, '\x80')).join('\n');
}

export function toIndexed(p: Paper): IndexedPaper {
  const { id, date, title, authors, upvotes, keywords, summary, takeaways, abstract } = p;
  const { categories, topics } = p;
  return {
    ...{ id, date, title, authors, upvotes, keywords, summary, takeaways, abstract },
    ...{ categories, topics },
  };
}

const isSep = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 160;
/** 1000/√tokens of a value, as the segment stores it (0 marks a blank field). */
export function fuseNorm(value: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < value.length; i++) {
    const sep = isSep(value.charCodeAt(i));
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return Math.round(1000 / Math.sqrt(n));
}
const isBlank = (s: string) => s.trim().length === 0;

/** One posting entry: its doc delta, field mask and per-list-field counts [a, k, t]. */
export interface Entry {
  delta: number;
  mask: number;
  counts: [number, number, number];
}
/** Reads the entry at `at` into `out`; returns the offset after it. */
export function readEntry(p: Uint8Array, at: number, out: Entry): number {
  let n = 0;
  let shift = 1;
  let b: number;
  do {
    b = p[at++]!;
    n += (b & 0x7f) * shift;
    shift *= 128;
  } while (b & 0x80);
  out.delta = n;
  const mask = p[at++]!;
  out.mask = mask;
  out.counts[0] = mask & 2 ? p[at++]! : 0;
  out.counts[1] = mask & 4 ? p[at++]! : 0;
  out.counts[2] = mask & 16 ? p[at++]! : 0;
  return at;
}

export function writeEntry(
  out: Bytes,
  delta: number,
  mask: number,
  counts: ArrayLike<number>,
): void {
  out.varint(delta);
  out.push(mask);
  if (mask & 2) out.push(counts[0]!);
  if (mask & 4) out.push(counts[1]!);
  if (mask & 16) out.push(counts[2]!);
}

interface Posting {
  out: Bytes;
  last: number;
  pos: Bytes;
}

/** Builds a segment from papers in list order (day by day, each day in its own order). */
export function buildSegment(docs: IndexedPaper[]): Segment {
  const n = docs.length;
  const days = [...new Set(docs.map((d) => d.date))].sort();
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const seg = emptySegment(n, days);
  const lists = new Map<string, Posting>();
  const posInDay = new Map<string, number>();
  const short = new Bytes();
  docs.forEach((doc, d) => {
    seg.docDay[d] = dayIndex.get(doc.date)!;
    const pos = posInDay.get(doc.date) ?? 0;
    posInDay.set(doc.date, pos + 1);
    seg.docPos[d] = Math.min(pos, 0xffff);
    const local = new Map<string, Local>();
    FIELDS.forEach((name, i) => {
      const raw = doc[name] as string | string[] | undefined;
      const values = (Array.isArray(raw) ? raw : [raw ?? '']).filter((v) => !isBlank(v));
      const ws = values.map(words);
      if (i < SHORT_FIELDS) {
        seg.shortStart[d * 3 + i] = short.len;
        const text = foldShort(values);
        for (let c = 0; c < text.length; c++) short.push(text.charCodeAt(c));
      }
      if (values.length === 0) return;
      // Categories and topics (bits 6, 7) are only in the postings: no norms, no counts.
      if (i >= 6) return addWords(local, ws, i, -1);
      const norms = values.map(fuseNorm);
      seg.norms[d * 6 + i] = Math.max(...norms);
      if (isArrayField(i)) {
        seg.sums[d * 3 + arraySlot(i)] = Math.min(
          0xffff,
          norms.reduce((a, b) => a + b, 0),
        );
        seg.counts[d * 3 + arraySlot(i)] = Math.min(255, values.length);
      }
      addWords(local, ws, i, isArrayField(i) ? arraySlot(i) : -1);
    });
    for (const [w, e] of local) {
      let list = lists.get(w);
      if (!list) lists.set(w, (list = { out: new Bytes(), last: 0, pos: new Bytes() }));
      writeEntry(list.out, d - list.last, e.mask, e.counts);
      if (e.keys) writePositions(list.pos, e.keys);
      list.last = d;
    }
  });
  seg.shortStart[n * 3] = short.len;
  seg.short = short.bytes().slice();
  const vocab = [...lists.keys()].sort();
  const indexed = withPostings(seg, vocab, (w, out) => appendBytes(out, lists.get(w)!.out.bytes()));
  return withPositions(indexed, vocab, new Bytes(), (w, out) =>
    appendBytes(out, lists.get(w)!.pos.bytes()),
  );
}

/** A word of the paper being indexed: its fields, per list field how many values hold it,
 *  and its positions in the long fields (positions.ts). */
interface Local {
  mask: number;
  counts: [number, number, number];
  keys: number[] | undefined;
  /** The last value it was counted in. */
  seen: number;
}

let valueSerial = 0;

/** Adds the words of field `i`'s values (each value's words) to a paper's word table; in a long
 *  field, with their positions. One pass over the words, one lookup each. */
function addWords(local: Map<string, Local>, values: string[][], i: number, slot: number) {
  const bit = 1 << i;
  const long = (bit & LONG_FIELDS) !== 0;
  let key = i;
  for (const ws of values) {
    const value = ++valueSerial;
    for (let j = 0; j < ws.length; j++, key += 8) {
      const w = ws[j]!;
      let e = local.get(w);
      if (!e) local.set(w, (e = { mask: 0, counts: [0, 0, 0], keys: undefined, seen: 0 }));
      if (long) {
        if (e.keys) e.keys.push(key);
        else e.keys = [key];
      }
      if (e.seen === value) continue;
      e.seen = value;
      e.mask |= bit;
      if (slot >= 0) e.counts[slot] = Math.min(255, e.counts[slot]! + 1);
    }
    key += 8;
  }
}

export function emptySegment(n: number, days: string[]): Segment {
  return {
    days,
    docDay: new Uint16Array(n),
    docPos: new Uint16Array(n),
    norms: new Uint16Array(n * 6),
    sums: new Uint16Array(n * 3),
    counts: new Uint8Array(n * 3),
    vocab: [],
    postStart: new Uint32Array(1),
    postings: new Uint8Array(0),
    short: new Uint8Array(0),
    shortStart: new Uint32Array(n * 3 + 1),
    posStart: new Uint32Array(1),
  };
}

export function appendBytes(out: Bytes, b: Uint8Array): void {
  out.append(b);
}

export function withPostings(
  seg: Segment,
  vocab: string[],
  write: (w: string, out: Bytes) => void,
): Segment {
  const out = new Bytes();
  const postStart = new Uint32Array(vocab.length + 1);
  vocab.forEach((w, i) => {
    postStart[i] = out.len;
    write(w, out);
  });
  postStart[vocab.length] = out.len;
  return { ...seg, vocab, postStart, postings: out.bytes().slice() };
}

export const docCount = (seg: Segment) => seg.docDay.length;
