// The fields every list-like JSON object gains for triage: `hidden` and `followed`.
import type { Context } from '../library/context.js';
import type { Paper } from '../domain/paper.js';
import { readFollows } from '../library/follows-store.js';
import { followMatcher } from '../triage/follows.js';

export async function triageFields(
  ctx: Context,
): Promise<(p: Paper) => { hidden: boolean; followed: { kind: string; value: string }[] }> {
  const match = followMatcher(
    readFollows(ctx.paths.dataDir, (m) => ctx.io.err(`papers: warning: ${m}`)),
  );
  return (p) => ({
    hidden: ctx.flags.has('hidden', p.id),
    followed: match(p).map(({ kind, value }) => ({ kind, value })),
  });
}
