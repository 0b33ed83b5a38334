// Exports of a paper list: a readable Markdown digest and a JSON dump with reading state.
// BibTeX lives in bibtex.ts.
import { withExtracted } from './extract.js';
import { escapeMarkdown, latexToMarkdown } from '../text/latex/latex.js';
import type { Paper, PaperLinks } from './paper.js';
import { isCleanHttpUrl, sanitizeLine, sanitizeText } from '../text/sanitize.js';

export { toBibtex, toBibtexAll } from './bibtex.js';

/** The reader's marks on one paper. */
export interface PaperMarks {
  read: boolean;
  starred: boolean;
}

/** A paper as exported to JSON: the stored record plus the reader's marks. */
export type ExportedPaper = Paper & PaperMarks;

const LINK_LABELS: [keyof PaperLinks, string][] = [
  ['abs', 'arXiv'],
  ['pdf', 'PDF'],
  ['code', 'Code'],
  ['project', 'Project page'],
];

const line = (s: string) => escapeMarkdown(sanitizeLine(s));
const prose = (s: string) => latexToMarkdown(sanitizeText(s));

function linksLine(p: Paper): string | undefined {
  const links = LINK_LABELS.filter(([k]) => p.links[k] !== undefined && isCleanHttpUrl(p.links[k]!))
    // <…> lets the destination hold parentheses; clean URLs hold no angle brackets.
    .map(([k, label]) => `[${label}](<${p.links[k]}>)`);
  return links.length ? links.join(' · ') : undefined;
}

function paperSection(input: Paper, n: number): string {
  const p = withExtracted(input);
  const out = [`## ${n}. ${latexToMarkdown(sanitizeLine(p.title)) || 'Untitled'}`, ''];
  const meta = [
    p.authors.length ? `**Authors:** ${p.authors.map(line).join(', ')}` : undefined,
    `**Date:** ${line(p.date)}${p.id.startsWith('t-') ? '' : ` · arXiv ${line(p.id)}`}`,
    linksLine(p) ? `**Links:** ${linksLine(p)}` : undefined,
  ].filter((x): x is string => x !== undefined);
  // Two trailing spaces: a line break inside one paragraph.
  out.push(meta.join('  \n'), '');
  out.push('### Summary', '');
  out.push(p.summary.trim() ? prose(p.summary) : '*No summary.*', '');
  if (p.summary.trim() && p.summarySource) out.push(`*Source: ${line(p.summarySource)}*`, '');
  out.push('### Key takeaways', '');
  if (p.takeaways.length) {
    for (const t of p.takeaways) out.push(`- ${prose(t).replace(/\n+/g, ' ')}`);
    out.push('');
    if (p.takeawaysSource) out.push(`*Source: ${line(p.takeawaysSource)}*`, '');
  } else {
    out.push('*No takeaways.*', '');
  }
  return out.join('\n');
}

/** A Markdown digest: per paper its title, authors, links, summary and takeaways. */
export function toMarkdownExport(papers: Paper[], heading = 'Papers'): string {
  const parts = [
    `# ${escapeMarkdown(heading)}`,
    '',
    ...papers.map((p, i) => paperSection(p, i + 1)),
  ];
  return `${parts.join('\n').trimEnd()}\n`;
}

/** A JSON array of the papers, each with the reader's `read` and `starred` marks. */
export function toJsonExport(papers: Paper[], marks: (id: string) => PaperMarks): string {
  const out: ExportedPaper[] = papers.map((p) => {
    const m = marks(p.id);
    return { ...p, read: m.read === true, starred: m.starred === true };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
