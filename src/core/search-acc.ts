// The per-paper accumulators behind the plan's bounds: which fields and list elements of each
// paper a query item may match, and the best score each field could get, read off the postings.
import { arraySlot, docCount, FIELDS, isArrayField, type Segment } from './search-index.js';

// Zero-score flags: 2 = the field may score 0, 1 = only when the value is one word, 0 = never.
export const ZERO = 2;
export const ZERO_IF_ONE_WORD = 1;

/** Per paper: fields that may match, list elements that may match (`counts`) and of those the
 *  ones that may equal the pattern (`zc`, for ZERO_IF_ONE_WORD); per paper×field the best
 *  score fuse could give (`floor`) and whether it could be 0 (`zero`).
 *  Most accumulators touch few papers: `docs` lists the ones touched (`seen`), so combining
 *  walks those only, and a paper's floors are set (to 1) when it is first touched. */
export interface Acc {
  mask: Uint8Array;
  counts: Uint8Array;
  zc: Uint8Array;
  floor: Float64Array;
  zero: Uint8Array;
  seen: Uint8Array;
  docs: number[];
}

export function newAcc(n: number): Acc {
  return {
    mask: new Uint8Array(n),
    counts: new Uint8Array(n * 3),
    zc: new Uint8Array(n * 3),
    floor: new Float64Array(n * 6),
    zero: new Uint8Array(n * 6),
    seen: new Uint8Array(n),
    docs: [],
  };
}

/** Marks paper `d` touched; its floors start at 1 (no match yet). */
function touch(acc: Acc, d: number): void {
  if (acc.seen[d]) return;
  acc.seen[d] = 1;
  acc.docs.push(d);
  // Six stores: a ranged fill() call costs more than the stores themselves.
  const f = acc.floor;
  const k = d * 6;
  f[k] = f[k + 1] = f[k + 2] = f[k + 3] = f[k + 4] = f[k + 5] = 1;
}

/** Papers with a non-blank value in each (all) or any field of `mask`. */
export function present(seg: Segment, d: number, mask: number, all: boolean): number {
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

export function everyPaper(seg: Segment, fields: number, zero: number): Acc {
  const n = docCount(seg);
  const acc = newAcc(n);
  acc.seen.fill(1);
  acc.docs = Array.from({ length: n }, (_, d) => d);
  for (let d = 0; d < n; d++) {
    acc.mask[d] = present(seg, d, fields, false);
    acc.floor.fill(0, d * 6, d * 6 + 6);
    acc.zero.fill(zero, d * 6, d * 6 + 6);
    for (let s = 0; s < 3; s++) acc.counts[d * 3 + s] = seg.counts[d * 3 + s]!;
    acc.zc.set(acc.counts.subarray(d * 3, d * 3 + 3), d * 3);
  }
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
  const acc = newAcc(docCount(seg));
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
      for (let i = 0, k = doc * 6; i < 6; i++, k++) {
        if (!(m & (1 << i))) continue;
        if (s < acc.floor[k]!) acc.floor[k] = s;
        if (z > acc.zero[k]!) acc.zero[k] = z;
      }
    }
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
    for (let k = d * 6; k < d * 6 + 6; k++) {
      if (b.floor[k]! < a.floor[k]!) a.floor[k] = b.floor[k]!;
      if (b.zero[k]! > a.zero[k]!) a.zero[k] = b.zero[k]!;
    }
  }
  return a;
}
