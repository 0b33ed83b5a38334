import Fuse, { type Expression, type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Paper } from './paper.js';
import { parseQuery, type Field, type Term } from './query.js';

export interface Match {
  paper: Paper;
  /** 0 is a perfect match; lower is better. */
  score: number;
  /** [start, end] inclusive character ranges in the title to highlight. */
  titleRanges: [number, number][];
}

/** Title and authors weigh most: a user filtering a day usually remembers those. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  authors: 2.5,
  keywords: 1.5,
  summary: 1,
  takeaways: 0.8,
  abstract: 0.6,
};
const ALL_FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export const FUSE_OPTIONS: IFuseOptions<Paper> = {
  keys: ALL_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
  includeScore: true,
  includeMatches: true,
  useExtendedSearch: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

export function createFuse(papers: Paper[], index?: FuseIndex<Paper>): Fuse<Paper> {
  return new Fuse(papers, FUSE_OPTIONS, index);
}

function termExpression(t: Term): Expression {
  const fields = t.fields ?? ALL_FIELDS;
  // A negated term must hold in every field; a positive one in any field.
  if (t.pattern.startsWith('!')) return { $and: fields.map((f) => ({ [f]: t.pattern })) };
  return { $or: fields.map((f) => ({ [f]: t.pattern })) };
}

/** Runs a query over a fuse instance; an empty query returns undefined (= no filter). */
export function searchFuse(fuse: Fuse<Paper>, query: string): Match[] | undefined {
  const terms = parseQuery(query);
  if (terms.length === 0) return undefined;
  const expression: Expression = { $and: terms.map(termExpression) };
  return fuse.search(expression).map((r) => ({
    paper: r.item,
    score: r.score ?? 1,
    titleRanges: (r.matches ?? [])
      .filter((m) => m.key === 'title')
      .flatMap((m) => m.indices.map(([a, b]) => [a, b] as [number, number]))
      .filter(([a, b]) => b > a),
  }));
}
