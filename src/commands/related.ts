import type { Context } from '../library/context.js';
import { extractArxivId, type Paper } from '../domain/paper.js';
import { TermCache } from '../library/term-cache.js';
import { openRelatedIndex } from '../library/related-store.js';
import { jsonText, paperJson, plainRow, rowText } from '../text/plain.js';
import { triageFields } from './triage-fields.js';
import { EXIT } from '../cli/exit-codes.js';

export interface RelatedOptions {
  limit?: number;
  json?: boolean;
}

/** `papers related ID`: the most similar papers across every cached day, best first. */
export async function runRelated(
  ctx: Context,
  rawId: string,
  opts: RelatedOptions,
): Promise<number> {
  const id = extractArxivId(rawId) ?? rawId;
  const cache = new TermCache(ctx.paths.cacheDir, ctx.store);
  const index = await openRelatedIndex(cache);
  if (!index.has(id)) {
    ctx.io.err(`papers: no cached paper ${rowText(id, 60)} (see \`papers search\`)`);
    return EXIT.notFound;
  }
  const hits = index.related(id, opts.limit ?? 10);
  const papers = await papersById(ctx, [index.dateOf(id)!, ...hits.map((h) => h.date)]);
  const fields = await triageFields(ctx);
  const rows = hits
    .map((h) => ({ hit: h, paper: papers.get(h.id) }))
    .filter((r): r is { hit: (typeof hits)[number]; paper: Paper } => r.paper !== undefined);
  if (opts.json) {
    ctx.io.out(
      jsonText(
        rows.map(({ hit, paper }) => ({
          ...paperJson(paper, ctx.flags),
          ...fields(paper),
          similarity: Math.round(hit.score * 1e4) / 1e4,
        })),
      ),
    );
    return 0;
  }
  const self = papers.get(id);
  ctx.io.out(`# related to ${rowText(id, 40)}${self ? `: ${rowText(self.title, 120)}` : ''}`);
  for (const { hit, paper } of rows)
    ctx.io.out(`${plainRow(paper, ctx.flags, true)}  ~${hit.score.toFixed(2)}`);
  return 0;
}

/** The papers of the given days, by id. */
async function papersById(ctx: Context, dates: string[]): Promise<Map<string, Paper>> {
  const out = new Map<string, Paper>();
  for (const date of new Set(dates)) {
    for (const p of (await ctx.store.readDay(date))?.papers ?? []) out.set(p.id, p);
  }
  return out;
}
