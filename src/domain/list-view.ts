import type { Paper } from './paper.js';
import type { Match } from '../search/engine/filter.js';

export type SortOrder = 'listed' | 'upvotes' | 'title' | 'published';
export const SORT_ORDERS: SortOrder[] = ['listed', 'upvotes', 'title', 'published'];
export const MIN_UPVOTE_STEPS = [0, 5, 20, 50];

/** What narrows and orders a day's list, besides the text filter. */
export interface ListView {
  unreadOnly: boolean;
  starredOnly: boolean;
  hasCode: boolean;
  minUpvotes: number;
  sort: SortOrder;
}

export interface Flags {
  has(flag: 'read' | 'starred', id: string): boolean;
}

export interface Row {
  paper: Paper;
  titleRanges: [number, number][];
}

/** Shared by every unfiltered row, so a re-derived row list leaves memoized rows alone. */
const NO_RANGES: [number, number][] = [];
const byTitle = (a: Paper, b: Paper) => a.title.localeCompare(b.title);
const COMPARE: Record<Exclude<SortOrder, 'listed'>, (a: Paper, b: Paper) => number> = {
  upvotes: (a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || byTitle(a, b),
  title: byTitle,
  published: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || byTitle(a, b),
};

export const SORT_LABEL: Record<SortOrder, string> = {
  listed: 'as listed',
  upvotes: 'upvotes',
  title: 'title',
  published: 'published',
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
): Row[] {
  let rows: Row[] = matches
    ? matches.map((m) => ({ paper: m.paper, titleRanges: m.titleRanges }))
    : papers.map((paper) => ({ paper, titleRanges: NO_RANGES }));
  rows = rows.filter(
    ({ paper: p }) =>
      (!view.unreadOnly || !flags.has('read', p.id)) &&
      (!view.starredOnly || flags.has('starred', p.id)) &&
      (!view.hasCode || Boolean(p.links.code)) &&
      (p.upvotes ?? 0) >= view.minUpvotes,
  );
  if (view.sort !== 'listed') {
    const cmp = COMPARE[view.sort];
    rows = [...rows].sort((a, b) => cmp(a.paper, b.paper));
  }
  return rows;
}

export function unreadCount(papers: Paper[], flags: Flags): number {
  let n = 0;
  for (const p of papers) if (!flags.has('read', p.id)) n++;
  return n;
}
