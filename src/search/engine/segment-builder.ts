// Builds a segment a paper at a time (see index-core.ts for what a segment holds), so a
// rebuild streams day files through it without holding their papers. Pure, and cheap per
// word: words get numbers as they are first met, and a paper's words are gathered in typed
// arrays stamped with the paper's ordinal instead of a Map a paper; posting lists grow in
// place, and so do the word positions of the long fields (positions.ts). The segment is the
// one the simple build would give, byte for byte (a test holds it to one).
import {
  arraySlot,
  FIELDS,
  foldShort,
  isArrayField,
  SHORT_FIELDS,
  words,
  type IndexedPaper,
  type Segment,
} from './index-core.js';
import { LONG_FIELDS } from './positions.js';

const NON_ASCII = /[^\0-\x7f]/;
/** What String.prototype.trim would leave empty; most values start with a printable ASCII. */
const isBlank = (s: string) => {
  const c = s.charCodeAt(0);
  return !(c > 32 && c < 127) && s.trim().length === 0;
};
/** Papers built the native way first (see addValue). */
const NATIVE_PAPERS = 2000;
/** fuse's tokens: runs of anything but its spacing (see fuseNorm). */
const FUSE_TOKEN = /[^\t-\r \u00a0]+/g;
/** fuseNorm(value), counted by a regular expression. */
const nativeNorm = (value: string) =>
  Math.round(1000 / Math.sqrt(value.match(FUSE_TOKEN)?.length ?? 0));
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** ASCII upper case to lower; other code units as they are. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

const EMPTY = new Uint8Array(0);

/** Writes `n` as a LEB128 varint at `at` of `buf` (room checked by the caller); returns the
 *  end. */
function varint(buf: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    buf[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[at++] = n;
  return at;
}

/** Bytes that grow by doubling. */
class Grow {
  buf: Uint8Array;
  len = 0;
  constructor(size = 1024) {
    this.buf = new Uint8Array(size);
  }
  room(n: number): Uint8Array {
    if (this.len + n > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    return this.buf;
  }
}

/** Numbers that grow by doubling, typed. */
function grown<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array>(
  a: T,
  need: number,
): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

export class SegmentBuilder {
  private n = 0;
  /** Dates in the order first met; a paper's day is an index into it until `finish`. */
  private dates: string[] = [];
  private dateAt = new Map<string, number>();
  private posInDay: number[] = [];
  private docDay = new Uint16Array(1024);
  private docPos = new Uint16Array(1024);
  private norms = new Uint16Array(1024 * 6);
  private sums = new Uint16Array(1024 * 3);
  private counts = new Uint8Array(1024 * 3);
  private shortStart = new Uint32Array(1024 * 3 + 1);
  private short = new Grow(1 << 16);

  /** Words by number, found through `table` (open addressing on `wordHash`); per word
   *  number: its posting bytes, their length, its last paper. */
  private wordList: string[] = [];
  /** The same words in a Map, for words the regular expression gives as strings. */
  private wordId = new Map<string, number>();
  private wordHash = new Int32Array(1024);
  private table = new Int32Array(4096);
  private lists: Uint8Array[] = [];
  private listLen = new Int32Array(1024);
  private listLast = new Int32Array(1024);
  /** Per word number, for the paper being added: ordinal+1 once seen, mask, list counts. */
  private seenDoc = new Int32Array(1024);
  private seenValue = new Int32Array(1024);
  private mask = new Uint8Array(1024);
  private cnt = new Uint8Array(1024 * 3);
  private touched = new Int32Array(256);
  private nTouched = 0;
  private value = 0;
  /** Per word number, its position bytes (positions.ts) and their length. */
  private plists: Uint8Array[] = [];
  private plistLen = new Int32Array(1024);
  /** The paper's long-field words as they come: field and position of each, chained per word
   *  (first and last by word number, the next of each), in field order then position order. */
  private occField = new Uint8Array(1024);
  private occPos = new Int32Array(1024);
  private occNext = new Int32Array(1024);
  private nOcc = 0;
  private occFirst = new Int32Array(1024);
  private occLast = new Int32Array(1024);
  /** The position of the next word of the long field being read (index-core `addWords`). */
  private at = 0;

  /** `nativePapers`: how many papers go the native way first (tests try both ways). */
  constructor(private readonly nativePapers = NATIVE_PAPERS) {}

  get size(): number {
    return this.n;
  }

  /** Adds papers in list order (day by day, each day in its own order). */
  add(doc: IndexedPaper): void {
    const d = this.n++;
    this.ensureDocs(this.n);
    let day = this.dateAt.get(doc.date);
    if (day === undefined) {
      day = this.dates.push(doc.date) - 1;
      this.dateAt.set(doc.date, day);
      this.posInDay.push(0);
    }
    this.docDay[d] = day;
    this.docPos[d] = Math.min(this.posInDay[day]!++, 0xffff);
    this.nTouched = 0;
    this.nOcc = 0;
    for (let i = 0; i < FIELDS.length; i++) {
      const raw = doc[FIELDS[i]!] as string | string[] | undefined;
      const values = (Array.isArray(raw) ? raw : [raw ?? '']).filter((v) => !isBlank(v));
      if (i < SHORT_FIELDS) this.addShort(d * 3 + i, values);
      if (values.length === 0) continue;
      const slot = i < 6 && isArrayField(i) ? arraySlot(i) : -1;
      let max = 0;
      let sum = 0;
      // A field's values are numbered on, with a gap of one between them.
      this.at = 0;
      for (const v of values) {
        const norm = this.addValue(v, d, i, slot);
        if (norm > max) max = norm;
        sum += norm;
      }
      // Categories and topics (bits 6, 7) are only in the postings: no norms, no counts.
      if (i >= 6) continue;
      this.norms[d * 6 + i] = max;
      if (slot >= 0) {
        this.sums[d * 3 + slot] = Math.min(0xffff, sum);
        this.counts[d * 3 + slot] = Math.min(255, values.length);
      }
    }
    for (let t = 0; t < this.nTouched; t++) this.post(this.touched[t]!, d);
  }

  private ensureDocs(n: number): void {
    this.docDay = grown(this.docDay, n);
    this.docPos = grown(this.docPos, n);
    this.norms = grown(this.norms, n * 6);
    this.sums = grown(this.sums, n * 3);
    this.counts = grown(this.counts, n * 3);
    this.shortStart = grown(this.shortStart, n * 3 + 1);
  }

  private addShort(at: number, values: string[]): void {
    const s = this.short;
    this.shortStart[at] = s.len;
    const text = foldShort(values);
    const buf = s.room(text.length);
    for (let c = 0; c < text.length; c++) buf[s.len++] = text.charCodeAt(c);
  }

  /**
   * Adds the words of one value, each counted once for it, and returns its fuse norm (as
   * fuseNorm gives it; for ASCII text counted in the same pass).
   */
  private addValue(value: string, d: number, field: number, slot: number): number {
    const v = ++this.value;
    const bit = 1 << field;
    // Only a long field's words have positions: -1 for the others.
    const f = bit & LONG_FIELDS ? field : -1;
    const norm = this.addWords(value, d, bit, f, slot, v);
    this.at++;
    return norm;
  }

  private addWords(
    value: string,
    d: number,
    bit: number,
    f: number,
    slot: number,
    v: number,
  ): number {
    // Until the scan below is compiled (a few thousand papers in), the regular expressions'
    // native loops are many times faster than interpreting it a character at a time.
    if (this.n <= this.nativePapers || NON_ASCII.test(value)) {
      for (const w of words(value))
        this.addWord(this.wordId.get(w) ?? this.idOf(w), d, bit, f, slot, v);
      return nativeNorm(value);
    }
    // ASCII: a word is a run of [A-Za-z0-9], as WORD finds it, lower-cased; fuse's tokens are
    // runs of anything but spacing.
    let tokens = 0;
    let inToken = false;
    for (let i = 0, n = value.length; i < n;) {
      let c = value.charCodeAt(i);
      if (!isWordChar(c)) {
        const sep = c === 32 || (c >= 9 && c <= 13);
        if (!sep && !inToken) tokens++;
        inToken = !sep;
        i++;
        continue;
      }
      if (!inToken) tokens++;
      inToken = true;
      const start = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + lower(c)) | 0;
        c = value.charCodeAt(++i);
      } while (i < n && isWordChar(c));
      this.addWord(this.find(value, start, i, h, true), d, bit, f, slot, v);
    }
    return Math.round(1000 / Math.sqrt(tokens));
  }

  /** The number of a new word `w` (lower-case), hashed as the scan hashes it. */
  private idOf(w: string): number {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + lower(w.charCodeAt(i))) | 0;
    return this.find(w, 0, w.length, h, false);
  }

  /** Finds (or adds) value[start, end), lower-cased first when `fold`, by its hash `h`. */
  private find(value: string, start: number, end: number, h: number, fold: boolean): number {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d); // spread the bits the table slot takes
    h ^= h >>> 12;
    const len = end - start;
    const m = this.table.length - 1;
    for (let slot = h & m; ; slot = (slot + 1) & m) {
      const at = this.table[slot]!;
      if (at === 0) break;
      if (this.wordHash[at - 1] !== h) continue;
      const w = this.wordList[at - 1]!;
      if (w.length !== len) continue;
      let i = 0;
      while (i < len && w.charCodeAt(i) === lower(value.charCodeAt(start + i))) i++;
      if (i === len) return at - 1;
    }
    const w = value.slice(start, end);
    return this.newWord(fold ? w.toLowerCase() : w, h);
  }

  /** One word of a value: counted once for the value; in a long field (`f` ≥ 0), its
   *  position is kept for every time it stands there. */
  private addWord(id: number, d: number, bit: number, f: number, slot: number, v: number): void {
    const pos = this.at++;
    if (this.seenValue[id] !== v) {
      this.seenValue[id] = v;
      if (this.seenDoc[id] !== d + 1) {
        this.seenDoc[id] = d + 1;
        this.mask[id] = 0;
        this.cnt[id * 3] = this.cnt[id * 3 + 1] = this.cnt[id * 3 + 2] = 0;
        this.occFirst[id] = -1;
        if (this.nTouched === this.touched.length)
          this.touched = grown(this.touched, this.nTouched + 1);
        this.touched[this.nTouched++] = id;
      }
      this.mask[id]! |= bit;
      if (slot >= 0 && this.cnt[id * 3 + slot]! < 255) this.cnt[id * 3 + slot]!++;
    }
    if (f < 0) return;
    const k = this.nOcc++;
    if (k === this.occPos.length) {
      this.occField = grown(this.occField, k + 1);
      this.occPos = grown(this.occPos, k + 1);
      this.occNext = grown(this.occNext, k + 1);
    }
    this.occField[k] = f;
    this.occPos[k] = pos;
    this.occNext[k] = -1;
    if (this.occFirst[id] === -1) this.occFirst[id] = k;
    else this.occNext[this.occLast[id]!] = k;
    this.occLast[id] = k;
  }

  private newWord(w: string, h: number): number {
    const id = this.wordList.push(w) - 1;
    this.wordId.set(w, id);
    const n = id + 1;
    if (n * 2 > this.table.length) this.rehash(this.table.length * 2);
    this.wordHash = grown(this.wordHash, n);
    this.wordHash[id] = h;
    this.place(id);
    this.lists.push(new Uint8Array(16));
    this.plists.push(EMPTY);
    this.plistLen = grown(this.plistLen, n);
    this.occFirst = grown(this.occFirst, n);
    this.occLast = grown(this.occLast, n);
    this.listLen = grown(this.listLen, n);
    this.listLast = grown(this.listLast, n);
    this.seenDoc = grown(this.seenDoc, n);
    this.seenValue = grown(this.seenValue, n);
    this.mask = grown(this.mask, n);
    this.cnt = grown(this.cnt, n * 3);
    return id;
  }

  /** Puts word `id` in the open-addressing table (its slot holds id + 1). */
  private place(id: number): void {
    const m = this.table.length - 1;
    let slot = this.wordHash[id]! & m;
    while (this.table[slot] !== 0) slot = (slot + 1) & m;
    this.table[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.wordList.length - 1; id++) this.place(id);
  }

  /** Appends paper `d`'s entry to word `id`'s list (see writeEntry in index-core.ts). */
  private post(id: number, d: number): void {
    let list = this.lists[id]!;
    let at = this.listLen[id]!;
    if (at + 9 > list.length) {
      const next = new Uint8Array(list.length * 2 + 9);
      next.set(list.subarray(0, at));
      this.lists[id] = list = next;
    }
    let delta = d - this.listLast[id]!;
    this.listLast[id] = d;
    while (delta >= 0x80) {
      list[at++] = (delta & 0x7f) | 0x80;
      delta = Math.floor(delta / 128);
    }
    list[at++] = delta;
    const mask = this.mask[id]!;
    list[at++] = mask;
    if (mask & 2) list[at++] = this.cnt[id * 3]!;
    if (mask & 4) list[at++] = this.cnt[id * 3 + 1]!;
    if (mask & 16) list[at++] = this.cnt[id * 3 + 2]!;
    this.listLen[id] = at;
    if (mask & LONG_FIELDS) this.postPositions(id);
  }

  /**
   * Appends the paper's positions of word `id` to its position bytes (writePositions in
   * positions.ts): per long field, a varint count, then the positions as varints (the first
   * absolute, then deltas).
   */
  private postPositions(id: number): void {
    let need = 0;
    for (let k = this.occFirst[id]!; k >= 0; k = this.occNext[k]!) need += 10;
    let list = this.plists[id]!;
    let at = this.plistLen[id]!;
    if (at + need > list.length) {
      const next = new Uint8Array(Math.max(list.length * 2, at + need, 16));
      next.set(list.subarray(0, at));
      this.plists[id] = list = next;
    }
    for (let k = this.occFirst[id]!; k >= 0;) {
      const field = this.occField[k]!;
      let count = 0;
      for (let j = k; j >= 0 && this.occField[j] === field; j = this.occNext[j]!) count++;
      at = varint(list, at, count);
      let last = 0;
      for (; k >= 0 && this.occField[k] === field; k = this.occNext[k]!) {
        at = varint(list, at, this.occPos[k]! - last);
        last = this.occPos[k]!;
      }
    }
    this.plistLen[id] = at;
  }

  /** The segment of every paper added. */
  finish(): Segment {
    const n = this.n;
    const days = [...this.dates].sort();
    const rank = this.dates.map((d) => days.indexOf(d));
    const docDay = new Uint16Array(n);
    for (let d = 0; d < n; d++) docDay[d] = rank[this.docDay[d]!]!;
    this.shortStart[n * 3] = this.short.len;
    const order = this.wordList
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.wordList[a]!;
        const y = this.wordList[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    let total = 0;
    for (const id of order) total += this.listLen[id]!;
    const postings = new Uint8Array(total);
    const postStart = new Uint32Array(order.length + 1);
    let at = 0;
    order.forEach((id, i) => {
      postStart[i] = at;
      postings.set(this.lists[id]!.subarray(0, this.listLen[id]!), at);
      at += this.listLen[id]!;
    });
    postStart[order.length] = at;
    let posTotal = 0;
    for (const id of order) posTotal += this.plistLen[id]!;
    const pos = new Uint8Array(posTotal);
    const posStart = new Uint32Array(order.length + 1);
    at = 0;
    order.forEach((id, i) => {
      posStart[i] = at;
      pos.set(this.plists[id]!.subarray(0, this.plistLen[id]!), at);
      at += this.plistLen[id]!;
    });
    posStart[order.length] = at;
    // Not built on (a builder makes one segment): its lists go as the segment is written.
    this.lists = [];
    this.plists = [];
    return {
      days,
      docDay,
      docPos: this.docPos.slice(0, n),
      norms: this.norms.slice(0, n * 6),
      sums: this.sums.slice(0, n * 3),
      counts: this.counts.slice(0, n * 3),
      vocab: order.map((id) => this.wordList[id]!),
      postStart,
      postings,
      short: this.short.buf.slice(0, this.short.len),
      shortStart: this.shortStart.slice(0, n * 3 + 1),
      posStart,
      pos,
    };
  }
}
