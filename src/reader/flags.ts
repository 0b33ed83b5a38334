// Read/star flags as an external store: the reader reads immutable snapshots (React through
// useSyncExternalStore, the update through its context) and writes through `set`.
import type { StateFlag as Flag } from '../library/state-store.js';

export type { Flag };

export interface FlagSnapshot {
  has(flag: Flag, id: string): boolean;
}

export interface FlagStore {
  getSnapshot(): FlagSnapshot;
  /** Called after every change, ours or one another process wrote. */
  subscribe(listener: () => void): () => void;
  /** Changes the snapshot at once; resolves when the change reached the disk. */
  set(flag: Flag, ids: string[], on: boolean): Promise<void>;
  /** Resolves when every change reached the disk. */
  flush(): Promise<void>;
  /** Stops watching for other processes' changes. */
  close?(): void;
}

const NONE: ReadonlySet<string> = new Set();

/** An immutable set of flags: flag kind → ids. */
export class Flags implements FlagSnapshot {
  constructor(private readonly sets: ReadonlyMap<Flag, ReadonlySet<string>> = new Map()) {}
  static empty(): Flags {
    return new Flags();
  }
  has(flag: Flag, id: string): boolean {
    return (this.sets.get(flag) ?? NONE).has(id);
  }
  /** A new snapshot with `ids` set or cleared. */
  with(flag: Flag, ids: string[], on: boolean): Flags {
    const next = new Set(this.sets.get(flag) ?? NONE);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return new Flags(new Map(this.sets).set(flag, next));
  }
}

/** Listeners for a store; notify() calls each once. */
export function listeners() {
  const set = new Set<() => void>();
  return {
    subscribe(l: () => void) {
      set.add(l);
      return () => void set.delete(l);
    },
    notify() {
      for (const l of [...set]) l();
    },
  };
}

/** A store in memory only: the bundled sample and tests. */
export function memoryFlagStore(initial: Flags = Flags.empty()): FlagStore {
  let snap = initial;
  const ls = listeners();
  return {
    getSnapshot: () => snap,
    subscribe: ls.subscribe,
    async set(flag, ids, on) {
      snap = snap.with(flag, ids, on);
      ls.notify();
    },
    flush: async () => {},
  };
}
