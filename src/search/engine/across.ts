// Words that may hold one side of a fuzzy match spanning a word break ("multimodal" in
// "multi-modal"): the index has no word pairs, so these are found from the word edges.
import { charMask, matchWords, popcount, type Vocab } from './vocab.js';

/**
 * Words that may hold one side of a fuzzy match spanning a word break ("multimodal" in
 * "multi-modal"), for patterns with two or more edits to spend (one edit: the plan's
 * acrossOne); the break itself costs an edit. With more than two, the words holding either
 * half of the pattern as it is. Returns [word id, 0] pairs; the caller scores them as inexact.
 *
 * Not complete, by choice: a match across two breaks, or (three edits or more) one whose
 * break and typos fall in both halves ("visiontransfomer" for "Vision Transformer"), is not
 * looked for. Looking for every such match needs words holding any piece of a k+1-piece cut,
 * pieces of about three letters: nearly every paper, on every keystroke. The day filter,
 * which reads the text, finds them.
 */
export function acrossWords(v: Vocab, text: string, k: number): [number, number][] {
  if (k === 2) return acrossTwo(v, text);
  const found = new Map<number, number>();
  const h = Math.ceil(text.length / 2);
  if (h >= 4)
    for (const half of [text.slice(0, h), text.slice(-h)])
      for (const [t] of matchWords(v, half, 'contains')) found.set(t, 0);
  return [...found];
}

/** Whether `w` holds `p`'s characters [from, from + len) at `at` (true when len is 0). */
function holds(w: string, at: number, p: string, from: number, len: number): boolean {
  if (len === 0) return true;
  if (at < 0 || at + len > w.length) return false;
  for (let j = 0; j < len; j++) if (w.charCodeAt(at + j) !== p.charCodeAt(from + j)) return false;
  return true;
}

// Both run for every word of the vocabulary: they compare characters in place, no slices.

/** Whether some prefix of `w` is `p` give or take one edit. */
export function nearPrefix(w: string, p: string): boolean {
  const n = p.length;
  let i = 0;
  while (i < n && i < w.length && w.charCodeAt(i) === p.charCodeAt(i)) i++;
  if (i === n) return true;
  // p[i] replaced, p[i] dropped, or a character of w inserted before it.
  return (
    holds(w, i + 1, p, i + 1, n - i - 1) ||
    holds(w, i, p, i + 1, n - i - 1) ||
    holds(w, i + 1, p, i, n - i)
  );
}

/** Whether some suffix of `w` is `p` give or take one edit (nearPrefix from the end). */
export function nearSuffix(w: string, p: string): boolean {
  const [n, l] = [p.length, w.length];
  let i = 0;
  while (i < n && i < l && w.charCodeAt(l - 1 - i) === p.charCodeAt(n - 1 - i)) i++;
  if (i === n) return true;
  return (
    holds(w, l - n, p, 0, n - 1 - i) ||
    holds(w, l - n + 1, p, 0, n - 1 - i) ||
    holds(w, l - n - 1, p, 0, n - i)
  );
}

/**
 * The words ending with each head text[0, i) (heads[i], 2 ≤ i < n) and starting with each
 * tail text[i, n) (tails[i], 0 < i ≤ n-2), leaving out `skip`'s words: the two sides of every
 * split of the pattern, found in one pass over the vocabulary (a word is only compared with
 * the heads ending in its last character and the tails starting with its first).
 */
export function edgeWords(
  v: Vocab,
  text: string,
  skip: Set<number>,
): { heads: [number, number][][]; tails: [number, number][][] } {
  const n = text.length;
  const heads: [number, number][][] = Array.from({ length: n }, () => []);
  const tails: [number, number][][] = Array.from({ length: n }, () => []);
  const byLast = new Map<number, number[]>();
  const byFirst = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, c: number, i: number) => {
    const list = m.get(c);
    if (list) list.push(i);
    else m.set(c, [i]);
  };
  for (let i = 2; i < n; i++) add(byLast, text.charCodeAt(i - 1), i);
  for (let i = 1; i <= n - 2; i++) add(byFirst, text.charCodeAt(i), i);
  for (let t = 0; t < v.words.length; t++) {
    const w = v.words[t]!;
    const hs = byLast.get(w.charCodeAt(w.length - 1));
    const ts = byFirst.get(w.charCodeAt(0));
    if ((!hs && !ts) || skip.has(t)) continue;
    if (hs) for (const i of hs) if (holds(w, w.length - i, text, 0, i)) heads[i]!.push([t, 0]);
    if (ts) for (const i of ts) if (holds(w, 0, text, i, n - i)) tails[i]!.push([t, 0]);
  }
  return { heads, tails };
}

const NONE = new Set<number>();

/**
 * Words that may hold one side of a match spanning a word break, with two edits to spend: the
 * break costs one, so one side is exact against its word's edge and the other within one edit
 * of the other word's edge. A side too short to look up alone (< 3 chars) is left to the other
 * side's near-edge test. (Like the one-edit case, two breaks in one match are not looked for.)
 */
function acrossTwo(v: Vocab, text: string): [number, number][] {
  const n = text.length;
  // Exact sides of three characters or more: the edge words of every split.
  const exact = new Uint8Array(v.words.length);
  const edges = edgeWords(v, text, NONE);
  for (let i = 3; i < n; i++) for (const [t] of edges.heads[i]!) exact[t] = 1;
  for (let j = 1; j <= n - 3; j++) for (const [t] of edges.tails[j]!) exact[t] = 1;
  const nearStarts = new Set<string>(); // tails within one edit of a word start
  const nearEnds = new Set<string>(); // heads within one edit of a word end
  for (const skip of [0, 1]) {
    for (let i = 1; i + skip < n; i++) {
      if (i < 3) nearStarts.add(text.slice(i + skip));
      if (n - i - skip < 3) nearEnds.add(text.slice(0, i));
    }
  }
  const out: [number, number][] = [];
  // A word within one edit of a side misses at most one of its letters: most words miss more.
  const near = (sides: Set<string>) => [...sides].map((s) => ({ s, mask: charMask(s) }));
  const [heads, tails] = [near(nearEnds), near(nearStarts)];
  for (let t = 0; t < v.words.length; t++) {
    const w = v.words[t]!;
    const wm = v.masks[t]!;
    const hit =
      exact[t] === 1 ||
      tails.some((b) => popcount(b.mask & ~wm) <= 1 && nearPrefix(w, b.s)) ||
      heads.some((a) => popcount(a.mask & ~wm) <= 1 && nearSuffix(w, a.s));
    if (hit) out.push([t, 0]);
  }
  return out;
}
