// A cheap test on a stored record's raw JSON line that rules papers out before they are
// parsed and scored. The index's bounds cannot see whether two words are adjacent, so a
// pattern that could match across a word break ("tu xan" for "tuxan") makes candidates of
// every paper holding a word ending in its head and one starting with its tail: for a rare
// word, thousands of papers that do not match at all. Each field value appears verbatim in
// its record's line once JSON escapes are undone, and a value that holds a fuzzy match (within
// k edits) makes any text containing it hold one too; so a line without one cannot match.
import type { CompiledQuery } from './search-score.js';
import { fuzzyErrors } from './search-fuzzy.js';
import { maxErrors } from './search-vocab.js';

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

/**
 * A test that is false only for records of papers that `q` cannot match; undefined when no
 * term of the query allows one (only plain fuzzy words of 2-32 characters are checked).
 */
export function recordFilter(q: CompiledQuery): ((line: string) => boolean) | undefined {
  const checks: { p: string; k: number }[] = [];
  for (const t of q.positives) {
    const only = t.groups.length === 1 && t.groups[0]!.length === 1 ? t.groups[0]![0]! : undefined;
    if (only?.kind !== 'fuzzy' || only.text.length < 2 || only.text.length > 32) continue;
    checks.push({ p: only.text, k: maxErrors(only.text.length) });
  }
  if (checks.length === 0) return undefined;
  return (line) => {
    const text = (line.includes('\\') ? unescapeJson(line) : line).toLowerCase();
    return checks.every(({ p, k }) => text.includes(p) || (k > 0 && fuzzyErrors(text, p, k) <= k));
  };
}
