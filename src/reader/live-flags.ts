// The flag store over state.json: our changes show at once; another process's within about
// a second (the file is polled, which works on every file system, NFS home dirs included).
import fs from 'node:fs';
import { STATE_FLAGS, type StateStore } from '../library/state-store.js';
import { Flags, listeners, type FlagStore } from './flags.js';

const POLL_MS = 1000;

function snapshotOf(store: StateStore): Flags {
  return new Flags(new Map(STATE_FLAGS.map((f) => [f, new Set(store.ids(f))])));
}

export function liveFlagStore(store: StateStore, warn: (m: string) => void): FlagStore {
  let snap = snapshotOf(store);
  const ls = listeners();
  const changed = () => {
    snap = snapshotOf(store);
    ls.notify();
  };
  const onFile = (cur: fs.Stats, prev: fs.Stats) => {
    if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size) return;
    store.reload();
    changed();
  };
  const watcher = fs.watchFile(store.file, { interval: POLL_MS, persistent: false }, onFile);
  return {
    getSnapshot: () => snap,
    subscribe: ls.subscribe,
    set(flag, ids, on) {
      const write = store.set(flag, ids, on);
      changed();
      // Our own write changes the file too; the merge it did is what the next poll reads.
      return write.catch((err: Error) => {
        warn(err.message);
        changed();
        throw err;
      });
    },
    flush: () => store.flush(),
    close() {
      watcher.unref?.();
      fs.unwatchFile(store.file, onFile);
    },
  };
}
