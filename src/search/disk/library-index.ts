// The search index of the whole day cache, under <cache>/index (see index-store.ts for what is
// on disk). Opening checks every day file against the manifest, so days written by anything
// that skipped the index are caught up; a corrupt manifest is moved aside and the index rebuilt.
// Other processes replace index files while this one reads them: a search that trips over a
// vanished file re-reads the manifest and runs again; a damaged file is rebuilt from the day
// files, with one warning.
import path from 'node:path';
import type { DayList } from '../../domain/paper.js';
import { rankSearch, type SegmentView } from '../engine/rank.js';
import { warmupViews, WARMUP_QUERIES } from '../engine/warmup.js';
import type { SearchHit } from '../engine/types.js';
import { setAside, StoreError } from '../../library/atomic.js';
import { readRegularFile } from '../../library/read-file.js';
import type { StampedDayStore } from '../../library/types.js';
import { IndexDamage, positionReader, type LoadedSegment } from './segments.js';
import { readPapers } from './records.js';
import { IndexStore } from './index-store.js';
import {
  daySummaries,
  emptyManifest,
  OLDER,
  parseManifest,
  type DayIndexSummary,
} from './manifest.js';

export type { DayIndexSummary } from './manifest.js';

export interface SearchOptions {
  limit?: number;
  /** Resolves true when a newer query came: the search stops and resolves undefined. */
  isStale?: () => boolean;
  /** Told how many papers match in all (`exact` false: at most that many). */
  onTotal?: (total: number, exact: boolean) => void;
}

const tick = () => new Promise<void>((r) => setImmediate(r));
/** Tries of one search while other processes keep replacing the index under it. */
const ATTEMPTS = 6;

/** The segment a missing index file belonged to, from an ENOENT error. */
function missingSegment(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  if (e?.code !== 'ENOENT' || typeof e.path !== 'string') return undefined;
  return /^(s[0-9a-z]+)\.(?:seg|rec)$/.exec(path.basename(e.path))?.[1];
}

export class LibraryIndex extends IndexStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Searches asked for so far: a warm-up stops once one comes. */
  private searches = 0;
  private warmed?: Promise<void>;
  /** Damage is reported once a process, however many files it touched. */
  private damageSaid = false;

  /** Opens (or builds) the index of `store`'s cache and brings it up to date with the day files. */
  static async open(
    cacheDir: string,
    store: StampedDayStore,
    warn: (m: string) => void = () => {},
  ): Promise<LibraryIndex> {
    const index = new LibraryIndex(path.join(cacheDir, 'index'), store, warn);
    await index.exclusive(() => index.reload());
    return index;
  }

  /** Reads the manifest (moving a corrupt one aside) and catches up with the day files. */
  private async reload(): Promise<void> {
    this.manifest = emptyManifest();
    this.aliveCache.clear();
    this.seen = await this.manifestStamp();
    try {
      this.manifest = parseManifest((await readRegularFile(this.manifestFile)).toString('utf8'));
    } catch (err) {
      // An index an older version wrote is rebuilt quietly; its files go as strays.
      if (err !== OLDER && (err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.warn(
          `the search index was unreadable (${(err as Error).message}); ${setAside(this.manifestFile)}, rebuilding it`,
        );
        this.seen = await this.manifestStamp();
      }
    }
    await this.catchUp();
  }

  /** Per-day summaries, ascending by date; checked and sanitized (the manifest is a file). */
  days(): DayIndexSummary[] {
    return daySummaries(this.manifest);
  }

  /** Replaces a written day's entries (call after the day file is on disk). */
  updateDay(day: DayList): Promise<void> {
    return this.exclusive(async () => {
      await this.refreshed();
      await this.indexDays([{ day, stamp: await this.stampOf(day.date) }]);
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
    await this.reindex(stale, gone);
  }

  /**
   * Readies the ranker for the session's first searches (see warmup.ts): reads every segment
   * (the first search would otherwise wait for it), then runs one query of each shape over a
   * thinned-out view of the library, a step at a time (past WARMUP_MAX_PAPERS, over its small
   * segments only). Stops as soon as a real search is asked for (that search warms the code
   * itself) and never fails: a problem with the index shows on the search. The reader calls it
   * as its search screen opens.
   */
  warmUp(): Promise<void> {
    return (this.warmed ??= this.warm().catch(() => {}));
  }

  private async warm(): Promise<void> {
    const before = this.searches;
    const lib = await this.exclusive(() =>
      this.resilient(async () => {
        await this.refreshed();
        return this.live();
      }),
    );
    const views = warmupViews(lib.views);
    if (!views.length) return;
    // Each view with its segment (a big library is warmed up on some of its segments).
    const segs = views.map((v) => lib.segs[lib.views.findIndex((w) => w.seg === v.seg)]!);
    for (const q of WARMUP_QUERIES) {
      const done = await this.rank({ segs, views }, q, 20, () => this.searches !== before);
      if (!done) return;
    }
  }

  /** fuse.js's top `limit` matches over every cached day; undefined when made stale. */
  search(query: string, opts: SearchOptions = {}): Promise<SearchHit[] | undefined> {
    this.searches++;
    const stale = () => opts.isStale?.() ?? false;
    return this.exclusive(() =>
      this.resilient(async () => {
        if (stale()) return undefined;
        await this.refreshed();
        return this.rank(await this.live(), query, opts.limit ?? 200, stale, opts.onTotal);
      }),
    );
  }

  /**
   * Runs `job`, and again after a file vanished under it (another process replaced the index:
   * re-read the manifest) or turned out damaged (rebuild those days from the day files).
   */
  private async resilient<T>(job: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await job();
      } catch (err) {
        if (attempt >= ATTEMPTS)
          throw new StoreError(
            `the search index kept changing or failing while it was read (${(err as Error).message}); try again`,
          );
        if ((await this.manifestStamp()) !== this.seen) await this.reload();
        else if (!(await this.repair(err))) throw err;
      }
    }
  }

  /** Rebuilds the days of the segment `err` is about; false when it is about no segment. */
  private async repair(err: unknown): Promise<boolean> {
    const name = err instanceof IndexDamage ? err.segment : missingSegment(err);
    if (!name) return false;
    if (!this.damageSaid) {
      this.damageSaid = true;
      const why = err instanceof IndexDamage ? err.message : `${name} is missing`;
      this.warn(`the search index was damaged (${why}); rebuilding it from the day files`);
    }
    this.loaded.delete(name);
    const dates = Object.entries(this.manifest.days)
      .filter(([, e]) => e.seg === name)
      .map(([d]) => d);
    // Once its days have a new segment, the damaged one is unused and its files go as strays.
    await this.reindex(dates);
    if (!Object.values(this.manifest.days).some((e) => e.seg === name))
      this.manifest.segments = this.manifest.segments.filter((s) => s !== name);
    return true;
  }

  /** Reloads the manifest when another process changed it since this one read it. */
  private async refreshed(): Promise<void> {
    if ((await this.manifestStamp()) !== this.seen) await this.reload();
  }

  /** Every segment, with the papers of each that are current. */
  private async live(): Promise<{ segs: LoadedSegment[]; views: SegmentView[] }> {
    const segs = await this.segments();
    const views = segs.map((s) => ({
      seg: s.seg,
      vocab: s.vocab,
      alive: this.alive(s),
      positions: positionReader(this.dir, s),
    }));
    return { segs, views };
  }

  /** Ranks over `lib`, a step at a time; undefined once `stale` says a newer search came. */
  private rank(
    lib: { segs: LoadedSegment[]; views: SegmentView[] },
    query: string,
    limit: number,
    stale: () => boolean,
    onTotal?: SearchOptions['onTotal'],
  ): Promise<SearchHit[] | undefined> {
    return rankSearch(lib.views, query, {
      limit,
      onTotal,
      fetch: async (i, docs, keep) => readPapers(this.dir, lib.segs[i]!, docs, keep),
      yieldToInput: async () => {
        await tick();
        return stale();
      },
    });
  }
}

const shared = new Map<string, Promise<LibraryIndex>>();

/** One index per cache folder per process: the reader, the write hook and commands share it. */
export function sharedIndex(
  cacheDir: string,
  store: StampedDayStore,
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
  store: StampedDayStore,
  day: DayList,
): Promise<void> {
  const open = shared.get(cacheDir);
  await (open ? (await open).updateDay(day) : sharedIndex(cacheDir, store));
}
