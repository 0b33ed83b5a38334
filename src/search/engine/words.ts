// Words as search sees them: lower-cased runs of letters and digits. Punctuation and spacing
// never matter ("chain-of-thought" is the words chain, of, thought); the day filter and the
// index split text the same way, so they agree on every word.

/** A word: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased letter/digit runs of `text`. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Edits a query word may have: none for 1-3 letters, one for 4-7, two for 8 or more. */
export const editBudget = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);
