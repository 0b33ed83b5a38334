// Builds what commands and the reader need from the environment: the one place that knows
// where state lives.
import fs from 'node:fs';
import type { DayList } from '../domain/paper.js';
import type { Settings } from '../domain/settings.js';
import { SAMPLE_DATES, sampleDay } from '../sample/catalog.js';
import { LibraryDayStore } from './library-store.js';
import { moveDataFiles, moveToDataDir } from './move-layout.js';
import { resolvePaths, type Paths } from './paths.js';
import { SettingsStore } from './settings-store.js';
import { StateStore } from './state-store.js';
import type { Output } from './types.js';

export interface Context {
  env: NodeJS.ProcessEnv;
  paths: Paths;
  /** Synced days (cache) and imported ones (data dir) as one store; see library-store.ts. */
  store: LibraryDayStore;
  flags: StateStore;
  settingsStore: SettingsStore;
  settings: Settings;
  io: Output;
}

/** A settings file an older version wrote readable by all (it may hold an API key). */
function ownerOnly(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  } catch {
    // no file yet, or not ours to change: nothing to tighten
  }
}

export function createContext(env: NodeJS.ProcessEnv, io: Output): Context {
  const paths = resolvePaths(env);
  const warn = (m: string) => io.err(`papers: warning: ${m}`);
  const moved = moveToDataDir(paths);
  if (moved) io.err(moved);
  const files = moveDataFiles(paths);
  if (files.length > 0) io.err(`papers: moved ${files.join(', ')} to ${paths.dataDir}`);
  const settingsStore = new SettingsStore(paths.configDir, warn);
  ownerOnly(settingsStore.file);
  // Sync and import keep the search index current as they write; the index module is
  // loaded only when a day is written.
  const store: LibraryDayStore = new LibraryDayStore(
    paths.cacheDir,
    paths.dataDir,
    warn,
    async (day) =>
      (await import('../search/disk/library-index.js')).indexWrittenDay(paths.cacheDir, store, day),
  );
  return {
    env,
    paths,
    store,
    flags: new StateStore(paths.dataDir, warn),
    settingsStore,
    settings: settingsStore.read().settings,
    io,
  };
}

export interface OpenDay {
  day: DayList | undefined;
  days: string[];
  /** True when nothing is cached and the bundled sample is shown. */
  sample: boolean;
}

/**
 * The day the reader opens: `date` when given, else the newest cached day, else the newest
 * sample day. Throws with a one-line message when `date` is not available.
 */
export async function resolveOpenDay(ctx: Context, date?: string): Promise<OpenDay> {
  const days = await ctx.store.listDays();
  if (days.length === 0) {
    const pick = date ?? SAMPLE_DATES[SAMPLE_DATES.length - 1]!;
    const day = await sampleDay(pick);
    if (!day)
      throw new Error(
        `no cached papers for ${pick} (nothing is cached yet: try \`papers sync --date ${pick}\`)`,
      );
    return { day, days: SAMPLE_DATES, sample: true };
  }
  // Days a sync recorded as empty (weekends) are not where anyone wants to start.
  // Walked from the newest: usually one or two days are looked at, not the whole library.
  let pick = date;
  for (let i = days.length - 1; pick === undefined && i >= 0; i--)
    if (!(await ctx.store.isEmpty(days[i]!))) pick = days[i];
  pick ??= days[days.length - 1]!;
  if (!days.includes(pick)) {
    throw new Error(
      `no cached papers for ${pick}: run \`papers sync --date ${pick}\` or \`papers import FILE --date ${pick}\``,
    );
  }
  const day = await ctx.store.readDay(pick);
  // A day file that fails to read is moved aside: only then does the list change.
  return { day, days: day ? days : await ctx.store.listDays(), sample: false };
}
