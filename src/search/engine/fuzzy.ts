// Edit distance of a fuzzy pattern to the nearest substring of a text, for texts that do not
// hold the pattern as it is. A match with k edits leaves one of k+1 pieces of the pattern
// untouched, so only windows around where a piece occurs are measured (Myers' bit-vector
// algorithm); a text holding no piece is settled by a few indexOf calls.
import { myersScan, patternBits, type PatternBits } from './myers.js';

interface Compiled {
  bits: PatternBits;
  /** [start, end) of each of the k+1 pieces, for the k this pattern allows. */
  pieces: [number, number][];
}

const cache = new Map<string, Compiled>();

function compile(p: string, k: number): Compiled {
  const key = `${k}:${p}`;
  let c = cache.get(key);
  if (c) return c;
  const pieces: [number, number][] = [];
  for (let i = 0; i <= k; i++)
    pieces.push([Math.floor((i * p.length) / (k + 1)), Math.floor(((i + 1) * p.length) / (k + 1))]);
  c = { bits: patternBits(p), pieces };
  if (cache.size > 64) cache.clear(); // patterns come from what the user types: few
  cache.set(key, c);
  return c;
}

/**
 * Edits (1..k) turning `p` (≤ 32 chars, not a substring of `v`) into the nearest substring of
 * `v`, or k+1 when more are needed.
 */
export function fuzzyErrors(v: string, p: string, k: number): number {
  const c = compile(p, k);
  let best = k + 1;
  let spans = 0;
  const windows: number[] = [];
  for (const [a, b] of c.pieces) {
    const piece = p.slice(a, b);
    for (let q = v.indexOf(piece); q >= 0; q = v.indexOf(piece, q + 1)) {
      windows.push(Math.max(0, q - a - k), Math.min(v.length, q - a + c.bits.m + k));
      spans += c.bits.m + 2 * k;
      // Windows would cover the text several times over: measure it once instead.
      if (spans > v.length) return Math.min(best, myersScan(c.bits, v, 0, v.length, 1));
    }
  }
  for (let i = 0; i < windows.length && best > 1; i += 2)
    best = Math.min(best, myersScan(c.bits, v, windows[i]!, windows[i + 1]!, 1));
  return best;
}
