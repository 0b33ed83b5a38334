// Myers' bit-vector algorithm: the fewest edits turning a pattern (≤ 32 characters) into some
// substring of a text, in one pass. The day filter, the index's word matching and its fuzzy
// scoring all use this one scan.

export interface PatternBits {
  m: number;
  /** Bit i set where pattern[i] is the character: a table for ASCII, a map for the rest. */
  ascii: Uint32Array;
  other: Map<number, number>;
}

const cache = new Map<string, PatternBits>();

/** The pattern's bit masks, cached: patterns come from what the user types, so few. */
export function patternBits(p: string): PatternBits {
  let b = cache.get(p);
  if (b) return b;
  const ascii = new Uint32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < p.length; i++) {
    const ch = p.charCodeAt(i);
    if (ch < 128) ascii[ch] = (ascii[ch]! | (1 << i)) >>> 0;
    else other.set(ch, ((other.get(ch) ?? 0) | (1 << i)) >>> 0);
  }
  b = { m: p.length, ascii, other };
  if (cache.size > 64) cache.clear();
  cache.set(p, b);
  return b;
}

/** Where the best substring found by the last `myersScan` ends (index into the text), or -1. */
export let scanEnd = -1;

/**
 * Fewest edits of the pattern against a substring of text[from, to). Stops as soon as the
 * best is ≤ `floor` (pass -1 to scan everything); `scanEnd` then tells where that best ends
 * (its first occurrence). Kept as one flat loop: it runs per candidate on every keystroke.
 */
export function myersScan(
  b: PatternBits,
  text: string,
  from: number,
  to: number,
  floor: number,
): number {
  const high = (1 << (b.m - 1)) >>> 0;
  const { ascii, other } = b;
  let pv = 0xffffffff;
  let mv = 0;
  let score = b.m;
  let best = b.m;
  scanEnd = -1;
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    const eq = ch < 128 ? ascii[ch]! : (other.get(ch) ?? 0);
    const xv = (eq | mv) >>> 0;
    const xh = (((((eq & pv) >>> 0) + pv) ^ pv) | eq) >>> 0;
    let ph = (mv | ~(xh | pv)) >>> 0;
    let mh = (pv & xh) >>> 0;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) >>> 0;
    mh = (mh << 1) >>> 0;
    pv = (mh | ~(xv | ph)) >>> 0;
    mv = (ph & xv) >>> 0;
    if (score < best) {
      best = score;
      scanEnd = j;
      if (best <= floor) return best;
    }
  }
  return best;
}

/**
 * Whether some value of bytes[from, to), values separated by `breakAt`, holds an ASCII
 * pattern within k edits: the search index's folded short fields. A loop of its own: taking
 * bytes and separators in myersScan cost the day filter's scan, which runs per paper on every
 * keystroke, 12% more.
 */
export function bytesWithin(
  b: PatternBits,
  bytes: Uint8Array,
  from: number,
  to: number,
  k: number,
  breakAt: number,
): boolean {
  const high = (1 << (b.m - 1)) >>> 0;
  const { ascii } = b;
  let pv = 0xffffffff;
  let mv = 0;
  let score = b.m;
  for (let j = from; j < to; j++) {
    const ch = bytes[j]!;
    if (ch === breakAt) {
      pv = 0xffffffff;
      mv = 0;
      score = b.m;
      continue;
    }
    // Folded non-ASCII (0x80) equals no character of an ASCII pattern.
    const eq = ch < 128 ? ascii[ch]! : 0;
    const xv = (eq | mv) >>> 0;
    const xh = (((((eq & pv) >>> 0) + pv) ^ pv) | eq) >>> 0;
    let ph = (mv | ~(xh | pv)) >>> 0;
    let mh = (pv & xh) >>> 0;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) >>> 0;
    mh = (mh << 1) >>> 0;
    pv = (mh | ~(xv | ph)) >>> 0;
    mv = (ph & xv) >>> 0;
    if (score <= k) return true;
  }
  return false;
}
