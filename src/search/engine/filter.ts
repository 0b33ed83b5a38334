// The day filter: a query over one day's papers → matches ranked as fuse.js ranks them, with
// the title ranges to highlight. The scoring lives in search-score.ts, shared with the search
// across days, so both agree on what matches and in which order.
import { hitOf, type SearchHit } from './types.js';
import { myersScan, patternBits, scanEnd } from './myers.js';
import type { Paper } from '../../domain/paper.js';
import { compileQuery, NO_MATCH, scorePaper, valueScore, type CompiledQuery } from './score.js';
import { maxErrors, type Item } from './vocab.js';

export { ALL_FIELDS, FIELD_WEIGHTS } from './score.js';

export interface Match {
  paper: Paper;
  /** 0 is a perfect match; lower is better. */
  score: number;
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
    const score = scorePaper(q, paper);
    if (score !== NO_MATCH) out.push({ paper, score, titleRanges: titleRanges(q, paper.title) });
  }
  // Array.prototype.sort is stable: equal scores stay in list order, as fuse.js keeps them.
  return out.sort((a, b) => a.score - b.score);
}

/** Where the title holds the query's positive terms (the first matching OR-group of each). */
export function titleRanges(q: CompiledQuery, title: string): [number, number][] {
  const v = title.toLowerCase();
  if (v.length !== title.length) return []; // lower-casing moved characters: no safe ranges
  const out: [number, number][] = [];
  for (const t of q.positives) {
    if (!t.fields.includes(0)) continue;
    const group = t.groups.find((g) => valueScore(v, [g]) !== NO_MATCH);
    for (const it of group ?? []) out.push(...itemRanges(v, it));
  }
  return out.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
}

function occurrences(v: string, t: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = v.indexOf(t); i >= 0; i = v.indexOf(t, i + t.length))
    out.push([i, i + t.length - 1]);
  return out;
}

function itemRanges(v: string, it: Item): [number, number][] {
  const t = it.text;
  switch (it.kind) {
    case 'exact':
      return [[0, v.length - 1]];
    case 'prefix':
      return [[0, t.length - 1]];
    case 'suffix':
      return [[v.length - t.length, v.length - 1]];
    case 'include':
      return occurrences(v, t);
    case 'fuzzy': {
      const exact = occurrences(v, t);
      if (exact.length || t.length > 32) return exact;
      const end = bestEnd(t, v, maxErrors(t.length));
      return end < 0 ? [] : [[Math.max(0, end - t.length + 1), end]];
    }
    default:
      return [];
  }
}

/** End of the leftmost substring of `text` nearest `pattern` (≤ 32 chars, ≤ k edits), or -1. */
function bestEnd(pattern: string, text: string, k: number): number {
  const best = myersScan(patternBits(pattern), text, 0, text.length, -1);
  return best <= k ? scanEnd : -1;
}
