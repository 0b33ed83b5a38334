// Whether a query's words sit together in a paper, as a closeness: 1 when they do as whole
// words, 0.75 as word starts ("song han" in "Songhao Han"), 0 when they do not. Together is:
// a phrase in one value (in order, neighbours), all in one author's name or one keyword (any
// order: "han song" is Song Han), or joined into one word ("gpt 4" in "GPT4"). The short
// fields (title, authors, keywords) are read folded as the index keeps them (`foldShort`:
// non-ASCII as 0x80, values one a line), so the index tells their closeness without reading
// the paper and agrees with the day filter on every paper.
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

/** The closeness of the query words in folded short field `j` (0 title, 1 authors, 2
 *  keywords): authors and keywords take any order within one value. */
export function shortCloseness(levels: Levels[], joined: string, j: number, folded: string) {
  let best = 0;
  if (folded.length === 0) return best;
  for (const line of folded.split('\n')) {
    const ws = line.match(ASCII_WORD) ?? [];
    // Names are not joined: "song han" is not Songhan.
    const join = j === 1 ? '' : joined;
    best = Math.max(best, valueCloseness(levels, join, ws, ws.map(idOf), j > 0));
    if (best === WHOLE) break;
  }
  return best;
}

/** The joined form of the query words that may be one word of a paper ("gpt 4" → "gpt4"),
 *  for two or three words; otherwise empty. */
export const joinedWords = (ws: string[]) => (ws.length >= 2 && ws.length <= 3 ? ws.join('') : '');
