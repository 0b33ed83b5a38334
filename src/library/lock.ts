// A lock between processes on one file (<file>.lock, a directory, via proper-lockfile): the
// state store and the search index take it around each read-modify-write.

/** How long a write waits for another process's lock (a stale one is taken after 5 s). */
const LOCK_WAIT_MS = 10_000;

/**
 * Takes <file>.lock. Retried only while another process holds it: proper-lockfile's own
 * retries would also retry a read-only or full disk, for seconds, before saying so.
 */
export async function acquireLock(
  file: string,
  waitMs = LOCK_WAIT_MS,
): Promise<() => Promise<void>> {
  // CommonJS module: bundlers expose its functions on `default`, Node on both.
  const mod = await import('proper-lockfile');
  const lock = mod.lock ?? (mod as unknown as { default: typeof mod }).default.lock;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await lock(file, {
        realpath: false,
        stale: 5000,
        // If a stalled process loses it anyway, a re-read under the next lock limits the
        // damage, so do not let proper-lockfile throw from a timer.
        onCompromised: () => {},
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 25));
    }
  }
}
