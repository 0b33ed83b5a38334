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
