import type { Tier } from './levels.js';
import { tierOf } from './score.js';

/** One result of a search across all cached days. */
export interface SearchHit {
  id: string;
  date: string;
  title: string;
  authors: string[];
  upvotes?: number;
  /** Lower is better; the integer part is the match level (see levels.ts). */
  score: number;
  /** exact: every word as a word or word start; prefix: part of a word; fuzzy: a typo. */
  tier?: Tier;
}

/** A paper (or stored record) with its score as a hit. */
export const hitOf = (
  p: Pick<SearchHit, 'id' | 'date' | 'title' | 'authors' | 'upvotes'>,
  score: number,
): SearchHit => ({
  id: p.id,
  date: p.date,
  title: p.title,
  authors: p.authors,
  upvotes: p.upvotes,
  score,
  tier: tierOf(score),
});
