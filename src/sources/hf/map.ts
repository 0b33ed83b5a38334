// Hugging Face `GET /api/daily_papers` items → DayLists. Pure: the boundary where the API's
// loosely typed JSON becomes Paper records. Bad items are dropped and counted, never guessed at.
import { isValidDate, makePaper, mergeDay, type DayList, type Paper } from '../../domain/paper.js';
import { defined, isRec, type Rec } from '../../domain/records.js';

/** The response as a whole is not a list of daily-paper items. */
export class HfShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HfShapeError';
  }
}

export interface DailyPapersResult {
  /** One list per UTC day, ascending; papers in API order, duplicates merged. */
  days: DayList[];
  /** Items that could not become a paper. */
  dropped: number;
  /** One line per dropped item, saying which and why. */
  warnings: string[];
}

export const HF_SUMMARY_SOURCE = 'Hugging Face AI summary';

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

function httpUrl(v: unknown): string | undefined {
  const s = text(v)?.trim();
  if (!s || !/^https?:\/\//i.test(s)) return undefined;
  try {
    return new URL(s).href;
  } catch {
    return undefined;
  }
}

function isoTime(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/** arXiv titles wrap with "\n  "; a title is one line. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** arXiv abstracts are hard-wrapped: join lines, keep blank-line paragraph breaks. */
export function unwrapParagraphs(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(collapseSpace)
    .filter((p) => p !== '')
    .join('\n\n');
}

function authorNames(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is Rec => isRec(a) && a.hidden !== true)
    .map((a) => text(a.name))
    .filter((n): n is string => n !== undefined)
    .map(collapseSpace);
}

function keywordList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map(text)
    .filter((k): k is string => k !== undefined)
    .map(collapseSpace);
}

/** The organization a submission is filed under: its full name, else its handle. */
function organization(v: unknown): string | undefined {
  return isRec(v) ? (text(v.fullname) ?? text(v.name)) : undefined;
}

/** One item → a paper, or the reason it cannot be one. */
function mapItem(item: unknown, forcedDate: string | undefined): Paper | string {
  if (!isRec(item)) return 'not an object';
  const p = item.paper;
  if (!isRec(p)) return 'no "paper" object';
  const id = text(p.id)?.trim();
  if (!id) return 'no paper.id';
  const title = text(p.title) ?? text(item.title);
  if (!title) return `${id}: no title`;
  // Since 2025-03 the day is paper.submittedOnDailyAt; before that the item's own publishedAt
  // was the submission time (see the fixtures README).
  const date =
    forcedDate ??
    isoTime(p.submittedOnDailyAt)?.slice(0, 10) ??
    isoTime(item.publishedAt)?.slice(0, 10);
  if (!date) return `${id}: no submittedOnDailyAt or publishedAt to place it on a day`;

  const aiSummary = text(p.ai_summary);
  const abstract = text(p.summary) ?? text(item.summary);
  return makePaper(
    defined({
      id,
      title: collapseSpace(title),
      date,
      authors: authorNames(p.authors),
      publishedAt: isoTime(p.publishedAt),
      abstract: abstract === undefined ? undefined : unwrapParagraphs(abstract),
      summary: aiSummary === undefined ? undefined : unwrapParagraphs(aiSummary),
      summarySource: aiSummary === undefined ? undefined : HF_SUMMARY_SOURCE,
      keywords: keywordList(p.ai_keywords),
      upvotes: count(p.upvotes) ?? count(item.upvotes),
      numComments: count(item.numComments) ?? count(p.numComments),
      githubStars: count(p.githubStars),
      organization: organization(item.organization) ?? organization(p.organization),
      links: defined({ code: httpUrl(p.githubRepo), project: httpUrl(p.projectPage) }),
      sources: ['hf-api' as const],
    }),
  );
}

function describeShape(json: unknown): string {
  if (isRec(json)) {
    const error = text(json.error) ?? text(json.message);
    return error
      ? `expected a list of papers, got an error object: "${collapseSpace(error).slice(0, 120)}"`
      : 'expected a list of papers, got an object';
  }
  return `expected a list of papers, got ${json === null ? 'null' : typeof json}`;
}

/**
 * Maps a daily_papers response. Each item lands on the UTC day it was submitted to Daily Papers;
 * `date` (YYYY-MM-DD) puts every item on that day instead, which is what `?date=` means.
 * Throws HfShapeError when the response is not a list at all.
 */
export function mapDailyPapers(
  json: unknown,
  date?: string,
): { days: DayList[]; dropped: number; warnings: string[] } {
  if (!Array.isArray(json)) throw new HfShapeError(describeShape(json));
  if (date !== undefined && !isValidDate(date)) {
    throw new RangeError(`mapDailyPapers: "${date}" is not a YYYY-MM-DD date`);
  }
  const byDay = new Map<string, Paper[]>();
  const warnings: string[] = [];
  json.forEach((item, i) => {
    const paper = mapItem(item, date);
    if (typeof paper === 'string') {
      warnings.push(`item ${i + 1} skipped: ${paper}`);
      return;
    }
    const list = byDay.get(paper.date) ?? [];
    list.push(paper);
    byDay.set(paper.date, list);
  });
  if (date !== undefined && !byDay.has(date)) byDay.set(date, []);
  const days = [...byDay.keys()].sort().map(
    // mergeDay folds the same paper seen twice (pages shift while a day is still growing).
    (d) => mergeDay(undefined, { date: d, papers: byDay.get(d)!, sources: ['hf-api'] }).day,
  );
  return { days, dropped: warnings.length, warnings };
}
