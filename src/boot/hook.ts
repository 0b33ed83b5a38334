// How the bundle talks to the launcher that compiled it (src/boot/start.ts): a symbol on
// globalThis, absent when the code runs any other way (tests, a dev build).
export const BOOT_HOOK = Symbol.for('papers.boot');

export interface BootHook {
  /** Save the compiled code when the process exits (only when the cache was not used). */
  keepCodeCache(): void;
}

/**
 * The reader's start is the one worth caching: a cache made by `papers --version` would hold
 * little of the reader's code and, being valid, would never be replaced.
 */
export function keepCodeCache(): void {
  (globalThis as { [BOOT_HOOK]?: BootHook })[BOOT_HOOK]?.keepCodeCache();
}
