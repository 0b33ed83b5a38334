// What each command does in the reader: state changes go through the reducer, effects
// (disk, browser, clipboard, network) through the services.
import type { Dispatch } from 'react';
import { toBibtex } from '../domain/bibtex.js';
import type { Command } from './keys/keymap.js';
import type { Paper } from '../domain/paper.js';
import type { Action, ReaderState } from './model.js';
import type { Row } from '../domain/list-view.js';
import type { Services } from './services.js';
import { nextUnreadDay, runDaysCommand, runSearchCommand } from './app-screen-commands.js';

export interface CommandContext {
  state: ReaderState;
  dispatch: Dispatch<Action>;
  services: Services;
  rows: Row[];
  /** The paper the command acts on: the open one, else the selected row's. */
  current: Paper | undefined;
  pageSize: number;
  detailMax: number;
  /** True when the list is on screen and receives movement keys. */
  listActive: boolean;
  goToDay(date: string): void;
  quit(): void;
  rerender(): void;
  searchCount: number;
  openSearchHit(): void;
}

export function info(dispatch: Dispatch<Action>, text: string, kind: 'info' | 'error' = 'info') {
  dispatch({ type: 'status', message: { text, kind } });
}

function openPaper(c: CommandContext, p: Paper) {
  c.dispatch({ type: 'open', id: p.id });
  if (!c.services.flags.has('read', p.id)) {
    c.services.flags
      .set('read', [p.id], true)
      .catch((e: Error) => info(c.dispatch, e.message, 'error'));
    c.rerender();
  }
}

function nextUnread(c: CommandContext): void {
  const { rows, state } = c;
  const from =
    state.screen === 'detail' ? rows.findIndex((r) => r.paper.id === state.openId) : state.cursor;
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step) % rows.length;
    const p = rows[i]!.paper;
    if (!c.services.flags.has('read', p.id)) {
      c.dispatch({ type: 'moveTo', index: i, count: rows.length });
      if (state.screen === 'detail') openPaper(c, p);
      return;
    }
  }
  info(c.dispatch, 'no unread papers left on this day');
}

async function openLink(c: CommandContext, kind: 'page' | 'pdf' | 'code'): Promise<void> {
  const p = c.current;
  if (!p) return;
  const url =
    kind === 'page'
      ? (p.links.abs ?? p.links.project ?? p.links.pdf ?? p.links.code)
      : kind === 'pdf'
        ? p.links.pdf
        : p.links.code;
  if (!url)
    return info(c.dispatch, `this paper has no ${kind === 'page' ? 'link' : kind} link`, 'error');
  try {
    await c.services.openUrl(url);
    info(c.dispatch, `opened ${url}`);
  } catch (e) {
    info(c.dispatch, `could not open ${url}: ${(e as Error).message}`, 'error');
  }
}

async function copy(c: CommandContext, what: 'id' | 'bibtex'): Promise<void> {
  const p = c.current;
  if (!p) return;
  const text = what === 'id' ? p.id : toBibtex(p);
  try {
    const how = await c.services.copy(text);
    info(
      c.dispatch,
      what === 'id' ? `copied ${p.id} (${how})` : `copied BibTeX for ${p.id} (${how})`,
    );
  } catch (e) {
    info(c.dispatch, `could not copy: ${(e as Error).message}`, 'error');
  }
}

async function refresh(c: CommandContext): Promise<void> {
  const date = c.state.day?.date;
  if (!c.services.refresh || !date || c.state.refreshing) return;
  c.dispatch({ type: 'refreshing', on: true });
  const r = await c.services.refresh(date);
  c.dispatch({ type: 'refreshing', on: false });
  if (r.ok) {
    c.dispatch({ type: 'banner', text: undefined });
    info(c.dispatch, `${date} refreshed: ${r.total} papers, ${r.added} new`);
    c.goToDay(date);
  } else {
    // Any failure to reach the API leaves the cached day on screen, with a banner saying so.
    const saved = c.state.day?.updatedAt;
    const from = saved ? `${saved.slice(0, 10)} ${saved.slice(11, 16)} UTC` : date;
    c.dispatch({
      type: 'banner',
      text: r.offline
        ? `offline, showing cache from ${from}`
        : `refresh failed, showing cache from ${from}`,
    });
    info(c.dispatch, r.message, 'error');
  }
}

/** Rows a movement command moves by on any screen; undefined for other commands. */
export function moveDelta(cmd: Command, pageSize: number): number | undefined {
  if (cmd === 'up') return -1;
  if (cmd === 'down') return 1;
  if (cmd === 'pageUp') return -pageSize;
  if (cmd === 'pageDown') return pageSize;
  return undefined;
}

export function runCommand(cmd: Command, c: CommandContext): void {
  const { state, dispatch, rows } = c;
  const count = rows.length;
  const inDetail = state.screen === 'detail';
  if (state.helpOpen && cmd !== 'quit') {
    if (cmd === 'help' || cmd === 'back') dispatch({ type: 'toggleHelp' });
    return;
  }
  // Every screen toggles help and quits alike.
  if (cmd === 'help') return dispatch({ type: 'toggleHelp' });
  if (cmd === 'quit') return c.quit();
  if (state.screen === 'days') return runDaysCommand(cmd, c);
  if (state.screen === 'search') return runSearchCommand(cmd, c);
  const delta = moveDelta(cmd, c.pageSize);
  if (delta !== undefined)
    return inDetail
      ? dispatch({ type: 'scroll', delta, max: c.detailMax })
      : dispatch({ type: 'move', delta, count });
  switch (cmd) {
    case 'top':
      return inDetail
        ? dispatch({ type: 'scrollTo', line: 0, max: c.detailMax })
        : dispatch({ type: 'moveTo', index: 0, count });
    case 'bottom':
      return inDetail
        ? dispatch({ type: 'scrollTo', line: c.detailMax, max: c.detailMax })
        : dispatch({ type: 'moveTo', index: count - 1, count });
    case 'open': {
      const p = rows[state.cursor]?.paper;
      if (!inDetail && p) openPaper(c, p);
      return;
    }
    case 'back':
      return dispatch({ type: 'back' });
    case 'filter':
      return dispatch({ type: 'focusFilter' });
    case 'prevDay':
    case 'nextDay': {
      const i = state.days.indexOf(state.day?.date ?? '');
      const next = state.days[i + (cmd === 'prevDay' ? -1 : 1)];
      if (next) c.goToDay(next);
      else info(dispatch, cmd === 'prevDay' ? 'no earlier cached day' : 'no later cached day');
      return;
    }
    case 'toggleRead':
    case 'toggleStar': {
      const p = c.current;
      if (!p) return;
      const flag = cmd === 'toggleRead' ? 'read' : 'starred';
      const on = !c.services.flags.has(flag, p.id);
      c.services.flags
        .set(flag, [p.id], on)
        .catch((e: Error) => info(dispatch, e.message, 'error'));
      c.rerender();
      return info(
        dispatch,
        `${flag === 'read' ? (on ? 'marked read' : 'marked unread') : on ? 'starred' : 'unstarred'}: ${p.id}`,
      );
    }
    case 'unreadOnly':
      return dispatch({ type: 'toggle', flag: 'unreadOnly' });
    case 'starredOnly':
      return dispatch({ type: 'toggle', flag: 'starredOnly' });
    case 'hasCode':
      return dispatch({ type: 'toggle', flag: 'hasCode' });
    case 'sort':
      return dispatch({ type: 'cycleSort' });
    case 'minUpvotes':
      return dispatch({ type: 'cycleMinUpvotes' });
    case 'nextUnread':
      return nextUnread(c);
    case 'language':
      if (!c.current?.translation) return info(dispatch, 'this paper has no translation');
      return dispatch({ type: 'toggleTranslation' });
    case 'days':
      return dispatch({ type: 'showDays' });
    case 'search':
      return dispatch({ type: 'showSearch' });
    case 'nextUnreadDay':
      return void nextUnreadDay(c);
    case 'openPage':
      return void openLink(c, 'page');
    case 'openPdf':
      return void openLink(c, 'pdf');
    case 'openCode':
      return void openLink(c, 'code');
    case 'copyId':
      return void copy(c, 'id');
    case 'copyBibtex':
      return void copy(c, 'bibtex');
    case 'refresh':
      return void refresh(c);
  }
}
