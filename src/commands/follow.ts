import type { Context } from '../library/context.js';
import { changeFollow, readFollows } from '../library/follows-store.js';
import { FollowError, followLabel, parseFollow, FOLLOW_KINDS } from '../triage/follows.js';
import { jsonText } from '../text/plain.js';
import { rowText } from '../text/plain.js';

const warnOf = (ctx: Context) => (m: string) => ctx.io.err(`papers: warning: ${m}`);

/** `papers follow|unfollow author|keyword|org VALUE`. */
export async function runFollow(ctx: Context, words: string[], on: boolean): Promise<number> {
  const verb = on ? 'follow' : 'unfollow';
  const [kind, ...rest] = words;
  if (!kind || rest.length === 0) {
    ctx.io.err(`papers: usage: papers ${verb} ${FOLLOW_KINDS.join('|')} VALUE`);
    return 2;
  }
  let f;
  try {
    f = parseFollow(kind, rest.join(' '));
  } catch (err) {
    if (!(err instanceof FollowError)) throw err;
    ctx.io.err(`papers: ${err.message}`);
    return 2;
  }
  const before = readFollows(ctx.paths.dataDir, warnOf(ctx));
  const after = await changeFollow(ctx.paths.dataDir, f, on, warnOf(ctx));
  const label = rowText(followLabel(f), 220);
  if (after.length === before.length)
    ctx.io.out(`${on ? 'already following' : 'not following'} ${label}`);
  else ctx.io.out(`${on ? 'following' : 'unfollowed'} ${label}`);
  return 0;
}

/** `papers follows [--json]`. */
export async function runFollows(ctx: Context, json: boolean): Promise<number> {
  const follows = readFollows(ctx.paths.dataDir, warnOf(ctx));
  if (json) {
    ctx.io.out(jsonText(follows));
    return 0;
  }
  if (follows.length === 0) {
    ctx.io.out('following nothing yet: `papers follow author "NAME"` (or keyword, org)');
    return 0;
  }
  for (const f of follows) ctx.io.out(`${f.kind.padEnd(8)} ${rowText(f.value, 200)}`);
  return 0;
}
