// Words that may hold one side of a fuzzy match spanning a word break ("multimodal" in
// "multi-modal"): the index has no word pairs, so these are found from the word edges.
import { matchWords, type Vocab } from './search-vocab.js';

/**
 * Words that may hold one side of a fuzzy match spanning a word break ("multimodal" in
 * "multi-modal"), for patterns with two or more edits to spend (one edit: the plan's
 * acrossOne); the break itself costs an edit. With more than two, half the pattern is inside a
 * word. Returns [word id, 0] pairs; the caller scores them as inexact.
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

const push = (m: Map<string, string[]>, key: string, s: string) => {
  const list = m.get(key);
  if (!list) m.set(key, [s]);
  else if (!list.includes(s)) list.push(s);
};

/**
 * Words that may hold one side of a match spanning a word break, with two edits to spend: the
 * break costs one, so one side is exact against its word's edge and the other within one edit
 * of the other word's edge. A side too short to look up alone (< 3 chars) is left to the other
 * side's near-edge test. (Like the one-edit case, two breaks in one match are not looked for.)
 */
function acrossTwo(v: Vocab, text: string): [number, number][] {
  const ends = new Map<string, string[]>(); // exact heads, by their last character
  const starts = new Map<string, string[]>(); // exact tails, by their first character
  const nearStarts = new Set<string>(); // tails within one edit of a word start
  const nearEnds = new Set<string>(); // heads within one edit of a word end
  for (const skip of [0, 1]) {
    for (let i = 1; i + skip < text.length; i++) {
      const [a, b] = [text.slice(0, i), text.slice(i + skip)];
      if (a.length >= 3) push(ends, a[a.length - 1]!, a);
      else nearStarts.add(b);
      if (b.length >= 3) push(starts, b[0]!, b);
      else nearEnds.add(a);
    }
  }
  const out: [number, number][] = [];
  const [heads, tails] = [[...nearEnds], [...nearStarts]];
  for (let t = 0; t < v.words.length; t++) {
    const w = v.words[t]!;
    const hit =
      (ends.get(w[w.length - 1]!)?.some((a) => w.endsWith(a)) ?? false) ||
      (starts.get(w[0]!)?.some((b) => w.startsWith(b)) ?? false) ||
      tails.some((b) => nearPrefix(w, b)) ||
      heads.some((a) => nearSuffix(w, a));
    if (hit) out.push([t, 0]);
  }
  return out;
}
