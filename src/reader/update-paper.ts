// Commands on one paper or on the papers shown: open, flags, links, copying.
import type { Paper } from '../domain/paper.js';
import type { Model } from './model.js';
import { rows } from './selectors.js';
import { and, say, type Ctx, type Result } from './update-util.js';

/** Papers without an arXiv id have only an internal id, never shown or copied. */
export const isArxivId = (id: string) => !id.startsWith('t-');

export function open(m: Model, p: Paper, ctx: Ctx): Result {
  const next: Model = {
    ...m,
    screen: 'detail',
    from: m.screen === 'detail' ? m.from : m.screen,
    openId: p.id,
    // The search's highlight belongs to the paper it opened, not to the next one.
    openedBy: m.openedBy?.id === p.id ? m.openedBy : undefined,
    detailScroll: 0,
    showTranslation: false,
  };
  const read = ctx.flags.has('read', p.id);
  return [next, read ? [] : [{ type: 'setFlag', flag: 'read', ids: [p.id], on: true }]];
}

export function nextUnread(m: Model, ctx: Ctx): Result {
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

export function link(m: Model, p: Paper | undefined, kind: 'page' | 'pdf' | 'code'): Result {
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

export function copyId(m: Model, p: Paper | undefined): Result {
  if (!p) return [m, []];
  // A paper without an arXiv id has only an internal id: its link or title is what helps.
  if (isArxivId(p.id)) return [m, [{ type: 'copy', text: p.id, label: p.id }]];
  const url = p.links.abs ?? p.links.project ?? p.links.pdf;
  return [m, [{ type: 'copy', text: url ?? p.title, label: url ? 'the link' : 'the title' }]];
}

export function toggleFlag(
  m: Model,
  p: Paper | undefined,
  flag: 'read' | 'starred',
  ctx: Ctx,
): Result {
  if (!p) return [m, []];
  const on = !ctx.flags.has(flag, p.id);
  const what =
    flag === 'read' ? (on ? 'marked read' : 'marked unread') : on ? 'starred' : 'unstarred';
  const name = isArxivId(p.id) ? p.id : p.title;
  return and(say(m, `${what}: ${name}`), { type: 'setFlag', flag, ids: [p.id], on });
}

/** Marks every paper the list shows (filter and view respected) read; `z` undoes it. */
export function markAllRead(m: Model, ctx: Ctx): Result {
  if (m.screen !== 'list') return [m, []];
  const ids = rows(m, ctx.flags)
    .map((r) => r.paper.id)
    .filter((id) => !ctx.flags.has('read', id));
  if (ids.length === 0) return say(m, 'every paper shown is read already');
  const [said, fx] = say(
    { ...m, undo: { flag: 'read', ids, on: true } },
    `marked ${ids.length} paper${ids.length === 1 ? '' : 's'} read · z undoes`,
  );
  return [said, [...fx, { type: 'setFlag', flag: 'read', ids, on: true }]];
}
