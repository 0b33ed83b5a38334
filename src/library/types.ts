import type { DayList } from '../domain/paper.js';

/** The day cache as commands and the reader see it; the disk version lives in day-store.ts. */
export interface DayStore {
  /** Every cached day, ascending YYYY-MM-DD. */
  listDays(): Promise<string[]>;
  readDay(date: string): Promise<DayList | undefined>;
  /** Writes atomically; sanitizes every text field on the way in. */
  writeDay(day: DayList): Promise<void>;
}

/** A store the search index can watch: `stamp` changes whenever a day's files change. */
export interface StampedDayStore extends DayStore {
  stamp(date: string): Promise<string | undefined>;
}

/** Where commands print. Tests capture these; the CLI wires them to stdout/stderr. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** True when stdout is a terminal (progress bars, colour); false when piped. */
  isTTY: boolean;
  /** Colour wanted (--color, NO_COLOR, FORCE_COLOR, else isTTY); undefined means isTTY. */
  color?: boolean;
}
