// A cheap test on a stored record's raw JSON line that rules papers out before they are
// parsed and scored. The index's bounds cannot see whether two words are adjacent, so a
// pattern that could match across a word break ("tu xan" for "tuxan") makes candidates of
// every paper holding a word ending in its head and one starting with its tail: for a rare
// word, thousands of papers that do not match at all. Each field value appears verbatim in
// its record's line once JSON escapes are undone, and a value that holds a fuzzy match (within
// k edits) makes any text containing it hold one too; so a line without one cannot match.
import { NO_MATCH, valueScore, type CompiledQuery } from './score.js';
import type { Item } from './vocab.js';

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** The line's string contents as JSON.parse would give them (structure characters stay). */
function unescapeJson(line: string): string {
  return line.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_, hex?: string, c?: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : ESCAPES[c!]!,
  );
}

// Fuzzy words hold in any text containing a value they hold in (a one-letter pattern only
// matches itself doubled, which the scorer checks cheaply anyway).
const grows = (it: Item) => it.kind === 'fuzzy' && it.text.length >= 2;

/**
 * A test that is false only for records of papers that `q` cannot match; undefined when no
 * term of the query allows one (terms made only of fuzzy words are checked).
 */
export function recordFilter(q: CompiledQuery): ((line: string) => boolean) | undefined {
  const checked = q.positives.filter((t) => t.groups.every((g) => g.every(grows)));
  if (checked.length === 0) return undefined;
  return (line) => {
    const text = (line.includes('\\') ? unescapeJson(line) : line).toLowerCase();
    return checked.every((t) => valueScore(text, t.groups) !== NO_MATCH);
  };
}
