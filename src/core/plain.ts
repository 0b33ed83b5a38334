// Plain-text and JSON shapes of papers for CLI output (pipes and scripts).
import { withExtracted } from './extract.js';
import type { Paper } from './paper.js';
import { sanitizeLine } from './sanitize.js';
import type { Flags } from './view.js';

export function plainRow(p: Paper, flags: Flags, withDate = false): string {
  const mark = flags.has('read', p.id) ? ' ' : '*';
  const star = flags.has('starred', p.id) ? '★' : ' ';
  const first = p.authors[0]
    ? sanitizeLine(p.authors[0]) + (p.authors.length > 1 ? ' et al.' : '')
    : '';
  const votes = p.upvotes === undefined ? '' : `  ▲${p.upvotes}`;
  const date = withDate ? `${p.date}  ` : '';
  return `${mark}${star} ${date}${p.id.padEnd(12)}  ${sanitizeLine(p.title)}${first ? `  — ${first}` : ''}${votes}`;
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
    translation: p.translation ?? null,
    sources: p.sources,
    read: flags.has('read', p.id),
    starred: flags.has('starred', p.id),
  };
}
