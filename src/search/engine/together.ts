// Whether a query's words sit together in a paper, as a closeness: 1 when they do as whole
// words, 0.75 as word starts ("song han" in "Songhao Han"), 0 when they do not. Together is:
// a phrase in one value (in order, neighbours), all in one author's name or one keyword (any
// order: "han song" is Song Han), or joined into one word ("gpt 4" in "GPT4"). The index
// reads the short fields (title, authors, keywords) folded as it keeps them (`foldShort`,
// one byte a character): where they are ASCII their words are the paper's own, so it tells
// their closeness without reading the paper.
import { idOf, type Levels } from './dictionary.js';
import { joinAt } from './joins.js';

const ASCII_WORD = /[a-z0-9]+/g;
export const WHOLE = 1;
export const STARTS = 0.75;

/** A query word's closeness to one paper word: WHOLE, STARTS, or 0. */
function near(l: Levels, w: string, id: number, anyOrder: boolean): number {
  const level = l.of(id);
  if (level === 0) return w === l.word ? WHOLE : STARTS;
  return anyOrder && level <= 1 ? STARTS : 0;
}

/** The closeness of query words `qs` as a phrase (or joined) in one value's words: the test
 *  of the fields other than title, authors and keywords, where a word at level 0 is one that
 *  starts with the query word. */
export function phraseCloseness(qs: string[], joined: string, ws: string[]): number {
  let best = 0;
  for (let i = 0; i + qs.length <= ws.length && best < WHOLE; i++) {
    let run = WHOLE;
    for (let x = 0; x < qs.length && run > 0; x++) {
      const w = ws[i + x]!;
      run = Math.min(run, w === qs[x] ? WHOLE : w.startsWith(qs[x]!) ? STARTS : 0);
    }
    best = Math.max(best, run);
  }
  if (joined && best < WHOLE)
    for (let i = 0; i < ws.length; i++)
      if (ws[i]!.startsWith(joined) || (joined.startsWith(ws[i]!) && joinAt(ws, i, joined)))
        return WHOLE;
  return best;
}

/** The closeness of query words (levels, in order) in one value's words. */
export function valueCloseness(
  levels: Levels[],
  joined: string,
  ws: string[],
  ids: ArrayLike<number>,
  anyOrder: boolean,
): number {
  let best = 0;
  if (anyOrder) {
    let all = WHOLE;
    for (const l of levels) {
      let got = 0;
      for (let i = 0; i < ids.length && got < WHOLE; i++)
        got = Math.max(got, near(l, ws[i]!, ids[i]!, true));
      all = Math.min(all, got);
    }
    best = all;
  }
  for (let i = 0; i + levels.length <= ids.length && best < WHOLE; i++) {
    let run = WHOLE;
    for (let x = 0; x < levels.length && run > 0; x++)
      run = Math.min(run, near(levels[x]!, ws[i + x]!, ids[i + x]!, false));
    best = Math.max(best, run);
  }
  if (joined && best < WHOLE)
    for (let i = 0; i < ws.length; i++)
      if (ws[i]!.startsWith(joined) || (joined.startsWith(ws[i]!) && joinAt(ws, i, joined)))
        return WHOLE;
  return best;
}

/** The closeness of the query words in one value of short field `j` (0 title, 1 authors,
 *  2 keywords): authors and keywords take any order within one value; names are not joined
 *  ("song han" is not Songhan). */
export const shortValueCloseness = (
  levels: Levels[],
  joined: string,
  j: number,
  ws: string[],
  ids: ArrayLike<number>,
) => valueCloseness(levels, j === 1 ? '' : joined, ws, ids, j > 0);

/** The closeness in short field `j` folded as the index keeps it (ASCII values only). */
export function shortCloseness(levels: Levels[], joined: string, j: number, folded: string) {
  let best = 0;
  if (folded.length === 0) return best;
  for (const line of folded.split('\n')) {
    const ws = line.match(ASCII_WORD) ?? [];
    best = Math.max(best, shortValueCloseness(levels, joined, j, ws, ws.map(idOf)));
    if (best === WHOLE) break;
  }
  return best;
}

/** The joined form of the query words that may be one word of a paper ("gpt 4" → "gpt4"),
 *  for two or three words; otherwise empty. */
export const joinedWords = (ws: string[]) => (ws.length >= 2 && ws.length <= 3 ? ws.join('') : '');

const W = '[\\p{L}\\p{N}]';
const SEP = '[^\\p{L}\\p{N}]+';

/**
 * `phraseCloseness` as a test on a value's lower-cased text, for the ranker's papers read
 * from disk: no splitting into words (which cost most of a multi-word search there).
 */
export function phraseTest(qs: string[], joined: string): (lower: string) => number {
  const whole = new RegExp(`(?<!${W})${qs.map((q) => `${q}(?!${W})`).join(SEP)}`, 'u');
  const starts = new RegExp(`(?<!${W})${qs.join(`${W}*${SEP}`)}`, 'u');
  const splits: string[] = [];
  if (joined) {
    splits.push(joined);
    for (let a = 1; a < joined.length; a++) {
      splits.push(`${joined.slice(0, a)}${SEP}${joined.slice(a)}`);
      for (let b = a + 1; b < joined.length; b++)
        splits.push(`${joined.slice(0, a)}${SEP}${joined.slice(a, b)}${SEP}${joined.slice(b)}`);
    }
  }
  const join = joined ? new RegExp(`(?<!${W})(?:${splits.join('|')})`, 'u') : undefined;
  return (lower) =>
    whole.test(lower) || join?.test(lower) ? WHOLE : starts.test(lower) ? STARTS : 0;
}
