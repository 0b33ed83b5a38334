// Edit distance of a fuzzy pattern to the nearest substring of a text, for texts that do not
// hold the pattern as it is. A match with k edits leaves one of k+1 pieces of the pattern
// untouched, so only windows around where a piece occurs are measured (Myers' bit-vector
// algorithm); a text holding no piece is settled by a few indexOf calls.

interface Compiled {
  m: number;
  ascii: Uint32Array;
  other: Map<number, number>;
  /** [start, end) of each of the k+1 pieces, for the k this pattern allows. */
  pieces: [number, number][];
}

const cache = new Map<string, Compiled>();

function compile(p: string, k: number): Compiled {
  const key = `${k}:${p}`;
  let c = cache.get(key);
  if (c) return c;
  const ascii = new Uint32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < p.length; i++) {
    const ch = p.charCodeAt(i);
    if (ch < 128) ascii[ch] = (ascii[ch]! | (1 << i)) >>> 0;
    else other.set(ch, ((other.get(ch) ?? 0) | (1 << i)) >>> 0);
  }
  const pieces: [number, number][] = [];
  for (let i = 0; i <= k; i++)
    pieces.push([Math.floor((i * p.length) / (k + 1)), Math.floor(((i + 1) * p.length) / (k + 1))]);
  c = { m: p.length, ascii, other, pieces };
  if (cache.size > 64) cache.clear(); // patterns come from what the user types: few
  cache.set(key, c);
  return c;
}

/** Fewest edits of the pattern against a substring of text[from, to); stops at `floor`. */
function myers(c: Compiled, text: string, from: number, to: number, floor: number): number {
  const high = (1 << (c.m - 1)) >>> 0;
  let pv = 0xffffffff;
  let mv = 0;
  let score = c.m;
  let best = c.m;
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    const eq = ch < 128 ? c.ascii[ch]! : (c.other.get(ch) ?? 0);
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
    if (score < best && (best = score) <= floor) return best;
  }
  return best;
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
      windows.push(Math.max(0, q - a - k), Math.min(v.length, q - a + c.m + k));
      spans += c.m + 2 * k;
      // Windows would cover the text several times over: measure it once instead.
      if (spans > v.length) return Math.min(best, myers(c, v, 0, v.length, 1));
    }
  }
  for (let i = 0; i < windows.length && best > 1; i += 2)
    best = Math.min(best, myers(c, v, windows[i]!, windows[i + 1]!, 1));
  return best;
}
