// daily-arXiv-ai-enhanced digests: one JSON record a line with the arXiv metadata and an `AI`
// object (tldr, motivation, method, result, conclusion) written by an LLM, in Chinese or English.
// The file holds one day; the repository names its files YYYY-MM-DD_AI_enhanced_<Language>.jsonl.
import { extractArxivId, makePaper, type Paper } from '../../domain/paper.js';
import { ImportError, oneLine, type ImportOptions, type ParsedDays } from './types.js';
import { defined, isRec, type Rec } from '../../domain/records.js';
import { repairCutUrl } from './repair-url.js';
import { cjkShare, pickDay, splitLines, squash } from './text.js';

export const JSONL_SOURCE = 'daily-arXiv-ai-enhanced';

// The takeaways are the four AI fields in this order, labelled so each reads on its own.
const PARTS = [
  ['motivation', '动机', 'Motivation'],
  ['method', '方法', 'Method'],
  ['result', '结果', 'Result'],
  ['conclusion', '结论', 'Conclusion'],
] as const;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? squash(v) : undefined;
}

export function parseArxivJsonl(input: string, opts: ImportOptions): ParsedDays {
  const warnings: string[] = [];
  const date = pickDay('arxiv-ai-jsonl', { option: opts.date, fileName: opts.fileName }, warnings);
  const papers: Paper[] = [];
  let records = 0;
  splitLines(input).forEach((line, i) => {
    if (line.trim() === '') return;
    records++;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      warnings.push(`line ${i + 1}: not valid JSON (${oneLine((err as Error).message)}); skipped`);
      return;
    }
    const paper = isRec(rec) ? toPaper(rec, date, opts.topic) : undefined;
    if (paper) papers.push(paper);
    else warnings.push(`line ${i + 1}: not a paper record (no title); skipped`);
  });
  if (records > 0 && papers.length === 0)
    throw new ImportError('malformed', `arxiv-ai-jsonl: none of the ${records} lines is a paper`);
  return { days: [{ date, papers, sources: ['arxiv-ai-jsonl'] }], warnings };
}

function toPaper(r: Rec, date: string, topic: string | undefined): Paper | undefined {
  const title = text(r.title);
  if (!title) return undefined;
  const ai = isRec(r.AI) ? r.AI : {};
  const summary = text(ai.tldr) ?? '';
  const zh =
    cjkShare(
      Object.values(ai)
        .filter((v) => typeof v === 'string')
        .join(''),
    ) > 0.3;
  const takeaways = PARTS.flatMap(([key, zhLabel, enLabel]) => {
    const t = text(ai[key]);
    return t ? [zh ? `${zhLabel}：${t}` : `${enLabel}: ${t}`] : [];
  });
  const authors = Array.isArray(r.authors)
    ? r.authors.map(text).filter((a): a is string => a !== undefined)
    : [];
  const categories = Array.isArray(r.categories)
    ? r.categories.map(text).filter((c): c is string => c !== undefined)
    : [];
  const code = text(r.code_url);
  const prose = [r.comment, r.summary, ...Object.values(ai)].filter(
    (v): v is string => typeof v === 'string',
  );
  const stars = typeof r.code_stars === 'number' && Number.isFinite(r.code_stars);
  return makePaper(
    defined({
      // A record without an arXiv id falls back to a title id rather than an arbitrary string.
      id: extractArxivId(text(r.id) ?? ''),
      title,
      authors,
      date,
      abstract: text(r.summary) ?? '',
      summary,
      summarySource: summary ? JSONL_SOURCE : undefined,
      takeaways,
      takeawaysSource: takeaways.length > 0 ? JSONL_SOURCE : undefined,
      comment: text(r.comment),
      keywords: [],
      categories: categories.length > 0 ? categories : undefined,
      topics: topic ? [topic] : undefined,
      githubStars: stars ? (r.code_stars as number) : undefined,
      links: defined({
        abs: text(r.abs),
        pdf: text(r.pdf),
        code: code && repairCutUrl(code, prose),
      }),
      sources: ['arxiv-ai-jsonl' as const],
    }),
  );
}
