// What the reader shows about how the filter matched: the filter bar's tier counts, the
// detail's lines with the matched author kept and the matched words marked. Pure and
// memoized like selectors.ts, whose derivations (rows, the shown paper) these build on.
import type { Row } from '../domain/list-view.js';
import type { Paper } from '../domain/paper.js';
import { tierOf } from '../search/engine/score.js';
import type { SearchHit } from '../search/engine/types.js';
import { filterPapers, matchRanges, matchedAuthors, type Match } from '../search/engine/filter.js';
import { paperToMarkdown } from '../text/markdown.js';
import { renderPlain } from '../text/plain-markdown.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { FlagSnapshot } from './flags.js';
import type { Model } from './model.js';
import {
  detailLines,
  layout,
  matches,
  memo,
  papersOf,
  ranking,
  rows,
  shownPaper,
} from './selectors.js';

export interface TierCount {
  /** Rows whose every query word occurs as a word, a word start or a stem (exact + prefix). */
  match: number;
  /** Rows matched only within the typo budget (the fuzzy tier). */
  similar: number;
}

const countOf = memo((shown: Row[]): TierCount => {
  let similar = 0;
  for (const r of shown) if (r.tier === 'fuzzy') similar++;
  return { match: shown.length - similar, similar };
});

/** Tier counts of the rows on screen (after the unread / starred / … filters). */
export const tierCount = (m: Model, flags: FlagSnapshot): TierCount => countOf(rows(m, flags));

/** Below this width the bar's count is short ("13 · ~55 / 164"), leaving room to type. */
export const FULL_COUNT_COLUMNS = 70;

/** The filter bar's count: "13 match · 55 similar · 164" under a filter (164 = the day's
 *  papers), "68/164" without one. */
export function filterCountLabel(m: Model, flags: FlagSnapshot): string {
  const total = papersOf(m).length;
  if (!matches(m)) return ` ${rows(m, flags).length}/${total}`;
  const { match, similar } = tierCount(m, flags);
  return m.size.columns < FULL_COUNT_COLUMNS
    ? ` ${match} · ~${similar} / ${total}`
    : ` ${match} match · ${similar} similar · ${total}`;
}

const hitCountOf = memo((hits: SearchHit[]): TierCount => {
  let similar = 0;
  for (const h of hits) if ((h.tier ?? tierOf(h.score)) === 'fuzzy') similar++;
  return { match: hits.length - similar, similar };
});

/** The search screen's count: "68 found: 13 match · 55 similar"; "68 found" when narrow. */
export function searchCountLabel(hits: SearchHit[], columns: number): string {
  if (columns < FULL_COUNT_COLUMNS) return ` ${hits.length} found`;
  const { match, similar } = hitCountOf(hits);
  return ` ${hits.length} found: ${match} match · ${similar} similar`;
}

/** A piece of a detail line: `hit` pieces hold a matched word and carry no escape codes. */
export interface LinePart {
  text: string;
  hit: boolean;
}

const EMPTY_WORDS: string[] = [];
const wordsOf = memo((all: Match[] | undefined, paper: Paper | undefined): string[] => {
  if (!all || !paper) return EMPTY_WORDS;
  return all.find((x) => x.paper === paper)?.words ?? EMPTY_WORDS;
});

/** The search query that opened the shown paper, when no list filter is typed. */
function openedQuery(m: Model, paper: Paper | undefined): string | undefined {
  if (m.filter.value.trim() || !paper || m.openedBy?.id !== paper.id) return undefined;
  return m.openedBy.query;
}

// The search screen ranks with the same engine as the list filter: one paper through the
// filter gives the words the search matched in it.
const searchedWordsOf = memo(
  (paper: Paper, query: string): string[] =>
    filterPapers([paper], query)?.[0]?.words ?? EMPTY_WORDS,
);

/** Lower-cased words of the shown paper that the list's filter (or the search that opened
 *  it) matched. */
export function matchedWords(m: Model, flags: FlagSnapshot): string[] {
  const paper = shownPaper(m, flags);
  const searched = openedQuery(m, paper);
  if (paper && searched !== undefined) return searchedWordsOf(paper, searched);
  return wordsOf(matches(m), paper);
}

const NO_AUTHORS: string[] = [];
const keptOf = memo((paper: Paper | undefined, query: string): string[] =>
  paper && query.trim() ? matchedAuthors(paper, query) : NO_AUTHORS,
);

const linesOf = memo(
  (
    paper: Paper | undefined,
    width: number,
    translation: boolean,
    summaryFirst: boolean,
    render: Model['renderer'],
    keepAuthors: string[],
    why: string | undefined,
  ) => {
    if (!paper) return [];
    const md = paperToMarkdown(paper, { translation, summaryFirst, keepAuthors });
    const lines = (render ?? renderPlain)(md, width);
    return why ? [`why: ${why}`, '', ...lines] : lines;
  },
);

/** The detail's lines (as `selectors.detailLines`, which this mirrors), with the authors the
 *  filter matched named even when the author list is cut. */
export function searchDetailLines(m: Model, flags: FlagSnapshot): string[] {
  const paper = shownPaper(m, flags);
  const keep = keptOf(paper, openedQuery(m, paper) ?? m.filter.value);
  // No author to keep (the usual case): the very lines the update scrolls by, rendered once.
  if (keep.length === 0) return detailLines(m, flags);
  const why = ranking(m) && paper ? m.forYou?.why.get(paper.id) : undefined;
  const width = layout(m).detailWidth - 1;
  return linesOf(
    paper,
    width,
    m.showTranslation,
    m.summaryFirst,
    m.renderer,
    keep,
    why && sanitizeLine(why),
  );
}

// Our own SGR colour from the Markdown renderer: kept as it is, never searched for words.
const SGR = /\x1b\[[0-9;]*m/g;

/** One line split into parts, the matched words as hits. Words are looked for only in the
 *  text between the renderer's colour codes, so a hit never cuts or holds one. */
export function highlightLine(line: string, words: string[]): LinePart[] {
  if (words.length === 0 || line === '') return [{ text: line, hit: false }];
  const out: LinePart[] = [];
  const plain = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && !last.hit) last.text += text;
    else out.push({ text, hit: false });
  };
  let at = 0;
  const chunk = (text: string) => {
    let from = 0;
    for (const [a, b] of matchRanges(text, words)) {
      plain(text.slice(from, a));
      out.push({ text: text.slice(a, b + 1), hit: true });
      from = b + 1;
    }
    plain(text.slice(from));
  };
  for (const code of line.matchAll(SGR)) {
    chunk(line.slice(at, code.index));
    plain(code[0]);
    at = code.index + code[0].length;
  }
  chunk(line.slice(at));
  return out.length ? out : [{ text: line, hit: false }];
}

const partsOf = memo((lines: string[], words: string[]): LinePart[][] =>
  lines.map((l) => highlightLine(l, words)),
);

/** The detail's lines split for highlighting the words the filter matched. */
export const highlightedDetail = (m: Model, flags: FlagSnapshot): LinePart[][] =>
  partsOf(searchDetailLines(m, flags), matchedWords(m, flags));

/** How far the detail scrolls: counted on the lines it shows (a kept author can add one). */
export const detailMax = (m: Model, flags: FlagSnapshot) =>
  Math.max(0, searchDetailLines(m, flags).length - layout(m).main);

/** While the search index is being built: "indexing the library: 40,000 of 100,000 papers". */
export function indexingNote(m: Model): string | undefined {
  if (!m.indexing) return undefined;
  const n = (x: number) => x.toLocaleString('en-US');
  return `indexing the library: ${n(m.indexing.done)} of ${n(m.indexing.total)} days`;
}
