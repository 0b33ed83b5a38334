// What the rest of the program knows about the bundled sample without loading it: a reader
// opening on a cache never parses or validates the sample's ~90 KB of data.
import type { DayList } from '../domain/paper.js';

/** The sample's days, oldest first (test/sample checks them against the data). */
export const SAMPLE_DATES = ['2026-11-23', '2026-11-24'];

export const SAMPLE_NOTE =
  "sample data — run `papers sync` for today's papers, or `papers import FILE`";

/** A private copy of one sample day, or undefined for a date the sample does not have. */
export async function sampleDay(date: string): Promise<DayList | undefined> {
  const { SAMPLE_DAYS } = await import('./days.js');
  const d = SAMPLE_DAYS.find((s) => s.date === date);
  return d ? structuredClone(d) : undefined;
}

export async function sampleDays(): Promise<DayList[]> {
  const days = await Promise.all(SAMPLE_DATES.map(sampleDay));
  return days.filter((d): d is DayList => d !== undefined);
}
