// The reader's whole state. Pure data: no React, no Ink, no I/O. Everything a key needs
// beyond this (rows, page size, the selected paper) is derived by selectors.ts.
import type { ListView, SortOrder } from '../domain/list-view.js';
import type { DayList } from '../domain/paper.js';
import type { SearchHit } from '../search/engine/types.js';
import type { Flag } from './flags.js';
import type { Follow } from '../triage/follows.js';
import type { KeyPress } from './keys/parse.js';
import { EMPTY_TEXT, type TextState } from './input/text-input.js';
import type { DaySummary } from './services.js';

export type Screen = 'list' | 'detail' | 'days' | 'search' | 'related';

export interface StatusMessage {
  text: string;
  kind: 'info' | 'error';
}

/** Renders a paper's Markdown to terminal lines at a width. */
export type Renderer = (md: string, width: number) => string[];

export interface Model {
  size: { columns: number; rows: number };
  screen: Screen;
  /** The screen Esc returns to from the detail view. */
  from: Screen;
  help: { open: boolean; scroll: number };
  days: string[];
  day: DayList | undefined;
  /** True while the shown day is the bundled sample. */
  sample: boolean;
  loading: boolean;
  /** Index into the visible rows. */
  cursor: number;
  /** Paper shown in the detail view; `cursor` may move under a live filter. */
  openId: string | undefined;
  /** The search (`S`) query that opened a paper: its detail highlights the words it matched. */
  openedBy: { id: string; query: string } | undefined;
  view: ListView;
  /** The list's text filter (`/`): its value filters, its cursor is where typing goes. */
  filter: TextState;
  filterFocused: boolean;
  detailScroll: number;
  showTranslation: boolean;
  daysView: { cursor: number; filter: TextState; focused: boolean };
  summaries: ReadonlyMap<string, DaySummary> | undefined;
  /** The days view's "followed" column; undefined until counted or when nothing is followed. */
  followedCounts: ReadonlyMap<string, number> | undefined;
  search: {
    input: TextState;
    cursor: number;
    /** Newest last; ↑ on an empty query walks back through it. */
    history: string[];
    /** Position in history while recalling, else undefined. */
    recall: number | undefined;
    result: { query: string; hits: SearchHit[] } | undefined;
  };
  status: (StatusMessage & { id: number }) | undefined;
  refreshing: boolean;
  banner: string | undefined;
  /** Loaded after the first frame; until then a plain renderer draws the detail. */
  renderer: Renderer | undefined;
  /** Days recorded without papers: `[` `]` skip them, the days view dims them. */
  emptyDays: ReadonlySet<string>;
  /** While the search index is (re)built from the day files: papers done of all. */
  indexing: { done: number; total: number } | undefined;
  /** True while the first-run fetch (on the sample, with network) runs. */
  fetching: boolean;
  /** Two-line rows: the title, then the paper's one-line summary. */
  tldr: boolean;
  /** The detail shows Summary and Key takeaways above the Abstract. */
  summaryFirst: boolean;
  /** Only papers matching a follow. */
  followedOnly: boolean;
  /** The "for you" order of the shown day, once the model has ranked it. */
  forYou:
    | {
        date: string;
        order: ReadonlyMap<string, number>;
        why: ReadonlyMap<string, string>;
        note: string;
      }
    | undefined;
  follows: Follow[];
  /** The related-papers screen: the paper it is for, and the hits once they are in. */
  related: { title: string; hits: SearchHit[] | undefined; cursor: number };
  /** Choosing which author of the selected paper to follow (keys 1-9). */
  picker: { authors: string[] } | undefined;
  /** What `z` puts back: the last mark-all (flag, the ids it changed). */
  undo: { flag: Flag; ids: string[]; on: boolean } | undefined;
  quitting: boolean;
  /** Keys that arrived while what they act on was still loading, oldest first. */
  queue: KeyPress[];
  /** Counter for ids of status messages and searches. */
  seq: number;
}

export interface InitialOptions {
  size: { columns: number; rows: number };
  days: string[];
  day: DayList | undefined;
  sample?: boolean;
  sort?: SortOrder;
  hasCode?: boolean;
  minUpvotes?: number;
  status?: StatusMessage;
  history?: string[];
  /** A line above the list (e.g. "sample data — …"). */
  banner?: string;
  tldr?: boolean;
  /** Fetch today's papers after the first frame (first run on the sample, network allowed). */
  fetchOnStart?: boolean;
  unreadOnly?: boolean;
  summaryFirst?: boolean;
}

export function initialModel(o: InitialOptions): Model {
  return {
    size: o.size,
    screen: 'list',
    from: 'list',
    help: { open: false, scroll: 0 },
    days: o.days,
    day: o.day,
    sample: o.sample ?? false,
    loading: false,
    cursor: 0,
    openId: undefined,
    view: {
      unreadOnly: o.unreadOnly ?? false,
      starredOnly: false,
      hasCode: o.hasCode ?? false,
      minUpvotes: o.minUpvotes ?? 0,
      sort: o.sort ?? 'listed',
    },
    filter: EMPTY_TEXT,
    filterFocused: false,
    openedBy: undefined,
    detailScroll: 0,
    showTranslation: false,
    daysView: {
      cursor: Math.max(0, o.days.indexOf(o.day?.date ?? '')),
      filter: EMPTY_TEXT,
      focused: false,
    },
    summaries: undefined,
    followedCounts: undefined,
    search: {
      input: EMPTY_TEXT,
      cursor: 0,
      history: o.history ?? [],
      recall: undefined,
      result: undefined,
    },
    status: o.status ? { ...o.status, id: 0 } : undefined,
    refreshing: false,
    banner: o.banner,
    renderer: undefined,
    undo: undefined,
    emptyDays: new Set(),
    fetching: o.fetchOnStart ?? false,
    indexing: undefined,
    tldr: o.tldr ?? false,
    summaryFirst: o.summaryFirst ?? false,
    followedOnly: false,
    forYou: undefined,
    follows: [],
    related: { title: '', hits: undefined, cursor: 0 },
    picker: undefined,
    quitting: false,
    queue: [],
    seq: 1,
  };
}
