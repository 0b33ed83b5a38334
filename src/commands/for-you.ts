// `papers list --sort for-you`: the day in the order of the reader's interest model.
import type { Context } from '../library/context.js';
import type { Paper } from '../domain/paper.js';
import { TriageSession } from '../library/triage-store.js';

export async function forYouOrder(
  ctx: Context,
  papers: Paper[],
): Promise<{
  papers: Paper[];
  scores: Map<string, number>;
  why: Map<string, string>;
  note: string;
}> {
  const session = await TriageSession.open({
    stateDir: ctx.paths.dataDir,
    cacheDir: ctx.paths.cacheDir,
    source: ctx.store,
    flags: ctx.flags,
    warn: (m) => ctx.io.err(`papers: warning: ${m}`),
  });
  const ranked = session.rank(papers);
  return {
    papers: ranked.rows.map((r) => r.paper),
    scores: new Map(ranked.rows.map((r) => [r.paper.id, r.score])),
    why: new Map(ranked.rows.map((r) => [r.paper.id, session.explain(r.paper, r.followed)])),
    note: ranked.note,
  };
}
