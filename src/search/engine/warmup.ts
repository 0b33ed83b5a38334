// Readying the ranker before the first search of a session. V8 compiles the ranker's loops to
// fast code only after they have run a while on real data, and meets each query shape's
// branches (typos of each length, words spanning a break, operators, negation, punctuation)
// for the first time on a real query: measured at 20k papers, a session's first searches ran
// about twice as slow as the same searches later. A made-up library did not do it (the first
// searches stayed ~1.5× slower); the library's own segments, thinned out, do. Pure: no I/O.
import type { SegmentView } from './rank.js';

/** One query of each shape: typos of each length, several words, field prefixes, fuse's
 *  operators, negation, punctuation, words joined, a name. */
export const WARMUP_QUERIES = [
  'sampling',
  'samplng',
  'segmentaton',
  'retreival',
  'robto',
  'graph neural token',
  'visoin transfromer',
  'au:lena',
  'ti:video model',
  'kw:robot | kw:speech',
  "'latent",
  '=memory',
  '^scaling',
  'kernel$',
  'planning !agent',
  '!^policy',
  'zenlux',
  'tri-lux',
  '"sparse token"',
  'chain of thought',
  'gpt 4',
  'au:lena wei',
];

/**
 * Past this many papers a warm-up over the whole index is not worth it: it walks every posting
 * (about 1 s of CPU and 20-30 MB of passing garbage at 100k). A bigger library is warmed up on
 * its smallest segments whole, up to half this many papers (none when one segment holds them
 * all): thinned out, they left a first search of several words at 100k about twice as slow.
 */
export const WARMUP_MAX_PAPERS = 50_000;

/** What the warm-up runs over: the library thinned out, or past WARMUP_MAX_PAPERS its small
 *  segments. */
export function warmupViews(views: SegmentView[]): SegmentView[] {
  const total = views.reduce((n, v) => n + v.alive.length, 0);
  if (total <= WARMUP_MAX_PAPERS) return thinnedViews(views);
  const small: SegmentView[] = [];
  let n = 0;
  for (const v of [...views].sort((a, b) => a.alive.length - b.alive.length)) {
    if (n + v.alive.length > WARMUP_MAX_PAPERS / 2) break;
    small.push(v);
    n += v.alive.length;
  }
  return small;
}

/**
 * The views with about `target` papers left alive, spread over all of them: the index's
 * words and postings are walked in full (that is what needs warming), while few records are
 * read and scored.
 */
export function thinnedViews(views: SegmentView[], target = 2000): SegmentView[] {
  const total = views.reduce((n, v) => n + v.alive.length, 0);
  const every = Math.max(1, Math.ceil(total / target));
  return views.map((v) => ({
    ...v,
    alive: v.alive.map((a, d) => (d % every === 0 ? a : 0)),
  }));
}
