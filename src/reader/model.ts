// The reader's state and the one reducer that changes it. Pure: imports no React or Ink.
import type { DayList } from '../domain/paper.js';
import { typedText } from '../text/sanitize.js';

export type SortOrder = 'listed' | 'upvotes' | 'title' | 'published';
export const SORT_ORDERS: SortOrder[] = ['listed', 'upvotes', 'title', 'published'];
export const MIN_UPVOTE_STEPS = [0, 5, 20, 50];

export type Screen = 'list' | 'detail' | 'days' | 'search';

export interface StatusMessage {
  text: string;
  kind: 'info' | 'error';
}

export interface ListView {
  filter: string;
  unreadOnly: boolean;
  starredOnly: boolean;
  hasCode: boolean;
  minUpvotes: number;
  sort: SortOrder;
}

export interface ReaderState {
  screen: Screen;
  /** The screen Esc returns to from the detail view. */
  from: Screen;
  helpOpen: boolean;
  days: string[];
  day: DayList | undefined;
  /** True while the shown day is the bundled sample. */
  sample: boolean;
  loading: boolean;
  cursor: number;
  /** Paper shown in the detail view; `cursor` may move under a live filter. */
  openId: string | undefined;
  /** Date of the paper shown in detail when it was opened from a cross-day search. */
  openDate: string | undefined;
  view: ListView;
  filterFocused: boolean;
  detailScroll: number;
  showTranslation: boolean;
  daysCursor: number;
  search: { query: string; focused: boolean; cursor: number };
  status: StatusMessage | undefined;
  refreshing: boolean;
  banner: string | undefined;
}

export function initialState(init: {
  days: string[];
  day: DayList | undefined;
  sample?: boolean;
  sort?: SortOrder;
  hasCode?: boolean;
  minUpvotes?: number;
  status?: StatusMessage;
}): ReaderState {
  return {
    screen: 'list',
    from: 'list',
    helpOpen: false,
    days: init.days,
    day: init.day,
    sample: init.sample ?? false,
    loading: false,
    cursor: 0,
    openId: undefined,
    openDate: undefined,
    view: {
      filter: '',
      unreadOnly: false,
      starredOnly: false,
      hasCode: init.hasCode ?? false,
      minUpvotes: init.minUpvotes ?? 0,
      sort: init.sort ?? 'listed',
    },
    filterFocused: false,
    detailScroll: 0,
    showTranslation: false,
    daysCursor: Math.max(0, init.days.indexOf(init.day?.date ?? '')),
    search: { query: '', focused: true, cursor: 0 },
    status: init.status,
    refreshing: false,
    banner: undefined,
  };
}

export type Action =
  | { type: 'move'; delta: number; count: number }
  | { type: 'moveTo'; index: number; count: number }
  | { type: 'open'; id: string; date?: string }
  | { type: 'back' }
  | { type: 'focusFilter' }
  | { type: 'setFilter'; text: string }
  | { type: 'blurFilter'; keep: boolean }
  | { type: 'appendText'; target: 'filter' | 'search'; text: string }
  | { type: 'toggle'; flag: 'unreadOnly' | 'starredOnly' | 'hasCode' }
  | { type: 'cycleSort' }
  | { type: 'cycleMinUpvotes' }
  | { type: 'scroll'; delta: number; max: number }
  | { type: 'scrollTo'; line: number; max: number }
  | { type: 'toggleHelp' }
  | { type: 'toggleTranslation' }
  | { type: 'dayLoading' }
  | { type: 'dayLoaded'; day: DayList | undefined; days?: string[]; sample?: boolean }
  | { type: 'daysChanged'; days: string[] }
  | { type: 'showDays' }
  | { type: 'daysMove'; delta: number }
  | { type: 'showSearch' }
  | { type: 'setSearch'; text: string }
  | { type: 'searchFocus'; focused: boolean }
  | { type: 'searchMove'; delta: number; count: number }
  | { type: 'status'; message: StatusMessage | undefined }
  | { type: 'refreshing'; on: boolean }
  | { type: 'banner'; text: string | undefined };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function reducer(s: ReaderState, a: Action): ReaderState {
  switch (a.type) {
    case 'move':
      return { ...s, cursor: clamp(s.cursor + a.delta, 0, Math.max(0, a.count - 1)) };
    case 'moveTo':
      return { ...s, cursor: clamp(a.index, 0, Math.max(0, a.count - 1)) };
    case 'open':
      return {
        ...s,
        screen: 'detail',
        from: s.screen === 'detail' ? s.from : s.screen,
        openId: a.id,
        openDate: a.date,
        detailScroll: 0,
        showTranslation: false,
      };
    case 'back':
      if (s.helpOpen) return { ...s, helpOpen: false };
      if (s.filterFocused)
        return { ...s, filterFocused: false, view: { ...s.view, filter: '' }, cursor: 0 };
      if (s.screen === 'detail') return { ...s, screen: s.from, openId: undefined };
      if (s.screen === 'days' || s.screen === 'search') return { ...s, screen: 'list' };
      if (s.view.filter) return { ...s, view: { ...s.view, filter: '' }, cursor: 0 };
      return s;
    case 'focusFilter':
      return { ...s, filterFocused: true, screen: s.screen === 'detail' ? s.from : s.screen };
    case 'setFilter':
      return { ...s, view: { ...s.view, filter: typedText(a.text) }, cursor: 0 };
    case 'appendText':
      return a.target === 'filter'
        ? { ...s, view: { ...s.view, filter: typedText(s.view.filter + a.text) }, cursor: 0 }
        : {
            ...s,
            search: { query: typedText(s.search.query + a.text), focused: true, cursor: 0 },
          };
    case 'blurFilter':
      return {
        ...s,
        filterFocused: false,
        view: a.keep ? s.view : { ...s.view, filter: '' },
        cursor: a.keep ? s.cursor : 0,
      };
    case 'toggle':
      return { ...s, view: { ...s.view, [a.flag]: !s.view[a.flag] }, cursor: 0 };
    case 'cycleSort': {
      const next = SORT_ORDERS[(SORT_ORDERS.indexOf(s.view.sort) + 1) % SORT_ORDERS.length]!;
      return { ...s, view: { ...s.view, sort: next }, cursor: 0 };
    }
    case 'cycleMinUpvotes': {
      const i = MIN_UPVOTE_STEPS.indexOf(s.view.minUpvotes);
      const next = MIN_UPVOTE_STEPS[(i + 1) % MIN_UPVOTE_STEPS.length]!;
      return { ...s, view: { ...s.view, minUpvotes: next }, cursor: 0 };
    }
    case 'scroll':
      return { ...s, detailScroll: clamp(s.detailScroll + a.delta, 0, Math.max(0, a.max)) };
    case 'scrollTo':
      return { ...s, detailScroll: clamp(a.line, 0, Math.max(0, a.max)) };
    case 'toggleHelp':
      return { ...s, helpOpen: !s.helpOpen };
    case 'toggleTranslation':
      return { ...s, showTranslation: !s.showTranslation, detailScroll: 0 };
    case 'dayLoading':
      return { ...s, loading: true };
    case 'dayLoaded': {
      const days = a.days ?? s.days;
      const sameDay = a.day?.date === s.day?.date;
      return {
        ...s,
        day: a.day,
        days,
        sample: a.sample ?? s.sample,
        loading: false,
        // A refresh of the shown day keeps the reader where it was.
        cursor: sameDay ? s.cursor : 0,
        screen: sameDay || s.screen === 'search' ? s.screen : 'list',
        daysCursor: Math.max(0, days.indexOf(a.day?.date ?? '')),
      };
    }
    case 'daysChanged':
      return {
        ...s,
        days: a.days,
        loading: false,
        daysCursor: Math.max(0, a.days.indexOf(s.day?.date ?? '')),
      };
    case 'showDays':
      return {
        ...s,
        screen: 'days',
        daysCursor: Math.max(0, s.days.indexOf(s.day?.date ?? '')),
      };
    case 'daysMove':
      return { ...s, daysCursor: clamp(s.daysCursor + a.delta, 0, Math.max(0, s.days.length - 1)) };
    case 'showSearch':
      return { ...s, screen: 'search', search: { ...s.search, focused: true } };
    case 'setSearch':
      return { ...s, search: { query: typedText(a.text), focused: true, cursor: 0 } };
    case 'searchFocus':
      return { ...s, search: { ...s.search, focused: a.focused } };
    case 'searchMove':
      return {
        ...s,
        search: {
          ...s.search,
          cursor: clamp(s.search.cursor + a.delta, 0, Math.max(0, a.count - 1)),
        },
      };
    case 'status':
      return { ...s, status: a.message };
    case 'refreshing':
      return { ...s, refreshing: a.on };
    case 'banner':
      return { ...s, banner: a.text };
  }
}
