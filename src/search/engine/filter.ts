// The day filter: a query over one day's papers → matches best first, each with its tier and
// the words that matched (for highlighting). The ranking lives in score.ts / match.ts, shared
// with the search across days, so both agree on what matches and in which order.
import { hitOf, type SearchHit } from './types.js';
import type { Paper } from '../../domain/paper.js';
import { compileQuery, levelOf } from './score.js';
import { matchPaper } from './match.js';
import { WORST, type Tier } from './levels.js';
import { WORD } from './words.js';

export { ALL_FIELDS, FIELD_WEIGHTS } from './score.js';
export type { Tier } from './levels.js';

export interface Match {
  paper: Paper;
  /** Lower is better; the integer part is the match level. */
  score: number;
  /** exact: every query word as a word or word start; prefix: inside a word or a word the
   *  query word starts with; fuzzy: within the typo budget. */
  tier: Tier;
  /** Lower-cased words of the paper that matched (any field); see `matchRanges`. */
  words: string[];
  /** [start, end] inclusive character ranges in the title to highlight. */
  titleRanges: [number, number][];
}

/** A day-filter match as a search hit (what cross-day results and `papers search` show). */
export const toSearchHit = (m: Match): SearchHit => hitOf(m.paper, m.score);

/** Matches of `query` among `papers`, best first (ties keep list order); undefined when the
 *  query is empty (= no filter). A query of negations only keeps list order. */
export function filterPapers(papers: Paper[], query: string): Match[] | undefined {
  const q = compileQuery(query);
  if (!q) return undefined;
  const out: Match[] = [];
  for (const paper of papers) {
    const m = matchPaper(q, paper, true);
    if (!m) continue;
    out.push({ paper, ...m, titleRanges: matchRanges(paper.title, m.words) });
  }
  // Array.prototype.sort is stable: equal scores stay in list order.
  return out.sort((a, b) => a.score - b.score);
}

/** Matches (or search hits) per tier: the filter bar's "13 match · 55 similar" is
 *  exact + prefix vs fuzzy. */
export function tierCounts(matches: readonly { tier?: Tier }[]): Record<Tier, number> {
  const out: Record<Tier, number> = { exact: 0, prefix: 0, fuzzy: 0 };
  for (const m of matches) if (m.tier) out[m.tier]++;
  return out;
}

/** [start, end] inclusive ranges of `text` (any field: title, abstract, …) holding one of the
 *  matched `words` (a Match's `words`), in order. */
export function matchRanges(text: string, words: string[]): [number, number][] {
  if (words.length === 0) return [];
  // Most matches hold no matched word in a given text (the title): skip the word scan.
  const lower = text.toLowerCase();
  if (!words.some((w) => lower.includes(w))) return [];
  const set = new Set(words);
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD))
    if (set.has(m[0].toLowerCase())) out.push([m.index, m.index + m[0].length - 1]);
  return out;
}

/**
 * The authors of `paper` that the query's words name, most words first (then list order):
 * what the detail view shows when the author list is cut. Empty when no author matched.
 */
export function matchedAuthors(paper: Paper, query: string): string[] {
  const q = compileQuery(query);
  if (!q) return [];
  const qwords = q.positives
    .filter((t) => t.fields.includes(1))
    .flatMap((t) => t.groups.flatMap((g) => g.words));
  if (qwords.length === 0) return [];
  const count = (a: string, close: number) => {
    const aw = a.toLowerCase().match(WORD) ?? [];
    return qwords.filter((w) => aw.some((pw) => levelOf(q, w, pw) <= close)).length;
  };
  // Names as written (or their starts) first; typos only when no name matched so.
  for (const close of [1, WORST]) {
    const scored = paper.authors.map((a, i) => ({ a, i, n: count(a, close) }));
    const hit = scored.filter((s) => s.n > 0).sort((x, y) => y.n - x.n || x.i - y.i);
    if (hit.length) return hit.map((s) => s.a);
  }
  return [];
}
