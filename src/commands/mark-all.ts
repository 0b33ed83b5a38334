import type { Context } from '../library/context.js';
import { markAllRead, undoChange } from '../triage/mark-all.js';
import { openReadableDay } from './list.js';
import { EXIT } from '../cli/exit-codes.js';

/** `papers mark --all [--date D] [--unread]`: every paper of a day read (or unread again). */
export async function runMarkAll(
  ctx: Context,
  opts: { date?: string; unread?: boolean },
): Promise<number> {
  const open = await openReadableDay(ctx, opts.date);
  if (!open.day || open.sample) {
    ctx.io.err('papers: no day to mark (nothing cached yet): run `papers sync`');
    return EXIT.empty;
  }
  const ids = open.day.papers.map((p) => p.id);
  const isRead = (id: string) => ctx.flags.has('read', id);
  // Marking unread is mark-all's undo applied to the papers that are read.
  const change = opts.unread
    ? undoChange(markAllRead(ids, (id) => !isRead(id)))
    : markAllRead(ids, isRead);
  if (change.ids.length > 0) await ctx.flags.set('read', change.ids, change.read);
  const what = change.read ? 'read' : 'unread';
  const already = ids.length - change.ids.length;
  ctx.io.out(
    `marked ${change.ids.length} paper${change.ids.length === 1 ? '' : 's'} of ${open.day.date} ${what}${already ? ` (${already} already ${what})` : ''}`,
  );
  return 0;
}
