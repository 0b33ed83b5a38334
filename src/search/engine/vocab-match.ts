// Which indexed words a query word matches, and at which level: the same test as the day
// filter's (levels.ts), run once per vocabulary word instead of once per paper word. Also
// where a query word may be several words of a paper joined ("gpt4" in "GPT-4").
import { letterMask, levelWithMasks, NONE } from './levels.js';
import type { Vocab } from './vocab.js';

/** Index of the first vocabulary word ≥ s (the vocabulary is sorted). */
function lowerBound(words: string[], s: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids of the words starting with `s`. */
export function startingWith(v: Vocab, s: string): number[] {
  const out: number[] = [];
  for (let t = lowerBound(v.words, s); t < v.words.length && v.words[t]!.startsWith(s); t++)
    out.push(t);
  return out;
}

/** Id of the word equal to `s`, or -1. */
export function wordId(v: Vocab, s: string): number {
  const t = lowerBound(v.words, s);
  return v.words[t] === s ? t : -1;
}

/** [word id, level] of every word `q` matches. */
export function levelsIn(v: Vocab, q: string): [number, number][] {
  const out: [number, number][] = [];
  const qm = letterMask(q);
  for (let t = 0; t < v.words.length; t++) {
    const l = levelWithMasks(q, qm, v.words[t]!, v.masks[t]!);
    if (l !== NONE) out.push([t, l]);
  }
  return out;
}

/**
 * Ways `s` is two or three indexed words joined, the last one only started: lists of word-id
 * lists, one per word, ("gpt4" → [[gpt], [4, 4o, …]]). Papers holding every part in one field
 * may hold the join; only their text can tell.
 */
export function joins(v: Vocab, s: string): number[][][] {
  const out: number[][][] = [];
  const walk = (at: number, parts: number[][]) => {
    for (let a = at + 1; a < s.length; a++) {
      const head = wordId(v, s.slice(at, a));
      if (head < 0) continue;
      const tail = startingWith(v, s.slice(a));
      if (tail.length) out.push([...parts, [head], tail]);
      if (parts.length === 0) walk(a, [[head]]);
    }
  };
  walk(0, []);
  return out;
}
