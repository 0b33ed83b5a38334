// The per-paper part both ChatPaperFree formats share: a title, an "Authors:" line, then the
// abstract, its translation, the PDF line, and the summary and takeaways sections. The saved
// page and the Markdown post differ only in markup, which the patterns below accept both ways.
import { extractArxivId, makePaper, type Paper } from '../../domain/paper.js';
import { matchHeading, type Section } from './headings.js';
import { defined } from '../../domain/records.js';
import { cjkShare, listItem, paragraphs, squash } from './text.js';

/** A saved page's "Authors:a, b" line. */
export const TEXT_AUTHORS = /^\s*(?:Authors?|作者)\s*[:：](.*)$/i;
/**
 * A post's "**Authors:a, b**" (or "**Authors:** a, b") line; bold only, so a plain "Authors:" in
 * the LLM write-up below a paper is not taken for a new paper.
 */
export const MD_AUTHORS =
  /^\s*\*\*\s*(?:Authors?|作者)\s*(?:[:：]\s*\*\*|\*\*\s*[:：]|[:：])(.*)$/i;
const MD_PDF = /^\s*\[PDF\]\(([^)\s]+)\)\s*(.*)$/i;
const TEXT_PDF = /^\s*PDF(?:\s+(.*))?$/;
const LINKS_MARKER = /^\s*论文及项目相关链接\s*$/;
// Where the digest part of a paper ends: what follows is screenshots or a long LLM write-up.
const END =
  /^\s*(?:Cool Papers|点此查看论文截图|<details|<ol>|\*\*\[ChatPaperFree\]|\[ChatPaperFree\])/i;

export interface PaperBlock {
  title: string;
  authors: string[];
  /** Lines after the authors line, up to the next paper's title. */
  body: string[];
  /** 1-based line of the authors line, for messages. */
  line: number;
}

/** Cuts a page into papers, anchored on their "Authors:" lines. */
export function splitPapers(
  lines: readonly string[],
  authorsLine: RegExp,
  warnings: string[],
): PaperBlock[] {
  const anchors: { at: number; titleAt: number; title: string; authors: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = authorsLine.exec(lines[i]!);
    if (!m) continue;
    const { title, start } = titleBefore(lines, i, anchors.at(-1)?.at ?? -1);
    if (title === '') {
      warnings.push(`line ${i + 1}: an Authors line without a title before it; skipped`);
      continue;
    }
    anchors.push({ at: i, titleAt: start, title, authors: splitAuthors(m[1]!) });
  }
  return anchors.map((a, k) => ({
    title: a.title,
    authors: a.authors,
    body: lines.slice(a.at + 1, anchors[k + 1]?.titleAt ?? lines.length),
    line: a.at + 1,
  }));
}

// The title is the paragraph just above the authors line; a Markdown "## " line alone if present.
function titleBefore(lines: readonly string[], at: number, floor: number) {
  let i = at - 1;
  while (i > floor && lines[i]!.trim() === '') i--;
  const end = i;
  if (i > floor && /^\s*#{1,6}\s/.test(lines[i]!)) {
    return { title: squash(lines[i]!.replace(/^\s*#{1,6}\s+/, '')), start: i };
  }
  // A wrapped title is a few lines at most; more means we are reading something else.
  while (i > floor && end - i < 3 && lines[i]!.trim() !== '') i--;
  const start = i + 1;
  return { title: squash(lines.slice(start, end + 1).join(' ')), start };
}

function splitAuthors(s: string): string[] {
  // The closing bold marker of "**Authors:a, b**" is not part of the last name.
  return s
    .trimEnd()
    .replace(/\*\*$/, '')
    .split(/[,，;；]/)
    .map(squash)
    .filter((a) => a !== '');
}

export interface Sections {
  abstract: string;
  translation?: string;
  comment?: string;
  pdfUrl?: string;
  summary: string;
  takeaways: string[];
}

type State = 'abstract' | 'links' | Section | 'after';

/** Reads a paper's body; sections may come in any order, and each is read once. */
export function parseSections(body: readonly string[]): Sections {
  const abstract: string[] = [];
  const summary: string[] = [];
  const takeaways: string[] = [];
  const seen = new Set<Section>();
  let comment: string | undefined;
  let pdfUrl: string | undefined;
  let state: State = 'abstract';
  let linksSeen = false;
  let gap = false;

  for (const line of body) {
    if (END.test(line)) break;
    if (LINKS_MARKER.test(line)) {
      [linksSeen, state] = [true, 'links'];
      continue;
    }
    const pdf = pdfLine(line, linksSeen);
    if (pdf) {
      [comment, pdfUrl] = [pdf.comment, pdf.url ?? pdfUrl];
      [linksSeen, state] = [true, 'links'];
      continue;
    }
    // Before the links, "Summary: ..." could be an abstract sentence; only a bare heading counts.
    const heading = matchHeading(line, state !== 'abstract' || linksSeen);
    if (heading) {
      state = seen.has(heading.section) ? 'after' : heading.section;
      seen.add(heading.section);
      gap = false;
      if (heading.inline !== '' && state === 'summary') summary.push(heading.inline);
      if (heading.inline !== '' && state === 'takeaways') takeaways.push(heading.inline);
      continue;
    }
    if (state === 'abstract') abstract.push(line);
    else if (state === 'summary') summary.push(line);
    else if (state === 'takeaways') {
      const next = takeawayLine(line, takeaways, gap);
      if (next === 'end') state = 'after';
      else gap = next === 'gap';
    }
  }
  return defined({
    ...splitAbstract(paragraphs(abstract)),
    comment,
    pdfUrl,
    summary: paragraphs(summary).join('\n\n'),
    takeaways,
  });
}

function pdfLine(line: string, linksSeen: boolean): { url?: string; comment?: string } | undefined {
  const md = MD_PDF.exec(line);
  if (md) return { url: md[1], comment: squash(md[2]!) || undefined };
  // A saved page loses the link: "PDF <comment>". Only trusted after the links marker, since an
  // abstract may well start with the word "PDF".
  const text = TEXT_PDF.exec(line);
  if (text && (linksSeen || text[1] === undefined))
    return { comment: squash(text[1] ?? '') || undefined };
  return undefined;
}

// Items are bulleted or numbered, sometimes blank-line separated; an unmarked line right after
// an item continues it. Unmarked text after a gap is no longer part of the list.
function takeawayLine(line: string, items: string[], gap: boolean): 'item' | 'gap' | 'end' {
  if (line.trim() === '') return items.length > 0 ? 'gap' : 'item';
  const item = listItem(line);
  if (item !== undefined) items.push(item);
  else if (items.length === 0) items.push(squash(line));
  else if (gap) return 'end';
  else items[items.length - 1] = `${items.at(-1)!} ${squash(line)}`;
  return 'item';
}

// English paragraphs are the abstract, Chinese ones its translation; a page in one language only
// has no translation.
function splitAbstract(paras: string[]): { abstract: string; translation?: string } {
  const zh = paras.filter((p) => cjkShare(p) > 0.3);
  const en = paras.filter((p) => cjkShare(p) <= 0.3);
  if (en.length === 0 || zh.length === 0) return { abstract: paras.join('\n\n') };
  return { abstract: en.join('\n\n'), translation: zh.join('\n\n') };
}

/** The Paper for one block; provenance and source are ChatPaperFree's. */
export function blockToPaper(
  block: PaperBlock,
  s: Sections,
  ctx: { date: string; topics?: string[] },
): Paper {
  const arxiv = s.pdfUrl ? extractArxivId(s.pdfUrl) : undefined;
  return makePaper(
    defined({
      id: arxiv,
      title: block.title,
      authors: block.authors,
      date: ctx.date,
      abstract: s.abstract,
      summary: s.summary,
      summarySource: s.summary ? 'ChatPaperFree' : undefined,
      takeaways: s.takeaways,
      takeawaysSource: s.takeaways.length > 0 ? 'ChatPaperFree' : undefined,
      comment: s.comment,
      translation: s.translation,
      translationLang: s.translation ? 'zh' : undefined,
      topics: ctx.topics && ctx.topics.length > 0 ? ctx.topics : undefined,
      links: s.pdfUrl && !arxiv ? { pdf: s.pdfUrl } : undefined,
      sources: ['chatpaperfree' as const],
    }),
  );
}
