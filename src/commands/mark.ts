import type { Context } from '../library/context.js';
import type { StateFlag } from '../library/state-store.js';
import { extractArxivId } from '../domain/paper.js';
import { EXIT } from '../cli/exit-codes.js';
import { findPapers } from './find-paper.js';
import { paperLabel } from '../text/paper-label.js';

/**
 * `papers mark` and `papers star`: sets a flag on papers named by id, URL or title, merging
 * with other processes. A ref that names no paper is refused before anything changes (a typo
 * would otherwise be stored and never shown); clearing a flag an id still carries is allowed,
 * so a flag whose paper is gone can be removed.
 */
export async function runFlag(
  ctx: Context,
  flag: StateFlag,
  refs: string[],
  on: boolean,
): Promise<number> {
  if (refs.length === 0) {
    ctx.io.err(`papers: give one or more paper ids (see \`papers list\`)`);
    return EXIT.usage;
  }
  const found = await findPapers(ctx, refs);
  const orphan = (ref: string) => {
    const id = extractArxivId(ref) ?? ref;
    return !on && ctx.flags.has(flag, id) ? id : undefined;
  };
  const missing = refs.filter((r) => !found.has(r) && orphan(r) === undefined);
  if (missing.length > 0) {
    ctx.io.err(
      `papers: no paper ${missing.map((m) => `"${m}"`).join(', ')} in the library (see \`papers list\` or \`papers search\`); nothing changed`,
    );
    return EXIT.notFound;
  }
  const ids = [...new Set(refs.map((r) => found.get(r)?.id ?? orphan(r)!))];
  await ctx.flags.set(flag, ids, on);
  const what = {
    read: on ? 'marked read' : 'marked unread',
    starred: on ? 'starred' : 'unstarred',
    hidden: on ? 'hidden' : 'shown again',
    opened: on ? 'marked opened' : 'marked not opened',
  }[flag];
  const labels = refs.map((r) => {
    const p = found.get(r);
    return p ? paperLabel(p) : r;
  });
  ctx.io.out(`${what}: ${[...new Set(labels)].join(', ')}`);
  return EXIT.ok;
}
