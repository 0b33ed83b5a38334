import type { Context } from '../library/context.js';
import { jsonText } from '../text/plain.js';
import { liveServices } from '../reader/live-services.js';

/** `papers days`: every cached day with total, unread, starred and (once something is
 *  followed) followed counts. */
export async function runDays(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const services = liveServices(ctx, false);
  const summaries = await services.summarizeDays!();
  const followed = await services.followedByDay!();
  const days = summaries.map((d) => ({ ...d, followed: followed?.get(d.date) ?? 0 }));
  if (opts.json) {
    ctx.io.out(jsonText(days));
    return 0;
  }
  if (days.length === 0) {
    ctx.io.out('no cached days yet: run `papers sync` or `papers import FILE`');
    return 0;
  }
  ctx.io.out(`day         total  unread  starred  ${followed ? 'followed  ' : ''}source`);
  for (const d of days) {
    const follow = followed ? `${String(d.followed).padStart(8)}  ` : '';
    ctx.io.out(
      `${d.date}  ${String(d.total).padStart(5)}  ${String(d.unread).padStart(6)}  ${String(d.starred).padStart(7)}  ${follow}${d.sources.join(', ')}${d.total === 0 ? ' (no papers that day)' : ''}`,
    );
  }
  return 0;
}
