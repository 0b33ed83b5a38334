import type { RefreshResult } from '../library/sync-day.js';
import type { DayList } from '../domain/paper.js';
import type { SearchHit } from '../search/engine/types.js';
import type { FlagStore } from './flags.js';
import type { Paper } from '../domain/paper.js';
import type { Follow, FollowKind } from '../triage/follows.js';
import type { ResumePoint } from '../triage/resume.js';

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
  /** Papers matching a follow, per cached day; undefined when nothing is followed. Slower
   *  than the summaries (it reads every day file), so it arrives after them. */
  followedByDay?(): Promise<ReadonlyMap<string, number> | undefined>;
  searchAll?(query: string): Promise<SearchHit[]>;
  /** Tells `listener` how far a (re)build of the search index has come; returns the undo. */
  subscribeIndexProgress?(listener: (done: number, total: number) => void): () => void;
  /** Gets the cross-day search ready (index open, ranker warm) while the first key is typed;
   *  called as the search screen opens. */
  prepareSearch?(): void;
  /** The "for you" order of `papers`, learned from the reader's flags; `learned` are papers
   *  whose star or hide just changed (the model takes them in first). */
  forYou?(papers: Paper[], learned?: Paper[]): Promise<ForYouResult>;
  /** The papers most like `id` across every cached day, best first, never itself. */
  related?(id: string): Promise<SearchHit[]>;
  follows?(): Promise<Follow[]>;
  follow?(kind: FollowKind, value: string, on: boolean): Promise<Follow[]>;
  /** Days a sync recorded as having no papers: day stepping skips them, the days view dims them. */
  emptyDays?(): Promise<string[]>;
  /** First run on the sample: fetches today and the last few days into the cache, telling
   *  progress; resolves to the newest fetched day with papers (undefined: none, or offline). */
  fetchRecent?(onProgress: (text: string) => void): Promise<{ newest?: string; offline: boolean }>;
  /** From now on, serve the cache instead of the bundled sample. */
  leaveSample?(): void;
  /** Remembers where the reader was, for the next start. */
  saveResume?(point: ResumePoint): Promise<void>;
}

export interface ForYouResult {
  /** Paper ids, best first. */
  order: string[];
  /** Paper id → why it ranks there ("like 3 papers you starred: …; follows: …"). */
  why: Record<string, string>;
  /** How the order was made ("for you needs 5 stars (you have 2): sorted by upvotes"). */
  note: string;
}
