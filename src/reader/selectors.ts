// What the reader derives from its model: rows, layout, the selected paper, the detail's
// lines. Pure. Each derivation remembers its last inputs, so the update (answering a key)
// and the render (drawing the frame) share one computation per change.
import { visibleRows, type Row } from '../domain/list-view.js';
import type { Paper } from '../domain/paper.js';
import { filterPapers, type Match } from '../search/engine/filter.js';
import type { SearchHit } from '../search/engine/types.js';
import { paperToMarkdown } from '../text/markdown.js';
import { renderPlain } from '../text/plain-markdown.js';
import type { FlagSnapshot } from './flags.js';
import type { Model } from './model.js';
import { followMatcher, type Follow } from '../triage/follows.js';
import { sanitizeLine } from '../text/sanitize.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** At this width the list and a live preview sit side by side. */
export const SPLIT_COLUMNS = 140;

/** Remembers the result for the last arguments (compared by identity). */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const EMPTY: Paper[] = [];
export const papersOf = (m: Model): Paper[] => m.day?.papers ?? EMPTY;

const matchesOf = memo((papers: Paper[], query: string): Match[] | undefined =>
  filterPapers(papers, query),
);
export const matches = (m: Model) => matchesOf(papersOf(m), m.filter.value);

const followedOf = memo((papers: Paper[], follows: Follow[]): ReadonlySet<string> => {
  const match = followMatcher(follows);
  return new Set(papers.filter((p) => match(p).length > 0).map((p) => p.id));
});
/** Ids of the shown day's papers that match a follow. */
export const followedIds = (m: Model) => followedOf(papersOf(m), m.follows);

/** The "for you" order when it is the sort and the model has ranked this day. */
export const ranking = (m: Model) =>
  m.view.sort === 'for-you' && m.forYou && m.forYou.date === m.day?.date
    ? m.forYou.order
    : undefined;

const rowsOf = memo(
  (
    papers: Paper[],
    found: Match[] | undefined,
    view: Model['view'],
    flags: FlagSnapshot,
    order: ReadonlyMap<string, number> | undefined,
    followed: ReadonlySet<string> | undefined,
  ): Row[] => {
    const all = visibleRows(papers, found, view, flags, order);
    return followed ? all.filter((r) => followed.has(r.paper.id)) : all;
  },
);
export const rows = (m: Model, flags: FlagSnapshot): Row[] =>
  rowsOf(
    papersOf(m),
    matches(m),
    m.view,
    flags,
    ranking(m),
    m.followedOnly ? followedIds(m) : undefined,
  );

export interface Layout {
  tooSmall: boolean;
  wide: boolean;
  /** Rows the app may draw (one is left free so the frame never scrolls the terminal). */
  height: number;
  /** Rows of the list, the detail, the days or the search results area. */
  main: number;
  listWidth: number;
  detailWidth: number;
  filterBar: boolean;
}

export function layout(m: Model): Layout {
  const { columns, rows: lines } = m.size;
  const wide = columns >= SPLIT_COLUMNS;
  const filterBar =
    m.screen === 'days'
      ? m.daysView.focused || m.daysView.filter.value !== ''
      : m.screen !== 'search' && (m.filterFocused || m.filter.value !== '');
  const height = Math.max(1, lines - 1);
  const main = Math.max(
    1,
    height - 1 - (filterBar ? 1 : 0) - (m.banner ? 1 : 0) - (m.picker ? 1 : 0),
  );
  const listWidth = wide ? Math.floor(columns * 0.45) : columns;
  return {
    tooSmall: columns < MIN_COLUMNS || lines < MIN_ROWS,
    wide,
    height,
    main,
    listWidth,
    detailWidth: wide ? columns - listWidth - 1 : columns,
    filterBar,
  };
}

/** Screen lines one list row takes: two in TL;DR mode (title, then the one-line summary). */
export const rowLines = (m: Model) => (m.tldr && m.screen !== 'search' ? 2 : 1);

/** Rows a page key moves by. */
export const pageSize = (m: Model) => Math.max(1, Math.floor(layout(m).main / rowLines(m)) - 1);

export const selected = (m: Model, flags: FlagSnapshot): Paper | undefined => {
  const r = rows(m, flags);
  return r[Math.min(m.cursor, r.length - 1)]?.paper;
};

export const openPaper = (m: Model): Paper | undefined =>
  m.openId ? papersOf(m).find((p) => p.id === m.openId) : undefined;

/** The paper a command acts on: the open one, else the selected row's. */
export const current = (m: Model, flags: FlagSnapshot) =>
  m.screen === 'detail' ? openPaper(m) : selected(m, flags);

/** The paper the detail pane shows: the open one, or the selected one beside a wide list. */
export function shownPaper(m: Model, flags: FlagSnapshot): Paper | undefined {
  if (m.screen === 'detail') return openPaper(m);
  return layout(m).wide && m.screen === 'list' ? selected(m, flags) : undefined;
}

const linesOf = memo(
  (
    paper: Paper | undefined,
    width: number,
    translation: boolean,
    summaryFirst: boolean,
    render: Model['renderer'],
  ) =>
    paper
      ? (render ?? renderPlain)(paperToMarkdown(paper, { translation, summaryFirst }), width)
      : [],
);

const withWhy = memo((lines: string[], why: string | undefined) =>
  why ? [`why: ${why}`, '', ...lines] : lines,
);

/** The detail's lines; under the "for you" sort, first the reason the paper ranks there. */
export const detailLines = (m: Model, flags: FlagSnapshot): string[] => {
  const paper = shownPaper(m, flags);
  const why = ranking(m) && paper ? m.forYou?.why.get(paper.id) : undefined;
  return withWhy(
    linesOf(paper, layout(m).detailWidth - 1, m.showTranslation, m.summaryFirst, m.renderer),
    why && sanitizeLine(why),
  );
};

const daysOf = memo((days: string[], query: string, summaries: Model['summaries']) => {
  const q = query.trim().toLowerCase();
  if (!q) return days;
  return days.filter(
    (d) => d.includes(q) || summaries?.get(d)?.sources.some((s) => s.toLowerCase().includes(q)),
  );
});
/** The days the days view lists: all cached days, or those its filter names. */
export const visibleDays = (m: Model) => daysOf(m.days, m.daysView.filter.value, m.summaries);

/** Hits of the search screen: the newest result, kept on screen while the next one runs. */
export const searchHits = (m: Model): SearchHit[] | undefined =>
  m.search.input.value.trim() ? m.search.result?.hits : undefined;

/** True while the search screen waits for the result of what is typed. */
export const searchPending = (m: Model) =>
  m.search.input.value.trim() !== '' && m.search.result?.query !== m.search.input.value;
