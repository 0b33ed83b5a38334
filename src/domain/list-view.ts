import type { Paper } from './paper.js';
import type { Match, Tier } from '../search/engine/filter.js';

export type SortOrder = 'listed' | 'upvotes' | 'title' | 'published' | 'for-you';
export const SORT_ORDERS: SortOrder[] = ['listed', 'upvotes', 'title', 'published', 'for-you'];
export const MIN_UPVOTE_STEPS = [0, 5, 20, 50];

/** What narrows and orders a day's list, besides the text filter. */
export interface ListView {
  unreadOnly: boolean;
  starredOnly: boolean;
  hasCode: boolean;
  minUpvotes: number;
  sort: SortOrder;
  /** Show papers marked "not interested" (they are left out otherwise). */
  showHidden?: boolean;
}

export interface Flags {
  has(flag: 'read' | 'starred' | 'hidden', id: string): boolean;
}

/** The "for you" order of a day: paper id → position (0 = best). */
export type Ranking = ReadonlyMap<string, number>;

export interface Row {
  paper: Paper;
  titleRanges: [number, number][];
  /** How the filter matched the paper (absent without a filter): fuzzy rows are marked. */
  tier?: Tier;
}

/** Shared by every unfiltered row, so a re-derived row list leaves memoized rows alone. */
const NO_RANGES: [number, number][] = [];
const byTitle = (a: Paper, b: Paper) => a.title.localeCompare(b.title);
const byUpvotes = (a: Paper, b: Paper) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || byTitle(a, b);
const COMPARE: Record<Exclude<SortOrder, 'listed' | 'for-you'>, (a: Paper, b: Paper) => number> = {
  upvotes: byUpvotes,
  title: byTitle,
  published: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || byTitle(a, b),
};

export const SORT_LABEL: Record<SortOrder, string> = {
  listed: 'as listed',
  upvotes: 'upvotes',
  title: 'title',
  published: 'published',
  'for-you': 'for you',
};

/**
 * The rows the list shows: filter matches (by relevance when sorted "as listed"), then the
 * unread / starred / code / upvote filters, then the chosen order.
 */
export function visibleRows(
  papers: Paper[],
  matches: Match[] | undefined,
  view: ListView,
  flags: Flags,
  /** The "for you" order; until it is known, for-you sorts by upvotes. */
  ranking?: Ranking,
): Row[] {
  let rows: Row[] = matches
    ? matches.map((m) => ({ paper: m.paper, titleRanges: m.titleRanges, tier: m.tier }))
    : papers.map((paper) => ({ paper, titleRanges: NO_RANGES }));
  rows = rows.filter(
    ({ paper: p }) =>
      (!view.unreadOnly || !flags.has('read', p.id)) &&
      (!view.starredOnly || flags.has('starred', p.id)) &&
      (!view.hasCode || Boolean(p.links.code)) &&
      (p.upvotes ?? 0) >= view.minUpvotes &&
      (view.showHidden || !flags.has('hidden', p.id)),
  );
  if (view.sort === 'for-you' && ranking) {
    const at = (p: Paper) => ranking.get(p.id) ?? Infinity;
    rows = [...rows].sort((a, b) => at(a.paper) - at(b.paper) || byUpvotes(a.paper, b.paper));
  } else if (view.sort !== 'listed') {
    const cmp = view.sort === 'for-you' ? byUpvotes : COMPARE[view.sort];
    rows = [...rows].sort((a, b) => cmp(a.paper, b.paper));
  }
  return rows;
}

export function unreadCount(papers: Paper[], flags: Flags): number {
  let n = 0;
  for (const p of papers) if (!flags.has('read', p.id)) n++;
  return n;
}
