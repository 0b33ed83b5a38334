// Follows in <data>/follows.json, beside the read/star state: the user's data, so a damaged
// file is copied aside with a warning, and only the entries that fail validation are dropped.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FollowError, parseFollow, withFollow, type Follow } from '../triage/follows.js';
import { sanitizeLine } from '../text/sanitize.js';
import { writeFileAtomic } from './atomic.js';
import { acquireLock } from './lock.js';
import { backupCopy, readJsonObject } from './json-file.js';

export const followsFile = (stateDir: string) => path.join(stateDir, 'follows.json');

export function readFollows(stateDir: string, warn: (m: string) => void): Follow[] {
  const file = followsFile(stateDir);
  const raw = readJsonObject(file, warn);
  if (!raw) return [];
  const list = Array.isArray(raw.follows) ? raw.follows : undefined;
  const out: Follow[] = [];
  let bad = list ? 0 : 1;
  for (const e of list ?? []) {
    const { kind, value } = (e ?? {}) as { kind?: unknown; value?: unknown };
    try {
      if (typeof kind !== 'string' || typeof value !== 'string') throw new FollowError('shape');
      // A value read back from disk is shown: no control characters reach the terminal.
      out.push(parseFollow(kind, sanitizeLine(value)));
    } catch {
      bad++;
    }
  }
  if (bad > 0) {
    const kept = backupCopy(file, warn);
    warn(
      `${file}: skipped ${bad} invalid entr${bad === 1 ? 'y' : 'ies'}${kept ? `; the file as it was is at ${kept}` : ''}`,
    );
  }
  return out;
}

/** Adds or removes one follow. The read and the write happen under the file's lock: a reader
 *  and `papers follow` changing follows at once would otherwise each drop the other's. */
export async function changeFollow(
  stateDir: string,
  f: Follow,
  on: boolean,
  warn: (m: string) => void,
): Promise<Follow[]> {
  const file = followsFile(stateDir);
  mkdirSync(stateDir, { recursive: true });
  const release = await acquireLock(file);
  try {
    const next = withFollow(readFollows(stateDir, warn), f, on);
    await writeFileAtomic(file, `${JSON.stringify({ format: 1, follows: next }, null, 2)}\n`);
    return next;
  } finally {
    await release();
  }
}
