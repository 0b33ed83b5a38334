// The Hugging Face papers listing saved as text from a browser. Each entry is a title, an
// abstract, "• N authors", "·", and the paper's date ("Sep 17" this year, "Mar 7, 2019" before)
// followed by the upvote count when there is one. The page's own date ("Oct 29") has no year:
// it comes from --date, a date or year in the file name, or the import fails and says so.
import { isValidDate, makePaper, type DayList, type Paper } from '../../domain/paper.js';
import { ImportError, type ImportOptions, type ParsedDays } from './types.js';
import { defined } from '../../domain/records.js';
import { dateInName, paragraphs, splitLines } from './text.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const AUTHOR_COUNT = /^\s*•\s*(\d+)\s+authors?\s*$/i;
const DOT = /^\s*·\s*$/;
const DATE_LINE =
  /^\s*([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+(?:\.\d+)?k?))?\s*$/;

interface MonthDay {
  month: number;
  day: number;
  year?: number;
  upvotes?: number;
}

function readDate(line: string | undefined): MonthDay | undefined {
  const m = line === undefined ? null : DATE_LINE.exec(line);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  if (month === 0 || day < 1 || day > 31) return undefined;
  const votes = m[4];
  const upvotes = votes
    ? Math.round(parseFloat(votes) * (votes.endsWith('k') ? 1000 : 1))
    : undefined;
  return defined({ month, day, year: m[3] ? Number(m[3]) : undefined, upvotes });
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseHfPage(text: string, opts: ImportOptions): ParsedDays {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const anchors = lines.flatMap((l, i) => (AUTHOR_COUNT.test(l) ? [i] : []));
  // The page date is the last date-like line above the first entry's title and abstract.
  let pageAt = -1;
  for (let i = 0; i < (anchors[0] ?? lines.length); i++) if (readDate(lines[i])) pageAt = i;
  const pageDate = readDate(lines[pageAt]);
  const date = pageDay(pageDate, lines, opts, warnings);
  const year = Number(date.slice(0, 4));

  const papers: Paper[] = [];
  let from = pageAt + 1;
  for (const at of anchors) {
    const paras = paragraphs(lines.slice(from, at));
    const after = nextNonBlank(lines, at + 1, 2);
    const dated = DOT.test(after[0]?.text ?? '') ? readDate(after[1]?.text) : undefined;
    from = dated ? after[1]!.index + 1 : at + 1;
    if (paras.length === 0) {
      warnings.push(`line ${at + 1}: an authors line without a title; skipped`);
      continue;
    }
    if (!dated) warnings.push(`line ${at + 1}: no date after "${lines[at]!.trim()}"`);
    // Title then abstract; anything above them is page chrome.
    const [title, abstract] = paras.length >= 2 ? paras.slice(-2) : [paras[0]!, ''];
    papers.push(
      makePaper(
        defined({
          title: title!,
          date,
          abstract,
          publishedAt: dated ? published(dated, year, date) : undefined,
          upvotes: dated?.upvotes,
          sources: ['hf-page' as const],
          topics: opts.topic ? [opts.topic] : undefined,
        }),
      ),
    );
  }
  const day: DayList = { date, papers, sources: ['hf-page'] };
  return { days: [day], warnings };
}

function nextNonBlank(lines: readonly string[], from: number, count: number) {
  const out: { text: string; index: number }[] = [];
  for (let i = from; i < lines.length && out.length < count; i++)
    if (lines[i]!.trim() !== '') out.push({ text: lines[i]!, index: i });
  return out;
}

// A date without a year is in the page's year, unless that would put it after the page date:
// a paper cannot be listed before it appeared, so it is from the year before.
function published(d: MonthDay, pageYear: number, pageDate: string): string | undefined {
  let s = iso(d.year ?? pageYear, d.month, d.day);
  if (d.year === undefined && s > pageDate) s = iso(pageYear - 1, d.month, d.day);
  return isValidDate(s) ? s : undefined;
}

function pageDay(
  page: MonthDay | undefined,
  lines: readonly string[],
  opts: ImportOptions,
  warnings: string[],
): string {
  const month = MONTHS[(page?.month ?? 1) - 1]!;
  const shown = page ? `${month[0]!.toUpperCase()}${month.slice(1)} ${page.day}` : undefined;
  if (opts.date) {
    if (page && opts.date.slice(5) !== iso(2000, page.month, page.day).slice(5))
      warnings.push(`the page is for ${shown} but --date is ${opts.date}; using --date`);
    return opts.date;
  }
  if (!page)
    throw new ImportError('no-date', 'hf-page: no page date found; pass --date YYYY-MM-DD');
  const named = dateInName(opts.fileName);
  if (named && named.slice(5) === iso(2000, page.month, page.day).slice(5)) return named;
  const year = page.year ?? yearInName(opts.fileName);
  const date = year === undefined ? undefined : iso(year, page.month, page.day);
  if (date && isValidDate(date)) return date;
  throw new ImportError(
    'no-date',
    `hf-page: the page date "${shown}" has no year; pass --date YYYY-${iso(2000, page.month, page.day).slice(5)}${newestYearHint(lines)}`,
  );
}

function yearInName(fileName: string | undefined): number | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(fileName ?? '');
  return m ? Number(m[1]) : undefined;
}

// Hugging Face leaves the year out only for the current year, so the newest explicit year on the
// page is a lower bound worth showing to whoever has to pick one.
function newestYearHint(lines: readonly string[]): string {
  const years = lines.map((l) => readDate(l)?.year).filter((y): y is number => y !== undefined);
  return years.length
    ? ` (the newest dated paper on it is from ${years.reduce((a, b) => Math.max(a, b))})`
    : '';
}
