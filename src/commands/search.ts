import type { Context } from '../library/context.js';
import type { Paper } from '../domain/paper.js';
import { jsonText, authorLabel, paperJson, rowText } from '../text/plain.js';
import { sanitizeLine } from '../text/sanitize.js';
import { filterPapers, toSearchHit } from '../search/engine/filter.js';
import type { SearchHit } from '../search/engine/types.js';
import { sharedIndex } from '../search/disk/library-index.js';
import { EXIT } from '../cli/exit-codes.js';

export const DEFAULT_LIMIT = 50;

interface Found {
  hits: SearchHit[];
  total: number;
  /** False when `total` is an upper bound (the index could not tell every match). */
  exact: boolean;
}

async function find(ctx: Context, query: string, date: string | undefined, limit: number) {
  if (date) {
    const day = await ctx.store.readDay(date);
    if (!day) return undefined;
    const hits = (filterPapers(day.papers, query) ?? []).map(toSearchHit);
    return { hits: hits.slice(0, limit), total: hits.length, exact: true };
  }
  const warn = (m: string) => ctx.io.err(`papers: warning: ${m}`);
  const index = await sharedIndex(ctx.paths.cacheDir, ctx.store, warn);
  const found: Found = { hits: [], total: 0, exact: true };
  const onTotal = (total: number, exact: boolean) => Object.assign(found, { total, exact });
  found.hits = ((await index.search(query, { limit, onTotal })) ?? []).slice(0, limit);
  return found;
}

/** The stored papers behind `hits`, in order (a day file read once for all its hits). */
async function papersOf(ctx: Context, hits: SearchHit[]): Promise<(Paper | undefined)[]> {
  const days = new Map<string, Map<string, Paper>>();
  for (const date of new Set(hits.map((h) => h.date))) {
    const day = await ctx.store.readDay(date);
    days.set(date, new Map((day?.papers ?? []).map((p) => [p.id, p])));
  }
  return hits.map((h) => days.get(h.date)?.get(h.id));
}

/**
 * `papers search QUERY`: ranked matches across every cached day (or one day), best first, at
 * most `limit` (a line on stderr says when more matched). Nothing matched: exit 4 (EXIT.empty,
 * as every command that has nothing to show), with or without --json (which prints []).
 */
export async function runSearch(
  ctx: Context,
  query: string,
  opts: { date?: string; json?: boolean; limit?: number },
): Promise<number> {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const found = await find(ctx, query, opts.date, limit);
  if (!found) {
    ctx.io.err(`papers: no cached papers for ${opts.date}`);
    return 1;
  }
  const { hits, total, exact } = found;
  if (hits.length === 0) ctx.io.err(`papers: no matches for "${sanitizeLine(query)}"`);
  else if (total > hits.length)
    ctx.io.err(
      `papers: showing ${hits.length} of ${exact ? '' : 'at most '}${total}; --limit N for more`,
    );
  if (opts.json) {
    const papers = await papersOf(ctx, hits);
    const out = hits.flatMap((h, i) => {
      const p = papers[i];
      // A day rewritten since it was indexed may have lost the paper: leave it out.
      return p ? [{ ...paperJson(p, ctx.flags), score: round(h.score), tier: h.tier }] : [];
    });
    ctx.io.out(jsonText(out));
    return hits.length ? EXIT.ok : EXIT.empty;
  }
  for (const h of hits) {
    const first = h.authors.length ? `  — ${authorLabel(h.authors)}` : '';
    const fuzzy = h.tier === 'fuzzy' ? '  ~' : '';
    ctx.io.out(`${h.date}  ${rowText(h.id, 40).padEnd(12)}  ${rowText(h.title)}${first}${fuzzy}`);
  }
  return hits.length ? EXIT.ok : EXIT.empty;
}

const round = (x: number) => Number(x.toFixed(4));
