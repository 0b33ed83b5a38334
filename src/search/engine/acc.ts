// The per-paper accumulators behind the plan's bounds: which fields and list elements of each
// paper a query item may match, and the best score each field could get, read off the postings.
import { arraySlot, docCount, FIELDS, isArrayField, type Segment } from './index-core.js';

// Zero-score flags: 2 = the field may score 0, 1 = only when the value is one word, 0 = never.
export const ZERO = 2;
export const ZERO_IF_ONE_WORD = 1;

/** Per paper: fields that may match, list elements that may match (`counts`) and of those the
 *  ones that may equal the pattern (`zc`, for ZERO_IF_ONE_WORD); per touched paper and field
 *  the best score fuse could give (`floor`) and whether it could be 0 (`zero`).
 *  Most accumulators touch few papers: `docs` lists the ones touched, so combining walks those
 *  only, and only they have floors: paper d's six are at `floorAt(acc, d)`, set (to 1) when it is
 *  first touched. A dense array of six floats a paper made each accumulator of a 60k-paper
 *  segment 3.7 MB, and a search makes dozens. */
export interface Acc {
  mask: Uint8Array;
  counts: Uint8Array;
  zc: Uint8Array;
  /** 1 + the index in `docs` of each touched paper; 0 for the others. */
  slot: Int32Array;
  floor: Float64Array;
  zero: Uint8Array;
  docs: number[];
}

/** Where paper d's floors and zero flags start (d must be touched). */
export const floorAt = (acc: Acc, d: number) => (acc.slot[d]! - 1) * 6;

export function newAcc(n: number, touched = 16): Acc {
  return {
    mask: new Uint8Array(n),
    counts: new Uint8Array(n * 3),
    zc: new Uint8Array(n * 3),
    slot: new Int32Array(n),
    floor: new Float64Array(touched * 6),
    zero: new Uint8Array(touched * 6),
    docs: [],
  };
}

/** Marks paper `d` touched; its floors start at 1 (no match yet). */
function touch(acc: Acc, d: number): void {
  if (acc.slot[d]) return;
  const k = acc.docs.length * 6;
  acc.slot[d] = acc.docs.push(d);
  if (k === acc.floor.length) {
    const floor = new Float64Array(k * 2);
    floor.set(acc.floor);
    acc.floor = floor;
    const zero = new Uint8Array(k * 2);
    zero.set(acc.zero);
    acc.zero = zero;
  }
  // Six stores: a ranged fill() call costs more than the stores themselves.
  const f = acc.floor;
  f[k] = f[k + 1] = f[k + 2] = f[k + 3] = f[k + 4] = f[k + 5] = 1;
}

/** Papers with a non-blank value in each (all) or any field of `mask`. */
export function present(seg: Segment, d: number, mask: number, all: boolean): number {
  let got = 0;
  for (let i = 0; i < FIELDS.length; i++) {
    if (!(mask & (1 << i))) continue;
    // Categories and topics keep no norms: taken as present (this only widens candidates).
    if (i >= 6) {
      got |= 1 << i;
      continue;
    }
    const blank = isArrayField(i)
      ? seg.counts[d * 3 + arraySlot(i)] === 0
      : seg.norms[d * 6 + i] === 0;
    if (!blank) got |= 1 << i;
    else if (all) return 0;
  }
  return got;
}

export function everyPaper(seg: Segment, fields: number, zero: number): Acc {
  const n = docCount(seg);
  const acc = newAcc(n, Math.max(1, n));
  acc.docs = Array.from({ length: n }, (_, d) => d);
  acc.zero.fill(zero);
  for (let d = 0; d < n; d++) {
    acc.slot[d] = d + 1;
    acc.mask[d] = present(seg, d, fields, false);
    for (let s = 0; s < 3; s++) acc.counts[d * 3 + s] = seg.counts[d * 3 + s]!;
  }
  acc.zc.set(acc.counts);
  return acc;
}

// List-field counts add up over words (a bound from above), or with `most` keep the largest
// (a bound from below: the elements that surely hold one of the words).
export function fromWords(
  seg: Segment,
  ids: [number, number][],
  fields: number,
  score: (errors: number) => number,
  zero: (errors: number, word: number) => number,
  most = false,
): Acc {
  // An entry takes two bytes or more: room for every paper the lists can touch, so reading
  // them never regrows the floors (combining into this accumulator later may).
  let bytes = 0;
  for (const [t] of ids) bytes += seg.postStart[t + 1]! - seg.postStart[t]!;
  const n = docCount(seg);
  const acc = newAcc(n, Math.max(1, Math.min(n, bytes >> 1)));
  const p = seg.postings;
  for (const [t, errors] of ids) {
    const s = score(errors);
    const z = zero(errors, t);
    let doc = 0;
    // Entries inlined (see readEntry): varint doc delta, field mask, a count per list field.
    for (let at = seg.postStart[t]!, end = seg.postStart[t + 1]!; at < end;) {
      let b = p[at++]!;
      let delta = b & 0x7f;
      for (let shift = 128; b & 0x80; shift *= 128) {
        b = p[at++]!;
        delta += (b & 0x7f) * shift;
      }
      doc += delta;
      const mask = p[at++]!;
      const c0 = mask & 2 ? p[at++]! : 0;
      const c1 = mask & 4 ? p[at++]! : 0;
      const c2 = mask & 16 ? p[at++]! : 0;
      const m = mask & fields;
      if (!m) continue;
      touch(acc, doc);
      acc.mask[doc]! |= m;
      if (m & 0b10110) {
        const c = doc * 3;
        const cs = acc.counts;
        if (most) {
          if (c0 > cs[c]!) cs[c] = c0;
          if (c1 > cs[c + 1]!) cs[c + 1] = c1;
          if (c2 > cs[c + 2]!) cs[c + 2] = c2;
        } else {
          cs[c] = Math.min(255, cs[c]! + c0);
          cs[c + 1] = Math.min(255, cs[c + 1]! + c1);
          cs[c + 2] = Math.min(255, cs[c + 2]! + c2);
        }
        if (z) {
          acc.zc[c] = Math.min(255, acc.zc[c]! + c0);
          acc.zc[c + 1] = Math.min(255, acc.zc[c + 1]! + c1);
          acc.zc[c + 2] = Math.min(255, acc.zc[c + 2]! + c2);
        }
      }
      for (let i = 0, k = floorAt(acc, doc); i < 6; i++, k++) {
        if (!(m & (1 << i))) continue;
        if (s < acc.floor[k]!) acc.floor[k] = s;
        if (z > acc.zero[k]!) acc.zero[k] = z;
      }
    }
  }
  return acc;
}

/** Papers with a word from every list (each list: word ids an exact test found); undefined
 *  when there are no lists. */
export function allOf(seg: Segment, lists: [number, number][][], fields: number): Acc | undefined {
  let acc: Acc | undefined;
  for (const ids of lists) {
    const next = fromWords(
      seg,
      ids,
      fields,
      () => 0,
      () => 0,
    );
    acc = acc ? combine(acc, next, true) : next;
  }
  return acc;
}

/** AND (`both`) keeps fields and elements both can match; OR keeps either's. */
export function combine(a: Acc, b: Acc, both: boolean): Acc {
  // An AND keeps only papers `a` touched; papers `b` cannot match add nothing to an OR.
  const docs = both ? a.docs : b.docs;
  for (let j = 0, n = docs.length; j < n; j++) {
    const d = docs[j]!;
    const bm = b.mask[d]!;
    if (!both && !bm) continue;
    if (!both) touch(a, d);
    const m = both ? a.mask[d]! & bm : a.mask[d]! | bm;
    a.mask[d] = m;
    if (!m) continue;
    for (let k = d * 3; k < d * 3 + 3; k++) {
      a.counts[k] = both
        ? Math.min(a.counts[k]!, b.counts[k]!)
        : Math.min(255, a.counts[k]! + b.counts[k]!);
      a.zc[k] = both ? Math.min(a.zc[k]!, b.zc[k]!) : Math.min(255, a.zc[k]! + b.zc[k]!);
    }
    for (let i = 0, ka = floorAt(a, d), kb = floorAt(b, d); i < 6; i++, ka++, kb++) {
      if (b.floor[kb]! < a.floor[ka]!) a.floor[ka] = b.floor[kb]!;
      if (b.zero[kb]! > a.zero[ka]!) a.zero[ka] = b.zero[kb]!;
    }
  }
  return a;
}
