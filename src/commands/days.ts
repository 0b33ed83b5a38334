import type { Context } from '../library/context.js';
import { jsonText } from '../text/plain.js';
import { liveServices } from '../reader/live-services.js';

/** `papers days`: every cached day with total, unread and starred counts (from the index). */
export async function runDays(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const days = await liveServices(ctx, false).summarizeDays!();
  if (opts.json) {
    ctx.io.out(jsonText(days));
    return 0;
  }
  if (days.length === 0) {
    ctx.io.out('no cached days yet: run `papers sync` or `papers import FILE`');
    return 0;
  }
  ctx.io.out('day         total  unread  starred  source');
  for (const d of days) {
    ctx.io.out(
      `${d.date}  ${String(d.total).padStart(5)}  ${String(d.unread).padStart(6)}  ${String(d.starred).padStart(7)}  ${d.sources.join(', ')}${d.total === 0 ? ' (no papers that day)' : ''}`,
    );
  }
  return 0;
}
