// Commands on the paper list, the detail view and the days view.
import { toBibtex } from '../domain/bibtex.js';
import { MIN_UPVOTE_STEPS, SORT_ORDERS } from '../domain/list-view.js';
import type { Paper } from '../domain/paper.js';
import type { Command } from '../domain/keymap.js';
import type { Msg } from './messages.js';
import type { Model } from './model.js';
import { EMPTY_TEXT, textOf } from './input/text-input.js';
import { current, detailMax, pageSize, rows, visibleDays } from './selectors.js';
import { and, clamp, keepSelection, say, type Ctx, type Result } from './update-util.js';

/** Rows a movement command moves by on any screen; undefined for other commands. */
export function moveDelta(cmd: Command, page: number): number | undefined {
  if (cmd === 'up') return -1;
  if (cmd === 'down') return 1;
  if (cmd === 'pageUp') return -page;
  if (cmd === 'pageDown') return page;
  if (cmd === 'top') return -Infinity;
  if (cmd === 'bottom') return Infinity;
  return undefined;
}

const isArxivId = (id: string) => !id.startsWith('t-');

export function open(m: Model, p: Paper, ctx: Ctx): Result {
  const next: Model = {
    ...m,
    screen: 'detail',
    from: m.screen === 'detail' ? m.from : m.screen,
    openId: p.id,
    detailScroll: 0,
    showTranslation: false,
  };
  const read = ctx.flags.has('read', p.id);
  return [next, read ? [] : [{ type: 'setFlag', flag: 'read', ids: [p.id], on: true }]];
}

function nextUnread(m: Model, ctx: Ctx): Result {
  const list = rows(m, ctx.flags);
  const from = m.screen === 'detail' ? list.findIndex((r) => r.paper.id === m.openId) : m.cursor;
  for (let step = 1; step <= list.length; step++) {
    const i = (from + step) % list.length;
    const p = list[i]!.paper;
    if (ctx.flags.has('read', p.id)) continue;
    const moved = { ...m, cursor: i };
    return m.screen === 'detail' ? open(moved, p, ctx) : [moved, []];
  }
  return say(m, 'no unread papers left on this day');
}

function link(m: Model, p: Paper | undefined, kind: 'page' | 'pdf' | 'code'): Result {
  if (!p) return [m, []];
  const l = p.links;
  const url =
    kind === 'page' ? (l.abs ?? l.project ?? l.pdf ?? l.code) : kind === 'pdf' ? l.pdf : l.code;
  if (!url)
    return say(
      m,
      kind === 'page'
        ? 'this paper has no link'
        : `this paper has no ${kind === 'pdf' ? 'PDF' : 'code'} link`,
      'error',
    );
  return [m, [{ type: 'openUrl', url }]];
}

function copyId(m: Model, p: Paper | undefined): Result {
  if (!p) return [m, []];
  // A paper without an arXiv id has only an internal id: its link or title is what helps.
  if (isArxivId(p.id)) return [m, [{ type: 'copy', text: p.id, label: p.id }]];
  const url = p.links.abs ?? p.links.project ?? p.links.pdf;
  return [m, [{ type: 'copy', text: url ?? p.title, label: url ? 'the link' : 'the title' }]];
}

function toggleFlag(m: Model, p: Paper | undefined, flag: 'read' | 'starred', ctx: Ctx): Result {
  if (!p) return [m, []];
  const on = !ctx.flags.has(flag, p.id);
  const what =
    flag === 'read' ? (on ? 'marked read' : 'marked unread') : on ? 'starred' : 'unstarred';
  const name = isArxivId(p.id) ? p.id : p.title;
  return and(say(m, `${what}: ${name}`), { type: 'setFlag', flag, ids: [p.id], on });
}

function goToDay(m: Model, delta: -1 | 1): Result {
  const i = m.days.indexOf(m.day?.date ?? '');
  const next = m.days[i + delta];
  if (!next) return say(m, delta < 0 ? 'no earlier cached day' : 'no later cached day');
  return [{ ...m, loading: true }, [{ type: 'loadDay', date: next }]];
}

function daysCommand(m: Model, cmd: Command): Result {
  const days = visibleDays(m);
  const delta = moveDelta(cmd, pageSize(m));
  const dv = m.daysView;
  if (delta !== undefined)
    return [
      {
        ...m,
        daysView: { ...dv, cursor: clamp(dv.cursor + delta, 0, Math.max(0, days.length - 1)) },
      },
      [],
    ];
  switch (cmd) {
    case 'open': {
      const date = days[dv.cursor];
      return date ? [{ ...m, loading: true }, [{ type: 'loadDay', date }]] : [m, []];
    }
    case 'filter':
      return [{ ...m, daysView: { ...dv, focused: true, filter: textOf(dv.filter.value) } }, []];
    case 'back':
    case 'days':
      if (dv.filter.value && cmd === 'back')
        return [
          {
            ...m,
            daysView: {
              ...dv,
              filter: EMPTY_TEXT,
              cursor: Math.max(0, m.days.indexOf(m.day?.date ?? '')),
            },
          },
          [],
        ];
      return [{ ...m, screen: 'list', daysView: { ...dv, filter: EMPTY_TEXT } }, []];
    case 'help':
      return [{ ...m, help: { open: true, scroll: 0 } }, []];
    case 'search':
      return openSearch(m);
    case 'nextUnreadDay':
      return [m, [{ type: 'nextUnreadDay', current: m.day?.date ?? '' }]];
    default:
      return [m, []];
  }
}

export function openSearch(m: Model): Result {
  return [
    {
      ...m,
      screen: 'search',
      search: { ...m.search, input: EMPTY_TEXT, cursor: 0, recall: undefined, result: undefined },
    },
    [{ type: 'prepareSearch' }],
  ];
}

export function runCommand(m: Model, cmd: Command, ctx: Ctx): Result {
  if (cmd === 'help') return [{ ...m, help: { open: true, scroll: 0 } }, []];
  if (m.screen === 'days') return daysCommand(m, cmd);
  const inDetail = m.screen === 'detail';
  const p = current(m, ctx.flags);
  const delta = moveDelta(cmd, pageSize(m));
  if (delta !== undefined) {
    if (inDetail) {
      const max = detailMax(m, ctx.flags);
      return [{ ...m, detailScroll: clamp(m.detailScroll + delta, 0, max) }, []];
    }
    const count = rows(m, ctx.flags).length;
    return [{ ...m, cursor: clamp(m.cursor + delta, 0, Math.max(0, count - 1)) }, []];
  }
  const view = (change: Partial<Model['view']>) =>
    [keepSelection(m, { ...m, view: { ...m.view, ...change } }, ctx.flags), []] as Result;
  switch (cmd) {
    case 'open':
      return !inDetail && p ? open(m, p, ctx) : [m, []];
    case 'back':
      if (inDetail) return [{ ...m, screen: m.from, openId: undefined }, []];
      if (m.filter.value) return [keepSelection(m, { ...m, filter: EMPTY_TEXT }, ctx.flags), []];
      return [m, []];
    case 'filter':
      return [
        {
          ...m,
          screen: inDetail ? m.from : m.screen,
          filterFocused: true,
          filter: textOf(m.filter.value),
        },
        [],
      ];
    case 'prevDay':
      return goToDay(m, -1);
    case 'nextDay':
      return goToDay(m, 1);
    case 'toggleRead':
      return toggleFlag(m, p, 'read', ctx);
    case 'toggleStar':
      return toggleFlag(m, p, 'starred', ctx);
    case 'unreadOnly':
      return view({ unreadOnly: !m.view.unreadOnly });
    case 'starredOnly':
      return view({ starredOnly: !m.view.starredOnly });
    case 'hasCode':
      return view({ hasCode: !m.view.hasCode });
    case 'sort':
      return view({
        sort: SORT_ORDERS[(SORT_ORDERS.indexOf(m.view.sort) + 1) % SORT_ORDERS.length]!,
      });
    case 'minUpvotes': {
      const i = MIN_UPVOTE_STEPS.indexOf(m.view.minUpvotes);
      return view({ minUpvotes: MIN_UPVOTE_STEPS[(i + 1) % MIN_UPVOTE_STEPS.length]! });
    }
    case 'nextUnread':
      return nextUnread(m, ctx);
    case 'language':
      if (!p?.translation) return say(m, 'this paper has no translation');
      return [{ ...m, showTranslation: !m.showTranslation, detailScroll: 0 }, []];
    case 'days':
      return [
        {
          ...m,
          screen: 'days',
          daysView: {
            cursor: Math.max(0, m.days.indexOf(m.day?.date ?? '')),
            filter: EMPTY_TEXT,
            focused: false,
          },
        },
        [{ type: 'summaries' }],
      ];
    case 'search':
      return openSearch(m);
    case 'nextUnreadDay':
      return [m, [{ type: 'nextUnreadDay', current: m.day?.date ?? '' }]];
    case 'openPage':
      return link(m, p, 'page');
    case 'openPdf':
      return link(m, p, 'pdf');
    case 'openCode':
      return link(m, p, 'code');
    case 'copyId':
      return copyId(m, p);
    case 'copyBibtex':
      return p
        ? [
            m,
            [
              {
                type: 'copy',
                text: toBibtex(p),
                label: `BibTeX for ${isArxivId(p.id) ? p.id : 'this paper'}`,
              },
            ],
          ]
        : [m, []];
    case 'refresh': {
      const date = m.day?.date;
      if (m.sample || !date || m.refreshing) return [m, []];
      return [{ ...m, refreshing: true }, [{ type: 'refresh', date, updatedAt: m.day?.updatedAt }]];
    }
    default:
      return [m, []];
  }
}

export function onDayLoaded(m: Model, msg: Extract<Msg, { type: 'dayLoaded' }>, ctx: Ctx): Result {
  const days = msg.days?.length ? msg.days : m.days;
  const same = msg.day.date === m.day?.date;
  const base: Model = {
    ...m,
    day: msg.day,
    days,
    loading: false,
    daysView: { ...m.daysView, cursor: Math.max(0, days.indexOf(msg.day.date)) },
  };
  if (msg.open) {
    const p = msg.day.papers.find((x) => x.id === msg.open);
    if (p) return open({ ...base, screen: 'list', from: 'list' }, p, ctx);
  }
  // A refresh of the shown day keeps the reader where it was.
  if (same) return [keepSelection(m, base, ctx.flags), []];
  return [{ ...base, cursor: 0, screen: 'list', openId: undefined }, []];
}

export function onRefreshed(m: Model, msg: Extract<Msg, { type: 'refreshed' }>): Result {
  const r = msg.result;
  const next = { ...m, refreshing: false };
  if (r.ok) {
    const [said, fx] = say(
      { ...next, banner: undefined },
      `${msg.date} refreshed: ${r.total} papers, ${r.added} new`,
    );
    return [said, [...fx, { type: 'loadDay', date: msg.date }]];
  }
  // Any failure to reach the API leaves the cached day on screen, with a banner saying so.
  const saved = msg.updatedAt;
  const from = saved ? `${saved.slice(0, 10)} ${saved.slice(11, 16)} UTC` : msg.date;
  const banner = r.offline
    ? `offline, showing cache from ${from}`
    : `refresh failed, showing cache from ${from}`;
  return say({ ...next, banner }, r.message, 'error');
}
