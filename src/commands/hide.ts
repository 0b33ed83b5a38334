import type { Context } from '../library/context.js';
import { runFlag } from './mark.js';

/**
 * `papers hide ID... [--off]`: "not interested". The papers stay on disk (lists leave them
 * out, `--json` shows them with `hidden: true`) and count against their topics in "for you".
 * Ids are checked as `mark` and `star` check them.
 */
export function runHide(ctx: Context, refs: string[], on: boolean): Promise<number> {
  return runFlag(ctx, 'hidden', refs, on);
}
