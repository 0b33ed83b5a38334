// A saved Hugging Face daily_papers API response. The item → Paper mapping is hf-map.ts's job
// (shared with `papers sync`); this file only turns its failures into ImportErrors.
import type { DayList, Paper } from '../../domain/paper.js';
import { dateInName } from './text.js';
import { mapDailyPapers } from '../hf/map.js';
import { ImportError, type ImportOptions, type ParsedDays } from './types.js';

/** Days a list of one day's papers may straddle (items submitted around midnight UTC, older
 *  items dated by publication); a wider spread is a saved week or month, kept per day. */
const ONE_DAY_SPREAD = 3;

/**
 * A saved `daily_papers?date=D` response is one day's list, but older items carry no
 * submission day and land on their publication days: the most common day (the newest of a
 * tie) is the list's day. Undefined when the items span a week or more.
 */
function oneDay(days: DayList[]): string | undefined {
  const dates = days.map((d) => d.date).sort();
  const span = (Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)) / 86_400_000;
  if (span >= ONE_DAY_SPREAD) return undefined;
  let best = days[0]!;
  for (const d of days) if (d.papers.length >= best.papers.length) best = d;
  return best.date;
}

export function parseHfApi(text: string, opts: ImportOptions): ParsedDays {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ImportError('malformed', `hf-api: not valid JSON (${(err as Error).message})`, {
      cause: err,
    });
  }
  if (!Array.isArray(json))
    throw new ImportError('malformed', 'hf-api: expected a list of daily papers');
  let mapped: ReturnType<typeof mapDailyPapers>;
  const warnings: string[] = [];
  try {
    mapped = mapDailyPapers(json, opts.date ?? dateInName(opts.fileName));
    const day = mapped.days.length > 1 ? oneDay(mapped.days) : undefined;
    if (day) {
      warnings.push(
        `items carry ${mapped.days.length} different days; all placed on ${day}, the most common (pass --date to choose)`,
      );
      mapped = mapDailyPapers(json, day);
    }
  } catch (err) {
    throw new ImportError('malformed', `hf-api: ${(err as Error).message}`, { cause: err });
  }
  if (json.length > 0 && mapped.dropped === json.length)
    throw new ImportError(
      'malformed',
      `hf-api: none of the ${json.length} items is a paper (${mapped.warnings[0] ?? 'unknown reason'})`,
    );
  // hf-map already says which items it dropped and why, one warning each.
  warnings.push(...mapped.warnings);
  let days = mapped.days;
  if (opts.topic) {
    const topics = [opts.topic];
    days = days.map((d) => ({ ...d, papers: d.papers.map((p): Paper => ({ ...p, topics })) }));
  }
  if (days.length === 0) {
    // An empty list is a real answer (a day past the end); it only needs a day to belong to.
    if (!opts.date)
      throw new ImportError('no-date', 'hf-api: the list has no papers to date it by; pass --date');
    days = [{ date: opts.date, papers: [], sources: ['hf-api'] }];
  }
  return { days, warnings };
}
