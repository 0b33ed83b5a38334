// How an index (re)build is going, for whoever shows it: the reader's status bar and the CLI's
// status line. Kept apart from the index code so a listener costs no import of it. Keyed by
// cache folder: two caches in one process (tests, the benchmark) do not hear each other.
import path from 'node:path';

export type IndexProgressListener = (done: number, total: number) => void;

const listeners = new Map<string, Set<IndexProgressListener>>();
/** A bar redrawn for every day of a 500-day rebuild would cost more than the rebuild's reads. */
const EVERY_MS = 100;

const key = (cacheDir: string) => path.resolve(cacheDir);

/** Calls `listener` with (days indexed, days to index) while the index of `cacheDir` is
 *  (re)built; the last call has done === total. Returns the unsubscribe. */
export function onIndexProgress(cacheDir: string, listener: IndexProgressListener): () => void {
  const k = key(cacheDir);
  let set = listeners.get(k);
  if (!set) listeners.set(k, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(k);
  };
}

/**
 * A reporter for one rebuild of `total` days: tells the listeners at the start, at most every
 * EVERY_MS meanwhile, and always at the end (done === total), so a status line never stays up.
 */
export function progressReporter(
  cacheDir: string,
  total: number,
  now: () => number = () => Date.now(),
): (done: number) => void {
  let last = -Infinity;
  return (done) => {
    const set = listeners.get(key(cacheDir));
    if (!set || total === 0) return;
    const t = now();
    if (done > 0 && done < total && t - last < EVERY_MS) return;
    last = t;
    for (const l of [...set]) l(Math.min(done, total), total);
  };
}
