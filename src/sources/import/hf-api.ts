// A saved Hugging Face daily_papers API response. The item → Paper mapping is hf-map.ts's job
// (shared with `papers sync`); this file only turns its failures into ImportErrors.
import type { Paper } from '../../domain/paper.js';
import { mapDailyPapers } from '../hf/map.js';
import { ImportError, type ImportOptions, type ParsedDays } from './types.js';

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
  try {
    mapped = mapDailyPapers(json, opts.date);
  } catch (err) {
    throw new ImportError('malformed', `hf-api: ${(err as Error).message}`, { cause: err });
  }
  if (json.length > 0 && mapped.dropped === json.length)
    throw new ImportError(
      'malformed',
      `hf-api: none of the ${json.length} items is a paper (${mapped.warnings[0] ?? 'unknown reason'})`,
    );
  // hf-map already says which items it dropped and why, one warning each.
  const warnings = [...mapped.warnings];
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
