// A paper as Markdown: what the detail pane renders and `papers show` prints.
import { withExtracted } from '../domain/extract.js';
import { escapeMarkdown, latexToMarkdown } from './latex/latex.js';
import type { Paper } from '../domain/paper.js';
import { isCleanHttpUrl, sanitizeLine, sanitizeText, truncateForDisplay } from './sanitize.js';

export interface MarkdownOptions {
  /** Show the translation (e.g. the Chinese abstract) in place of the English abstract. */
  translation?: boolean;
  /** Summary and Key takeaways before the Abstract: what a skimmer reads first. */
  summaryFirst?: boolean;
  /** Authors to name even when the list is cut (the ones the query matched). */
  keepAuthors?: readonly string[];
}

const text = (s: string) => latexToMarkdown(sanitizeText(s)).trim();
const line = (s: string) => escapeMarkdown(sanitizeLine(s));

/** Names shown before the list is cut. */
const SHOWN_AUTHORS = 12;
/** Matched authors named after the cut, at most. */
const KEPT_AUTHORS = 3;

/** The first authors and (when the list is cut) the kept ones beyond the cut (`keep`: indexes
 *  into `authors`), "…" wherever names are left out, then the count. */
function authorsLine(authors: string[], keep: readonly number[]): string {
  if (authors.length <= SHOWN_AUTHORS) return authors.map(line).join(', ');
  const late = keep.filter((i) => i >= SHOWN_AUTHORS).slice(0, KEPT_AUTHORS);
  const parts = authors.slice(0, SHOWN_AUTHORS).map(line);
  let last = SHOWN_AUTHORS - 1;
  for (const i of late) {
    if (i > last + 1) parts.push('…');
    // Names past MAX_ITEMS were not cut for display (forDisplay): cut this one here.
    parts.push(line(shortLine(authors[i]!)));
    last = i;
  }
  if (last < authors.length - 1) parts.push('…');
  return `${parts.join(', ')} (${authors.length} authors)`;
}

/** Positions in `authors` of the names in `keep`, in list order. */
function keptIndexes(authors: string[], keep: readonly string[] | undefined): number[] {
  if (!keep?.length) return [];
  const want = new Set(keep);
  const out: number[] = [];
  authors.forEach((a, i) => want.has(a) && out.push(i));
  return out;
}

function linksLine(p: Paper): string | undefined {
  const parts = (['abs', 'pdf', 'code', 'project'] as const)
    .map((k) => [k, p.links[k]] as const)
    .filter(([, u]) => u !== undefined && isCleanHttpUrl(u))
    .map(([k, u]) => `${k}: ${u}`);
  return parts.length ? parts.join('  \n') : undefined;
}

function metaLine(p: Paper): string {
  const bits = [`day ${p.date}`];
  if (p.publishedAt) bits.push(`published ${p.publishedAt.slice(0, 10)}`);
  if (p.upvotes !== undefined) bits.push(`▲ ${p.upvotes}`);
  if (p.numComments) bits.push(`${p.numComments} comment${p.numComments === 1 ? '' : 's'}`);
  if (p.githubStars) bits.push(`★ ${p.githubStars} on GitHub`);
  if (!p.id.startsWith('t-')) bits.push(`arXiv ${p.id}`);
  return bits.join(' · ');
}

function provenance(source: string | undefined): string {
  return source ? `*${line(source)}*\n\n` : '';
}

// Display limits, far above any real paper (arXiv caps abstracts at 1,920 characters) and low
// enough that hostile megabytes render like an ordinary paper. `--json` keeps everything.
const MAX_TITLE = 500;
/** The abstract, the summary, the translation. */
const MAX_TEXT = 5_000;
/** A takeaway, the comment, an author, a keyword. */
const MAX_ITEM = 400;
/** Takeaways and keywords shown (authorsLine shows 12 names and counts the rest). */
const MAX_ITEMS = 20;

const shortText = (s: string) => truncateForDisplay(s, MAX_TEXT);
const shortLine = (s: string) => truncateForDisplay(s, MAX_ITEM);
const shortList = (xs: string[]) => xs.slice(0, MAX_ITEMS).map(shortLine);

/** The paper with every field cut to what a screen can show, before any text processing. */
function forDisplay(p: Paper): Paper {
  const out: Paper = {
    ...p,
    title: truncateForDisplay(p.title, MAX_TITLE),
    // authorsLine counts the full list; only the names shown are cut.
    authors: [...shortList(p.authors), ...p.authors.slice(MAX_ITEMS)],
    abstract: shortText(p.abstract),
    summary: shortText(p.summary),
    takeaways: shortList(p.takeaways),
    keywords: shortList(p.keywords),
  };
  if (p.topics !== undefined) out.topics = shortList(p.topics);
  if (p.categories !== undefined) out.categories = shortList(p.categories);
  if (p.organization !== undefined) out.organization = shortLine(p.organization);
  if (p.comment !== undefined) out.comment = shortLine(p.comment);
  if (p.summarySource !== undefined) out.summarySource = shortLine(p.summarySource);
  if (p.takeawaysSource !== undefined) out.takeawaysSource = shortLine(p.takeawaysSource);
  if (p.translation !== undefined) out.translation = shortText(p.translation);
  return out;
}

/** A text field as Markdown, saying so when it was cut for display. */
function prose(full: string, shown: string): string {
  const md = text(shown);
  if (full.length <= MAX_TEXT) return md;
  const total = full.length.toLocaleString('en-US');
  return `${md}\n\n*(shortened for display: ${total} characters in all; \`papers show --json\` prints everything)*`;
}

export function paperToMarkdown(input: Paper, opts: MarkdownOptions = {}): string {
  // Extraction (summary and takeaways from the abstract) works on the cut text too.
  const p = withExtracted(forDisplay(input));
  const out: string[] = [`# ${line(p.title)}`, ''];
  // Indexes from the input: display cutting may change a name, never its position.
  const keep = keptIndexes(input.authors, opts.keepAuthors);
  if (p.authors.length) out.push(authorsLine(p.authors, keep), '');
  out.push(metaLine(p), '');
  const links = linksLine(p);
  if (links) out.push(links, '');
  if (p.comment) out.push(`*${line(p.comment)}*`, '');
  if (p.topics?.length) out.push(`Topics: ${p.topics.map(line).join(', ')}`, '');
  if (p.keywords.length) out.push(`Keywords: ${p.keywords.map(line).join(', ')}`, '');
  const filed = [
    ...(p.categories?.length ? [`arXiv ${p.categories.map(line).join(', ')}`] : []),
    ...(p.organization ? [`submitted by ${line(p.organization)}`] : []),
  ];
  if (filed.length) out.push(filed.join(' · '), '');

  const useTranslation = opts.translation && p.translation;
  const abstract: string[] = [useTranslation ? '## Abstract (translation)' : '## Abstract', ''];
  const [full, shown] = useTranslation
    ? [input.translation!, p.translation!]
    : [input.abstract, p.abstract];
  abstract.push(prose(full, shown) || '*No abstract.*', '');
  if (!opts.summaryFirst) out.push(...abstract);

  out.push('## Summary', '');
  const summary = input.summary ? prose(input.summary, p.summary) : text(p.summary);
  out.push(p.summary ? `${provenance(p.summarySource)}${summary}` : '*No summary.*', '');

  out.push('## Key takeaways', '');
  if (p.takeaways.length) {
    out.push(provenance(p.takeawaysSource).trimEnd());
    if (p.takeawaysSource) out.push('');
    for (const t of p.takeaways) out.push(`- ${text(t).replace(/\n+/g, ' ')}`);
  } else {
    out.push('*No takeaways.*');
  }
  if (opts.summaryFirst) out.push('', ...abstract.slice(0, -1));
  out.push('');
  return out.join('\n');
}
