// The search index of the whole day cache, under <cache>/index (see index-store.ts for what is
// on disk). Opening checks every day file against the manifest, so days written by anything
// that skipped the index are caught up; a corrupt manifest is moved aside and the index rebuilt.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList } from '../core/paper.js';
import { rankSearch } from '../core/search-rank.js';
import type { SearchHit } from '../core/search-types.js';
import { setAside } from './atomic.js';
import { knownSources, type DiskDayStore } from './day-store.js';
import { readPapers } from './index-segments.js';
import {
  FORMAT,
  IndexStore,
  OLDER,
  validManifest,
  type DayIndexSummary,
  type Manifest,
} from './index-store.js';

export type { DayIndexSummary } from './index-store.js';

export interface SearchOptions {
  limit?: number;
  /** Resolves true when a newer query came: the search stops and resolves undefined. */
  isStale?: () => boolean;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export class LibraryIndex extends IndexStore {
  private queue: Promise<unknown> = Promise.resolve();

  /** Opens (or builds) the index of `store`'s cache and brings it up to date with the day files. */
  static async open(
    cacheDir: string,
    store: DiskDayStore,
    warn: (m: string) => void = () => {},
  ): Promise<LibraryIndex> {
    const index = new LibraryIndex(path.join(cacheDir, 'index'), store, warn);
    await index.exclusive(() => index.reload());
    return index;
  }

  /** Reads the manifest (moving a corrupt one aside) and catches up with the day files. */
  private async reload(): Promise<void> {
    this.manifest = { format: FORMAT, segments: [], days: {} };
    this.aliveCache.clear();
    try {
      const parsed: unknown = JSON.parse(await fsp.readFile(this.manifestFile, 'utf8'));
      const format = (parsed as Manifest | null)?.format;
      // An index an older version wrote is rebuilt quietly; its files go as strays.
      if (typeof format === 'number' && format < FORMAT) throw OLDER;
      if (!validManifest(parsed)) throw new Error('not an index manifest');
      this.manifest = parsed;
    } catch (err) {
      if (err !== OLDER && (err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.warn(
          `the search index was unreadable (${(err as Error).message}); ${setAside(this.manifestFile)}, rebuilding it`,
        );
      }
    }
    this.seen = await this.manifestStamp();
    await this.catchUp();
  }

  /** Per-day summaries, ascending by date. */
  days(): DayIndexSummary[] {
    return Object.entries(this.manifest.days)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, d]) => ({
        date,
        total: d.total,
        ids: d.ids,
        // The manifest is a file in the cache like any other: its names are shown as they are.
        sources: knownSources(Array.isArray(d.sources) ? d.sources : []),
      }));
  }

  /** Replaces a written day's entries (call after the day file is on disk). */
  updateDay(day: DayList): Promise<void> {
    return this.exclusive(async () => {
      if ((await this.manifestStamp()) !== this.seen) await this.reload();
      await this.indexDays([day]);
    });
  }

  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => {});
    return run;
  }

  private async catchUp(): Promise<void> {
    const dates = await this.store.listDays();
    const stamps = await Promise.all(dates.map((d) => this.stampOf(d)));
    const stale = dates.filter((d, i) => this.manifest.days[d]?.stamp !== stamps[i]);
    const gone = Object.keys(this.manifest.days).filter((d) => !dates.includes(d));
    for (const d of gone) delete this.manifest.days[d];
    await this.reindex(stale, gone.length > 0);
  }

  /** fuse.js's top `limit` matches over every cached day; undefined when made stale. */
  search(query: string, opts: SearchOptions = {}): Promise<SearchHit[] | undefined> {
    return this.exclusive(async () => {
      if (opts.isStale?.()) return undefined;
      if ((await this.manifestStamp()) !== this.seen) await this.reload();
      const segs = await this.segments();
      const views = segs.map((s) => ({ seg: s.seg, vocab: s.vocab, alive: this.alive(s) }));
      return rankSearch(views, query, {
        limit: opts.limit ?? 200,
        fetch: async (i, docs, keep) => readPapers(this.dir, segs[i]!, docs, keep),
        yieldToInput: async () => {
          await tick();
          return opts.isStale?.() ?? false;
        },
      });
    });
  }
}

const shared = new Map<string, Promise<LibraryIndex>>();

/** One index per cache folder per process: the reader, the write hook and commands share it. */
export function sharedIndex(
  cacheDir: string,
  store: DiskDayStore,
  warn?: (m: string) => void,
): Promise<LibraryIndex> {
  let p = shared.get(cacheDir);
  if (!p) {
    p = LibraryIndex.open(cacheDir, store, warn);
    shared.set(cacheDir, p);
    p.catch(() => shared.delete(cacheDir));
  }
  return p;
}

/** The day store's write hook: keeps an open index current, or lets the next open catch up. */
export async function indexWrittenDay(
  cacheDir: string,
  store: DiskDayStore,
  day: DayList,
): Promise<void> {
  const open = shared.get(cacheDir);
  await (open ? (await open).updateDay(day) : sharedIndex(cacheDir, store));
}
