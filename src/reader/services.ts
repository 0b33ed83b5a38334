import type { RefreshResult } from '../library/sync-day.js';
import type { DayList } from '../domain/paper.js';
import type { SearchHit } from '../search/engine/types.js';
import type { FlagStore } from './flags.js';

export type { RefreshResult, FlagStore };

export interface DaySummary {
  date: string;
  total: number;
  unread: number;
  starred: number;
  sources: string[];
}

/**
 * Everything the reader does outside itself, passed in by the CLI (and by tests). The UI
 * never touches disk, network, clipboard or browser directly.
 */
export interface Services {
  loadDay(date: string): Promise<DayList | undefined>;
  listDays(): Promise<string[]>;
  flags: FlagStore;
  /** Fetches a day from the API into the cache; undefined when sync is unavailable. */
  refresh?(date: string, signal?: AbortSignal): Promise<RefreshResult>;
  openUrl(url: string): Promise<void>;
  /** Copies text; resolves to how ("OSC 52", "xclip", …). */
  copy(text: string): Promise<string>;
  /** Loads the full Markdown renderer (heavy: loaded after the first frame). */
  loadRenderer(): Promise<(md: string, width: number) => string[]>;
  summarizeDays?(): Promise<DaySummary[]>;
  searchAll?(query: string): Promise<SearchHit[]>;
  /** Gets the cross-day search ready (index open, ranker warm) while the first key is typed;
   *  called as the search screen opens. */
  prepareSearch?(): void;
}
