// What a search-index segment holds, and the byte buffer it is written with: shared by the
// builder (index-core.ts, segment-builder.ts) and the word positions (positions.ts) without
// either importing the other.

export interface Segment {
  /** Distinct dates, ascending; `docDay` indexes them. */
  days: string[];
  docDay: Uint16Array;
  /** Position of the paper in its day list: fuse breaks score ties by list order. */
  docPos: Uint16Array;
  /** doc*6+field: fuse's field norm ×1000 (0 = blank); for list fields the largest element's. */
  norms: Uint16Array;
  /** doc*3+slot: the sum of element norms ×1000 of a list field. */
  sums: Uint16Array;
  /** doc*3+slot: non-blank elements of a list field. */
  counts: Uint8Array;
  /** Sorted words; postings of word i are bytes postStart[i]..postStart[i+1]. */
  vocab: string[];
  postStart: Uint32Array;
  /** Per entry: varint doc delta, field-mask byte, one count byte per list field in the mask. */
  postings: Uint8Array;
  /** The short fields (title, authors, keywords) of every paper as `foldShort` gives them, a
   *  byte a character, so a match the words alone cannot confirm (across a word break) is
   *  checked without the record; field j of paper d is short[shortStart[d*3+j] ..
   *  shortStart[d*3+j+1]). */
  short: Uint8Array;
  shortStart: Uint32Array;
  /** Where word i's positions start (positions.ts), like postStart; the positions themselves
   *  (`pos`) are in memory for a segment just built, on disk beside the index otherwise. */
  posStart: Uint32Array;
  pos?: Uint8Array;
}

/** A growable byte buffer with LEB128 varints. */
export class Bytes {
  buf = new Uint8Array(256);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b;
  }
  /** Appends `b` in one copy. */
  append(b: Uint8Array): void {
    if (this.len + b.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + b.length));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  varint(n: number): void {
    while (n >= 0x80) {
      this.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.push(n);
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}
