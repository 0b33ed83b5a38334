import { useSyncExternalStore } from 'react';
import type { FlagSnapshot, FlagStore } from '../flags.js';

/** The current read/star flags; re-renders when they change, here or in another process. */
export function useFlags(store: FlagStore): FlagSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
