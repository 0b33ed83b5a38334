// Candidates for a fuzzy pattern holding punctuation or marks ("gpt-4", "multi-task"): its
// words never appear in the index as one, and the edits may fall anywhere. With k edits, one
// of any k+1 contiguous pieces of the pattern appears verbatim in the text, and so do the
// letter/digit runs of that piece: a run inside the piece is a whole word, one at the piece's
// start ends a word, one at its end starts a word, one spanning it lies inside a word. Every
// way of cutting gives every paper that can match, so several cuts are intersected.
import { allOf, combine, everyPaper, ZERO_IF_ONE_WORD, type Acc } from './acc.js';
import { WORD, type Segment } from './index-core.js';
import { holdsPart, matchWords, type Vocab, type WordTest } from './vocab.js';

type ExactTest = Exclude<WordTest, 'approx'>;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isRunChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/**
 * Ways to cut `text` into k+1 pieces, as lists of k cut positions. Cuts next to punctuation
 * keep runs whole (a whole run finds far fewer words than a piece of one): with one edit,
 * every such cut (up to four); otherwise one cut of even pieces, plus one along punctuation
 * when there are enough places for it.
 */
export function cuttings(text: string, k: number): number[][] {
  if (k === 0) return [[]];
  const edges: number[] = [];
  for (let c = 1; c < text.length; c++)
    if (!isLowSurrogate(text.charCodeAt(c)) && !(isRunChar(text[c - 1]!) && isRunChar(text[c]!)))
      edges.push(c);
  if (k === 1 && edges.length) return edges.slice(0, 4).map((c) => [c]);
  const even: number[] = [];
  for (let i = 1; i <= k; i++) {
    let c = Math.floor((i * text.length) / (k + 1));
    // A cut never falls between the halves of a surrogate pair.
    if (c < text.length && isLowSurrogate(text.charCodeAt(c))) c++;
    if (c > (even[even.length - 1] ?? 0) && c < text.length) even.push(c);
  }
  const out = [even];
  if (edges.length >= k)
    out.push(Array.from({ length: k }, (_, i) => edges[Math.floor((i * edges.length) / k)]!));
  return out;
}

/** The runs of a piece and how a word must hold each. */
export function pieceRuns(piece: string): { run: string; test: ExactTest }[] {
  return [...piece.matchAll(WORD)].map((m) => {
    const first = m.index === 0;
    const last = m.index + m[0].length === piece.length;
    const test: ExactTest =
      first && last ? 'contains' : first ? 'endsWith' : last ? 'startsWith' : 'equals';
    return { run: m[0], test };
  });
}

export function piecesAcc(seg: Segment, v: Vocab, text: string, k: number, fields: number): Acc {
  // Each run is looked up once (words containing it); the other tests filter that list.
  const containing = new Map<string, [number, number][]>();
  const wordsFor = (run: string, test: ExactTest) => {
    let ids = containing.get(run);
    if (!ids) containing.set(run, (ids = matchWords(v, run, 'contains')));
    return test === 'contains' ? ids : ids.filter(([t]) => holdsPart(v.words[t]!, run, test));
  };
  let out: Acc | undefined;
  for (const cuts of cuttings(text, k)) {
    let union: Acc | undefined;
    for (let i = 0; i <= cuts.length; i++) {
      const piece = text.slice(cuts[i - 1] ?? 0, cuts[i] ?? text.length);
      const acc = allOf(
        seg,
        pieceRuns(piece).map(({ run, test }) => wordsFor(run, test)),
        fields,
      );
      // A piece of punctuation alone says nothing about the words.
      if (!acc) {
        union = undefined;
        break;
      }
      union = union ? combine(union, acc, false) : acc;
    }
    if (union) out = out ? combine(out, union, true) : union;
  }
  return out ?? everyPaper(seg, fields, ZERO_IF_ONE_WORD);
}
