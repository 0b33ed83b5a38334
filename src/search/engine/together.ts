// Whether a query's words sit together in a paper: a phrase in the title, all in one
// author's name or one keyword (any order: "song xinyuan" is Xinyuan Song), or joined into
// one word. Read off the short fields (title, authors, keywords) folded as the index keeps
// them (`foldShort`: non-ASCII as 0x80, values one a line), so the index can tell it without
// reading the paper and agrees with the day filter on every paper.
import { idOf, type Levels } from './dictionary.js';
import { joinAt } from './joins.js';

const ASCII_WORD = /[a-z0-9]+/g;

/** The words of each line (value) of a folded field. */
const linesOf = (folded: string) => folded.split('\n').map((l) => l.match(ASCII_WORD) ?? []);

/**
 * Whether the query words (their levels, in order) sit together in the folded short field
 * `j` (0 title, 1 authors, 2 keywords).
 */
export function togetherIn(levels: Levels[], joined: string, j: number, folded: string): boolean {
  if (folded.length === 0) return false;
  for (const ws of linesOf(folded)) {
    const ids = ws.map(idOf);
    if (j > 0 && levels.every((l) => ids.some((id) => l.of(id) <= 1))) return true;
    for (let i = 0; i + levels.length <= ids.length; i++)
      if (levels.every((l, x) => l.of(ids[i + x]!) === 0)) return true;
    if (joined)
      for (let i = 0; i < ws.length; i++)
        if (ws[i]!.startsWith(joined) || (joined.startsWith(ws[i]!) && joinAt(ws, i, joined)))
          return true;
  }
  return false;
}

/** The joined form of the query words that may be one word of a paper ("gpt 4" → "gpt4"),
 *  for two or three words; otherwise empty. */
export const joinedWords = (ws: string[]) => (ws.length >= 2 && ws.length <= 3 ? ws.join('') : '');
