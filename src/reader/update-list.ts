// Commands on the paper list, the detail view and the days view.
import { toBibtex } from '../domain/bibtex.js';
import {
  copyId,
  isArxivId,
  link,
  markAllRead,
  nextUnread,
  open,
  toggleFlag,
} from './update-paper.js';
import { daysCommand, openSearch } from './update-days.js';
import { rankIfForYou, triageCommand } from './update-triage.js';
import { stepDay } from '../library/day-nav.js';
import { MIN_UPVOTE_STEPS, SORT_ORDERS } from '../domain/list-view.js';
import type { Command } from '../domain/keymap.js';
import type { Model } from './model.js';
import { EMPTY_TEXT, textOf } from './input/text-input.js';
import { current, pageSize, rows } from './selectors.js';
import { detailMax } from './select-search.js';
import { clamp, keepSelection, say, type Ctx, type Result, moveDelta } from './update-util.js';

function goToDay(m: Model, delta: -1 | 1): Result {
  const next = stepDay(m.days, m.day?.date ?? '', delta, m.emptyDays);
  if (!next) return say(m, delta < 0 ? 'no earlier cached day' : 'no later cached day');
  return [{ ...m, loading: true }, [{ type: 'loadDay', date: next }]];
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
    rankIfForYou(keepSelection(m, { ...m, view: { ...m.view, ...change } }, ctx.flags));
  const triage = triageCommand(m, cmd, ctx);
  if (triage) return triage;
  switch (cmd) {
    case 'open':
      return !inDetail && p ? open(m, p, ctx) : [m, []];
    case 'back':
      if (inDetail) return [{ ...m, screen: m.from, openId: undefined, openedBy: undefined }, []];
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
    case 'toggleStar': {
      const [starred, fx] = toggleFlag(m, p, 'starred', ctx);
      const [ranked, more] = rankIfForYou(starred, p ? [p] : []);
      return [ranked, [...fx, ...more]];
    }
    case 'markAllRead':
      return markAllRead(m, ctx);
    case 'undo': {
      if (!m.undo) return say(m, 'nothing to undo');
      const { flag, ids, on } = m.undo;
      const [said, fx] = say(
        { ...m, undo: undefined },
        `undone: ${ids.length} papers marked ${on ? 'unread' : 'read'} again`,
      );
      return [said, [...fx, { type: 'setFlag', flag, ids, on: !on }]];
    }
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
