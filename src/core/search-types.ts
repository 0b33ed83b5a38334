/** One result of a search across all cached days. */
export interface SearchHit {
  id: string;
  date: string;
  title: string;
  authors: string[];
  upvotes?: number;
  score: number;
}
