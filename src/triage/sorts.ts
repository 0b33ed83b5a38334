// The list orders, "for you" included. The reader's SortOrder gains 'for-you' when the lead
// wires it; until then this is the one list the CLI and the resume point accept.
export type TriageSort = 'listed' | 'upvotes' | 'title' | 'published' | 'for-you';
export const SORT_ORDERS_WITH_FOR_YOU: TriageSort[] = [
  'listed',
  'upvotes',
  'title',
  'published',
  'for-you',
];

/**
 * The order a list opens in: the one the reader chose (the `sort` setting, when set), else
 * "for you" once there are `minStars` stars to learn from, else as listed.
 */
export function openingSort(
  chosen: TriageSort | undefined,
  stars: number,
  minStars: number,
): TriageSort {
  return chosen ?? (stars >= minStars ? 'for-you' : 'listed');
}

/** Stars needed before "for you" trusts what it learned (below, it sorts by upvotes). Here,
 *  in a module with no imports, so the reader's start-up can read it without the model. */
export const MIN_STARS = 5;
