// Building segments from day files: a part of the days is read and streamed through one
// SegmentWriter, in this thread or, for a big rebuild of a disk cache, in worker threads (one
// part each, so both cores work and the reader's event loop stays free). The built segments
// come back with temporary files; the store names them in its manifest under its lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DayList } from '../../domain/paper.js';
import { DiskDayStore } from '../../library/day-store.js';
import { LibraryDayStore } from '../../library/library-store.js';
import type { StampedDayStore } from '../../library/types.js';
import { discardSegment, SegmentWriter, type BuiltSegment } from './segment-writer.js';

/** The worker's file, next to the bundle (dist/); absent when running from source. */
export const WORKER_FILE = 'index-worker.js';
/** Fewer days than this are built in this thread: a worker costs ~50 ms to start. */
const WORKER_MIN_DAYS = 16;

/** A day to index, read from its file, with the file's stamp taken before the read. */
export interface StampedDay {
  day: DayList;
  stamp: string;
}

/** Reads one day for indexing: a missing or unreadable file indexes as an empty day. */
export async function readStamped(store: StampedDayStore, date: string): Promise<StampedDay> {
  const stamp = (await store.stamp(date).catch(() => undefined)) ?? '';
  const day = (await store.readDay(date)) ?? { date, papers: [], sources: [] };
  return { day, stamp };
}

/** One segment of `days` (read one at a time by `next`), in this thread. */
export async function buildPart(
  dir: string,
  name: string,
  count: number,
  next: (i: number) => Promise<StampedDay>,
  memory: boolean,
  onDay: () => void = () => {},
): Promise<BuiltSegment> {
  const w = await SegmentWriter.open(dir, name, memory);
  try {
    for (let i = 0; i < count; i++) {
      const { day, stamp } = await next(i);
      await w.add(day, stamp);
      onDay();
    }
    return await w.finish();
  } catch (err) {
    await w.abort();
    throw err;
  }
}

function workerUrl(): URL | undefined {
  if (process.env.PAPERS_INDEX_WORKERS === '0') return undefined;
  const url = new URL(`./${WORKER_FILE}`, import.meta.url);
  return url.protocol === 'file:' && fs.existsSync(url) ? url : undefined;
}

/** A day store a worker can open for itself: the folders it reads. */
export type StoreRecipe = { cacheDir: string; dataDir?: string };

/** The recipe of a store on disk, and where its warnings go; undefined for another store. */
function recipeOf(store: StampedDayStore): [StoreRecipe, (m: string) => void] | undefined {
  if (store instanceof DiskDayStore)
    return [{ cacheDir: path.dirname(store.dir) }, (m) => store.warn(m)];
  if (store instanceof LibraryDayStore) {
    const { synced, kept } = store;
    const recipe = { cacheDir: path.dirname(synced.dir), dataDir: path.dirname(kept.dir) };
    return [recipe, (m) => synced.warn(m)];
  }
  return undefined;
}

/** The store a recipe describes, as the worker opens it. */
export function storeOf(r: StoreRecipe, warn: (m: string) => void): StampedDayStore {
  return r.dataDir === undefined
    ? new DiskDayStore(r.cacheDir, warn)
    : new LibraryDayStore(r.cacheDir, r.dataDir, warn);
}

/** How many workers a rebuild of `days` days gets: 0 builds in this thread. */
export function workersFor(store: StampedDayStore, days: number): number {
  if (days < WORKER_MIN_DAYS || !recipeOf(store) || !workerUrl()) return 0;
  return Math.min(2, os.availableParallelism());
}

/** What the worker is given (see index-worker.ts). */
export interface WorkerJob {
  store: StoreRecipe;
  dir: string;
  name: string;
  dates: string[];
}

/** What the worker sends: a day done, a warning for the store, the segment, or its error. */
export type WorkerMessage =
  | { day: true }
  | { warn: string }
  | { built: BuiltSegment }
  | { error: { message: string; code?: string } };

function inWorker(job: WorkerJob, onDay: () => void, warn: (m: string) => void) {
  return new Promise<BuiltSegment>((resolve, reject) => {
    // Not the flags of a `node --input-type=module -e` parent: a worker's entry is a file.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    const w = new Worker(workerUrl()!, { workerData: job, execArgv });
    let built: BuiltSegment | undefined;
    w.on('message', (m: WorkerMessage) => {
      if ('day' in m) onDay();
      else if ('warn' in m) warn(m.warn);
      else if ('built' in m) built = m.built;
      else reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
    });
    w.on('error', reject);
    w.on('exit', () =>
      built ? resolve(built) : reject(new Error('the index worker stopped without a result')),
    );
  });
}

/**
 * Segments of `dates` from `store`'s day files, built by `workers` worker threads side by
 * side (contiguous runs of days each). A failure removes what the others wrote.
 */
export async function buildInWorkers(
  store: StampedDayStore,
  dir: string,
  names: string[],
  dates: string[],
  onDay: () => void,
): Promise<BuiltSegment[]> {
  const [recipe, warn] = recipeOf(store)!;
  const per = Math.ceil(dates.length / names.length);
  const runs = names.map((name, k) =>
    inWorker({ store: recipe, dir, name, dates: dates.slice(k * per, (k + 1) * per) }, onDay, warn),
  );
  const settled = await Promise.allSettled(runs);
  const failed = settled.find((s) => s.status === 'rejected');
  if (!failed) return settled.map((s) => (s as PromiseFulfilledResult<BuiltSegment>).value);
  for (const s of settled) if (s.status === 'fulfilled') await discardSegment(s.value);
  throw failed.reason;
}
