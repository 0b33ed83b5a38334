import type { Context } from '../library/context.js';
import { extractArxivId } from '../domain/paper.js';

/**
 * `papers hide ID... [--off]`: "not interested". The papers stay on disk (lists skip them,
 * `--json` shows them with `hidden: true`) and count against their topics in "for you".
 */
export async function runHide(ctx: Context, ids: string[], on: boolean): Promise<number> {
  if (ids.length === 0) {
    ctx.io.err('papers: give one or more paper ids to hide (see `papers list`)');
    return 2;
  }
  const clean = ids.map((id) => extractArxivId(id) ?? id);
  await ctx.flags.set('hidden', clean, on);
  ctx.io.out(`${on ? 'hidden' : 'shown again'}: ${clean.join(', ')}`);
  return 0;
}
