// The reader's one update: (model, message) → [model, effects]. Pure. Keys are handled one
// at a time in arrival order; a key that needs data still on its way (a day loading, the
// search result for what was just typed) waits in the model's queue and runs on arrival.
import type { KeyPress } from './keys/parse.js';
import { matchCommand } from '../domain/keymap.js';
import type { Msg } from './messages.js';
import type { Model } from './model.js';
import type { ResumePoint } from '../triage/resume.js';
import { layout, rows, searchPending, selected } from './selectors.js';
import { pickerKey, rankIfForYou, relatedCommand, triageMessage } from './update-triage.js';
import { runCommand } from './update-list.js';
import { onDayLoaded, onRefreshed } from './update-loaded.js';
import { helpKey } from './update-help.js';
import { filterKey, daysFilterKey, searchKey } from './update-inputs.js';
import { editText } from './input/text-input.js';
import { say, type Ctx, type Result } from './update-util.js';

export type { Ctx, Result };

/** True while a key may depend on data that is on its way. */
function waiting(m: Model): boolean {
  return m.loading || (m.screen === 'search' && searchPending(m));
}

/** Where the reader is, for the next start to open there (none on the sample). */
export function resumePoint(m: Model, flags: Ctx['flags']): ResumePoint | undefined {
  if (!m.day || m.sample) return undefined;
  return {
    day: m.day.date,
    paperId: (m.screen === 'detail' ? m.openId : selected(m, flags)?.id) ?? undefined,
    sort: m.view.sort,
    unreadOnly: m.view.unreadOnly,
    tldr: m.tldr,
    newestDay: m.days[m.days.length - 1] ?? m.day.date,
  };
}

/** Quits, remembering where the reader was for the next start. */
export function quit(m: Model, ctx: Ctx): Result {
  const resume = resumePoint(m, ctx.flags);
  return [{ ...m, quitting: true, queue: [] }, [{ type: 'quit', resume }]];
}

function routeKey(m: Model, key: KeyPress, ctx: Ctx): Result {
  if (layout(m).tooSmall) {
    return matchCommand(ctx.keymap, key.chord) === 'quit' ? quit(m, ctx) : [m, []];
  }
  if (m.help.open) return helpKey(m, key, ctx);
  if (m.picker) return pickerKey(m, key);
  if (m.screen === 'search') return searchKey(m, key, ctx);
  if (m.screen === 'days' && m.daysView.focused) return daysFilterKey(m, key, ctx);
  if (m.filterFocused && (m.screen === 'list' || m.screen === 'detail'))
    return filterKey(m, key, ctx);
  if (key.chord === 'paste') return [m, []];
  const command = matchCommand(ctx.keymap, key.chord);
  if (command === 'quit') return quit(m, ctx);
  if (!command) return [m, []];
  return m.screen === 'related' ? relatedCommand(m, command, ctx) : runCommand(m, command, ctx);
}

function onKey(m: Model, key: KeyPress, ctx: Ctx): Result {
  if (m.quitting) return [m, []];
  // Ctrl-C always quits, whatever the keymap says and whatever is pending.
  if (key.chord === 'ctrl+c') return quit(m, ctx);
  if (key.chord === 'ctrl+z') return [m, [{ type: 'suspend' }]];
  // Esc leaves the search screen at once, however slow its search: the user wants out.
  if (key.chord === 'escape' && m.screen === 'search' && !m.loading)
    return routeKey({ ...m, queue: [] }, key, ctx);
  if (m.queue.length > 0 || waiting(m)) {
    // Typing into the search box goes on while its result is on the way.
    const typing =
      m.queue.length === 0 && !m.loading && m.screen === 'search' && key.chord !== 'return';
    if (!typing || editText(m.search.input, key) === undefined)
      return [{ ...m, queue: [...m.queue, key] }, []];
  }
  return routeKey(m, key, ctx);
}

/** Runs queued keys while nothing they need is on its way. */
function drain([m, fx]: Result, ctx: Ctx): Result {
  let model = m;
  const effects = [...fx];
  while (model.queue.length > 0 && !waiting(model) && !model.quitting) {
    const [key, ...rest] = model.queue;
    const [next, more] = routeKey({ ...model, queue: rest }, key!, ctx);
    model = next;
    effects.push(...more);
  }
  return [model, effects];
}

export function update(m: Model, msg: Msg, ctx: Ctx): Result {
  switch (msg.type) {
    case 'key':
      return onKey(m, msg.key, ctx);
    case 'resize':
      return [{ ...m, size: { columns: msg.columns, rows: msg.rows } }, []];
    case 'dayLoaded':
      return drain(onDayLoaded(m, msg, ctx), ctx);
    case 'dayFailed': {
      const days = msg.days ?? m.days;
      const [next, fx] = say({ ...m, loading: false, days }, msg.message, 'error');
      return drain([next, fx], ctx);
    }
    case 'goToDay': {
      const [next, fx] = msg.wrapped
        ? say(m, `no unread papers on later days: back to ${msg.date}`)
        : [m, []];
      return [{ ...next, loading: true }, [...fx, { type: 'loadDay', date: msg.date }]];
    }
    case 'summaries':
      return [{ ...m, summaries: new Map(msg.list.map((d) => [d.date, d])) }, []];
    case 'followedCounts':
      return [{ ...m, followedCounts: msg.counts }, []];
    case 'searchResult': {
      if (msg.query !== m.search.input.value) return [m, []];
      const count = msg.hits.length;
      const cursor = Math.max(0, Math.min(m.search.cursor, count - 1));
      const next = { ...m, search: { ...m.search, cursor, result: msg } };
      return drain([next, []], ctx);
    }
    case 'refreshStart':
      return runCommand(m, 'refresh', ctx);
    case 'refreshed':
      return onRefreshed(m, msg);
    case 'rendererLoaded':
      return [{ ...m, renderer: msg.render }, []];
    case 'status':
      return say(m, msg.text, msg.kind);
    case 'statusExpired':
      return [m.status?.id === msg.id ? { ...m, status: undefined } : m, []];
    case 'start': {
      const [ranked, fx] = rankIfForYou(m);
      const first = m.fetching ? [{ type: 'fetchRecent' } as const] : [];
      return [ranked, [{ type: 'loadFollows' }, { type: 'emptyDays' }, ...first, ...fx]];
    }
    case 'emptyDays':
      return [{ ...m, emptyDays: new Set(msg.days) }, []];
    case 'indexProgress':
      return [
        { ...m, indexing: msg.done < msg.total ? { done: msg.done, total: msg.total } : undefined },
        [],
      ];
    case 'fetchProgress':
      return [{ ...m, banner: msg.text }, []];
    case 'fetched': {
      const done = { ...m, fetching: false };
      if (!msg.newest)
        return [
          {
            ...done,
            banner: msg.offline
              ? 'offline: showing sample data — `papers sync` fetches today’s papers'
              : 'no papers fetched: showing sample data — try `papers sync`',
          },
          [],
        ];
      // Real papers arrived: leave the sample for the newest day with papers.
      const [said, fx] = say(
        { ...done, sample: false, banner: undefined, days: msg.days, loading: true },
        `fetched today's papers: showing ${msg.newest}`,
      );
      return [
        said,
        [
          ...fx,
          { type: 'leaveSample' },
          { type: 'loadDay', date: msg.newest },
          { type: 'emptyDays' },
        ],
      ];
    }
    case 'select': {
      const i = rows(m, ctx.flags).findIndex((r) => r.paper.id === msg.id);
      return [i >= 0 ? { ...m, cursor: i } : m, []];
    }
    case 'forYouRanked':
    case 'follows':
    case 'relatedResult':
      return triageMessage(m, msg, ctx);
  }
}
