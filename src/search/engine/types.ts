/** One result of a search across all cached days. */
export interface SearchHit {
  id: string;
  date: string;
  title: string;
  authors: string[];
  upvotes?: number;
  score: number;
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
});
