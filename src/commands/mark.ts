import type { Context } from '../library/context.js';
import { extractArxivId } from '../domain/paper.js';
import type { Flag } from '../library/state-store.js';

/** `papers mark` and `papers star`: sets a flag on ids, merging with other processes. */
export async function runFlag(
  ctx: Context,
  flag: Flag,
  ids: string[],
  on: boolean,
): Promise<number> {
  if (ids.length === 0) {
    ctx.io.err(`papers: give one or more paper ids (see \`papers list\`)`);
    return 2;
  }
  const clean = ids.map((id) => extractArxivId(id) ?? id);
  await ctx.flags.set(flag, clean, on);
  const what =
    flag === 'read' ? (on ? 'marked read' : 'marked unread') : on ? 'starred' : 'unstarred';
  ctx.io.out(`${what}: ${clean.join(', ')}`);
  return 0;
}
