// Keys while a text box has focus: the list filter (`/`), the days filter (`/` in the days
// view) and the search box (`S`). Editing keys go to the box first; Enter, Esc and the
// arrows do what the box's screen does with them.
import type { KeyPress } from './keys/parse.js';
import { EMPTY_TEXT, editText, textOf } from './input/text-input.js';
import type { Model } from './model.js';
import { pageSize, rows, searchHits, visibleDays } from './selectors.js';
import { open } from './update-paper.js';
import { clamp, keepSelection, type Ctx, type Result } from './update-util.js';

const MOVES: Record<string, number | 'page' | '-page'> = {
  up: -1,
  down: 1,
  pageup: '-page',
  pagedown: 'page',
};

function moveBy(m: Model, chord: string): number | undefined {
  const d = MOVES[chord];
  if (d === undefined) return undefined;
  return d === 'page' ? pageSize(m) : d === '-page' ? -pageSize(m) : d;
}

export function filterKey(m: Model, key: KeyPress, ctx: Ctx): Result {
  if (key.chord === 'escape')
    return [keepSelection(m, { ...m, filterFocused: false, filter: EMPTY_TEXT }, ctx.flags), []];
  if (key.chord === 'return') return [{ ...m, filterFocused: false }, []];
  const delta = moveBy(m, key.chord);
  if (delta !== undefined) {
    const count = rows(m, ctx.flags).length;
    return [{ ...m, cursor: clamp(m.cursor + delta, 0, Math.max(0, count - 1)) }, []];
  }
  const filter = editText(m.filter, key);
  if (!filter) return [m, []];
  // A new query puts its best match first, under the cursor.
  return [{ ...m, filter, cursor: filter.value === m.filter.value ? m.cursor : 0 }, []];
}

export function daysFilterKey(m: Model, key: KeyPress, _ctx: Ctx): Result {
  const dv = m.daysView;
  if (key.chord === 'escape')
    return [
      {
        ...m,
        daysView: {
          ...dv,
          focused: false,
          filter: EMPTY_TEXT,
          cursor: Math.max(0, m.days.indexOf(m.day?.date ?? '')),
        },
      },
      [],
    ];
  if (key.chord === 'return') return [{ ...m, daysView: { ...dv, focused: false } }, []];
  const delta = moveBy(m, key.chord);
  if (delta !== undefined) {
    const count = visibleDays(m).length;
    return [
      { ...m, daysView: { ...dv, cursor: clamp(dv.cursor + delta, 0, Math.max(0, count - 1)) } },
      [],
    ];
  }
  const filter = editText(dv.filter, key);
  if (!filter) return [m, []];
  return [{ ...m, daysView: { ...dv, filter, cursor: 0 } }, []];
}

/** Queries kept for ↑ in an empty search box. */
const HISTORY = 50;

function remember(history: string[], query: string): string[] {
  const q = query.trim();
  if (!q) return history;
  return [...history.filter((h) => h !== q), q].slice(-HISTORY);
}

function closeSearch(m: Model): Model {
  const history = remember(m.search.history, m.search.input.value);
  return {
    ...m,
    screen: 'list',
    search: {
      ...m.search,
      history,
      input: EMPTY_TEXT,
      recall: undefined,
      result: undefined,
      cursor: 0,
    },
  };
}

export function searchKey(m: Model, key: KeyPress, ctx: Ctx): Result {
  const s = m.search;
  if (key.chord === 'escape') return [closeSearch(m), []];
  if (key.chord === 'return') {
    const hit = searchHits(m)?.[s.cursor];
    if (!hit) return [m, []];
    const closed = {
      ...closeSearch(m),
      openedBy: { id: hit.id, query: s.result?.query ?? s.input.value },
    };
    // The hit's day may be the one on screen: then it opens at once.
    if (hit.date === m.day?.date) {
      const p = m.day.papers.find((x) => x.id === hit.id);
      if (p) return open({ ...closed, from: 'list' }, p, ctx);
    }
    return [{ ...closed, loading: true }, [{ type: 'loadDay', date: hit.date, open: hit.id }]];
  }
  // ↑ in an empty box (or while recalling) walks back through earlier queries.
  if (key.chord === 'up' && (s.input.value === '' || s.recall !== undefined) && s.cursor === 0) {
    const at = (s.recall ?? s.history.length) - 1;
    const query = s.history[at];
    if (query === undefined) return [m, []];
    return [
      { ...m, search: { ...s, input: textOf(query), recall: at, cursor: 0 } },
      [{ type: 'search', query }],
    ];
  }
  const delta = moveBy(m, key.chord);
  if (delta !== undefined) {
    const count = searchHits(m)?.length ?? 0;
    return [
      { ...m, search: { ...s, cursor: clamp(s.cursor + delta, 0, Math.max(0, count - 1)) } },
      [],
    ];
  }
  const input = editText(s.input, key);
  if (!input) return [m, []];
  if (input.value === s.input.value) return [{ ...m, search: { ...s, input } }, []];
  const next = { ...m, search: { ...s, input, cursor: 0, recall: undefined } };
  return [next, input.value.trim() ? [{ type: 'search', query: input.value }] : []];
}

export { visibleDays };
