import type { Context } from '../library/context.js';
import { jsonText, authorLabel, rowText } from '../text/plain.js';
import { sanitizeLine } from '../text/sanitize.js';
import { filterPapers, toSearchHit } from '../search/engine/filter.js';
import type { SearchHit } from '../search/engine/types.js';
import { sharedIndex } from '../search/disk/library-index.js';

/** `papers search QUERY`: ranked matches across every cached day (or one day). */
export async function runSearch(
  ctx: Context,
  query: string,
  opts: { date?: string; json?: boolean; limit?: number },
): Promise<number> {
  const limit = opts.limit ?? 50;
  let hits: SearchHit[];
  if (opts.date) {
    const day = await ctx.store.readDay(opts.date);
    if (!day) {
      ctx.io.err(`papers: no cached papers for ${opts.date}`);
      return 1;
    }
    hits = (filterPapers(day.papers, query) ?? []).map(toSearchHit);
  } else {
    const warn = (m: string) => ctx.io.err(`papers: warning: ${m}`);
    const index = await sharedIndex(ctx.paths.cacheDir, ctx.store, warn);
    hits = (await index.search(query, { limit })) ?? [];
  }
  hits = hits.slice(0, limit);
  if (opts.json) {
    ctx.io.out(jsonText(hits.map((h) => ({ ...h, score: Number(h.score.toFixed(4)) }))));
    return 0;
  }
  if (hits.length === 0) {
    ctx.io.err(`papers: no matches for "${sanitizeLine(query)}"`);
    return 1;
  }
  for (const h of hits) {
    const first = h.authors.length ? `  — ${authorLabel(h.authors)}` : '';
    ctx.io.out(`${h.date}  ${rowText(h.id, 40).padEnd(12)}  ${rowText(h.title)}${first}`);
  }
  return 0;
}
