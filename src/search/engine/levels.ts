// How well a query word matches one word of a paper, as a level (lower is better). Levels
// make the tiers: 0 = the word or a word start (agent → agent, agents, agentic); 1 = a word
// the query word starts with ("agents" → agent); 2 and up = similar: a typo, one edit before
// two, a whole word before a word start. A match always starts where a word starts: "agent"
// never matches the "agenet" inside "ImageNet", nor "agnet" the one in "magnetic".
import { editsTo } from './damerau.js';
import { editBudget } from './words.js';

export type Tier = 'exact' | 'prefix' | 'fuzzy';
export const NONE = 99;
/** The worst level: two edits at a word start. */
export const WORST = 5;

export const tierOfLevel = (level: number): Tier =>
  level <= 0 ? 'exact' : level === 1 ? 'prefix' : 'fuzzy';

/** A word the query starts with counts when it has this many letters and the query adds at
 *  most STEM_EXTRA more (endings: agents → agent, models → model; not imagenet → image). */
export const STEM_MIN = 4;
export const STEM_EXTRA = 2;

/** The level at which query word `q` matches paper word `w`, or NONE. */
export const wordLevel = (q: string, w: string): number =>
  levelWithMasks(q, letterMask(q), w, letterMask(w));

/** `wordLevel` with both words' letter masks known: most words are ruled out by them. */
export function levelWithMasks(q: string, qMask: number, w: string, wMask: number): number {
  const n = q.length;
  if (w.startsWith(q)) return 0;
  if (w.length >= STEM_MIN && w.length < n && n - w.length <= STEM_EXTRA && q.startsWith(w))
    return 1;
  const k = editBudget(n);
  if (k === 0 || w.length < n - k || !lettersAllow(qMask, wMask, k)) return NONE;
  return typoLevel(q, w, k);
}

/** The level of a typo of `q` (k edits allowed) at the start of `w`, or NONE. */
export function typoLevel(q: string, w: string, k: number): number {
  if (k === 0 || w.length < q.length - k) return NONE;
  const { whole, start } = editsTo(q, w, k);
  if (whole <= k) return 2 * whole;
  if (start <= k) return 2 * start + 1;
  return NONE;
}

/** Whether `w` may hold a typo of `q` by their letters: each edit brings at most one letter
 *  of `q` that `w` lacks. */
export const lettersAllow = (qMask: number, wMask: number, k: number) =>
  popcount(qMask & ~wMask) <= k;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A cheap test that rules out most words before `wordLevel`: letters of `q` that `w` lacks
 *  (a bag-of-letters mask) exceed what any level allows. */
export function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << (26 + ((c - 48) >> 1));
    else m |= 1 << 31;
  }
  return m >>> 0;
}
