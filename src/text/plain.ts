// Plain-text and JSON shapes of papers for CLI output (pipes and scripts).
import { withExtracted } from '../domain/extract.js';
import type { Paper } from '../domain/paper.js';
import { sanitizeLine, truncateForDisplay } from './sanitize.js';
import type { Flags } from '../domain/list-view.js';
import { shownId } from './paper-label.js';

// What a terminal could act on, or what the last gate before stdout would turn into a newline
// (breaking a JSON string): written as \u escapes, the JSON value stays exactly the same.
const UNSAFE_IN_JSON =
  /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** JSON text whose bytes are safe on a terminal (JSON.stringify already escapes C0). */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (m) =>
    m
      .split('')
      .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}

/** `value` as indented JSON for stdout. */
export const jsonText = (value: unknown) => jsonSafe(JSON.stringify(value, null, 2));

/** The reader's rows cut titles at the same length. */
const ROW_TITLE = 400;

/** One field as one line, cut for display; cut before cleaning too, so 5 MB costs nothing. */
export const rowText = (s: string, max = ROW_TITLE) =>
  truncateForDisplay(sanitizeLine(truncateForDisplay(s, max * 4)), max);

/** The first author, "et al." when there are more: what list rows and search hits show. */
export function authorLabel(authors: string[]): string {
  if (authors.length === 0) return '';
  return rowText(authors[0]!, 100) + (authors.length > 1 ? ' et al.' : '');
}

export function plainRow(p: Paper, flags: Flags, withDate = false): string {
  const mark = flags.has('read', p.id) ? ' ' : '*';
  const star = flags.has('starred', p.id) ? '★' : ' ';
  const first = authorLabel(p.authors);
  const votes = p.upvotes === undefined ? '' : `  ▲${p.upvotes}`;
  const date = withDate ? `${p.date}  ` : '';
  return `${mark}${star} ${date}${rowText(shownId(p), 40).padEnd(12)}  ${rowText(p.title)}${first ? `  — ${first}` : ''}${votes}`;
}

/**
 * The JSON shape scripts get: the stored record plus read/starred, with the summary and
 * takeaways the reader shows (extracted from the abstract where no source gave any).
 */
export function paperJson(stored: Paper, flags: Flags): Record<string, unknown> {
  const p = withExtracted(stored);
  return {
    id: p.id,
    title: p.title,
    authors: p.authors,
    date: p.date,
    publishedAt: p.publishedAt ?? null,
    abstract: p.abstract,
    summary: p.summary,
    summarySource: p.summarySource ?? null,
    takeaways: p.takeaways,
    takeawaysSource: p.takeawaysSource ?? null,
    upvotes: p.upvotes ?? null,
    links: p.links,
    comment: p.comment ?? null,
    keywords: p.keywords,
    topics: p.topics ?? [],
    categories: p.categories ?? [],
    organization: p.organization ?? null,
    numComments: p.numComments ?? null,
    githubStars: p.githubStars ?? null,
    translation: p.translation ?? null,
    sources: p.sources,
    read: flags.has('read', p.id),
    starred: flags.has('starred', p.id),
  };
}
