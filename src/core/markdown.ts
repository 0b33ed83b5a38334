// A paper as Markdown: what the detail pane renders and `papers show` prints.
import { withExtracted } from './extract.js';
import { escapeMarkdown, latexToMarkdown } from './latex.js';
import type { Paper } from './paper.js';
import { isCleanHttpUrl, sanitizeLine, sanitizeText } from './sanitize.js';

export interface MarkdownOptions {
  /** Show the translation (e.g. the Chinese abstract) in place of the English abstract. */
  translation?: boolean;
}

const text = (s: string) => latexToMarkdown(sanitizeText(s)).trim();
const line = (s: string) => escapeMarkdown(sanitizeLine(s));

function authorsLine(authors: string[]): string {
  const shown = authors.slice(0, 12).map(line).join(', ');
  return authors.length > 12 ? `${shown}, … (${authors.length} authors)` : shown;
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

export function paperToMarkdown(input: Paper, opts: MarkdownOptions = {}): string {
  const p = withExtracted(input);
  const out: string[] = [`# ${line(p.title)}`, ''];
  if (p.authors.length) out.push(authorsLine(p.authors), '');
  out.push(metaLine(p), '');
  const links = linksLine(p);
  if (links) out.push(links, '');
  if (p.comment) out.push(`*${line(p.comment)}*`, '');
  if (p.keywords.length) out.push(`Keywords: ${p.keywords.map(line).join(', ')}`, '');

  const useTranslation = opts.translation && p.translation;
  out.push(useTranslation ? '## Abstract (translation)' : '## Abstract', '');
  out.push(text(useTranslation ? p.translation! : p.abstract) || '*No abstract.*', '');

  out.push('## Summary', '');
  out.push(p.summary ? `${provenance(p.summarySource)}${text(p.summary)}` : '*No summary.*', '');

  out.push('## Key takeaways', '');
  if (p.takeaways.length) {
    out.push(provenance(p.takeawaysSource).trimEnd());
    if (p.takeawaysSource) out.push('');
    for (const t of p.takeaways) out.push(`- ${text(t).replace(/\n+/g, ' ')}`);
  } else {
    out.push('*No takeaways.*');
  }
  out.push('');
  return out.join('\n');
}
