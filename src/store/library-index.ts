// The search index of the whole day cache, under <cache>/index: a manifest (per-day summaries,
// which segment holds each day, the day file's size and mtime when indexed) and segments. A
// written day gets a small segment of its own (its old entries stay behind, masked out);
// small segments are merged now and then. Opening checks every day file against the manifest,
// so days written by anything that skipped the index are caught up; a corrupt manifest or
// segment is moved aside and its days re-indexed from the day files.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList } from '../core/paper.js';
import { toIndexed, type IndexedPaper } from '../core/search-index.js';
import { rankSearch } from '../core/search-rank.js';
import type { SearchHit } from '../core/search-types.js';
import { quarantine, writeFileAtomic } from './atomic.js';
import type { DiskDayStore } from './day-store.js';
import {
  createSegment,
  mergeOnDisk,
  readPapers,
  readSegment,
  type LoadedSegment,
} from './index-segments.js';

const FORMAT = 1;
/** Past this many segments, the small ones are merged. */
const MAX_SEGMENTS = 8;
const REBUILD_CHUNK = 5000;

export interface DayIndexSummary {
  date: string;
  total: number;
  ids: string[];
  sources: string[];
}

interface DayEntry extends Omit<DayIndexSummary, 'date'> {
  seg: string;
  /** size:mtime of the day file when it was indexed. */
  stamp: string;
}

interface Manifest {
  format: number;
  segments: string[];
  days: Record<string, DayEntry>;
}

export interface SearchOptions {
  limit?: number;
  /** Resolves true when a newer query came: the search stops and resolves undefined. */
  isStale?: () => boolean;
}

let serial = 0;
const newName = () =>
  `s${Date.now().toString(36)}${process.pid.toString(36)}${(serial++).toString(36)}`;
const tick = () => new Promise<void>((r) => setImmediate(r));

function validManifest(v: unknown): v is Manifest {
  const m = v as Manifest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === FORMAT &&
    Array.isArray(m.segments) &&
    typeof m.days === 'object' &&
    m.days !== null &&
    Object.values(m.days).every(
      (d) => Array.isArray(d?.ids) && typeof d.seg === 'string' && m.segments.includes(d.seg),
    )
  );
}

export class LibraryIndex {
  private loaded = new Map<string, LoadedSegment>();
  private queue: Promise<unknown> = Promise.resolve();
  /** size:mtime of manifest.json as last read or written here: another process changed it
   *  (and maybe deleted segments this one knew) when it differs. */
  private seen = '';

  private constructor(
    readonly dir: string,
    private readonly store: DiskDayStore,
    private manifest: Manifest,
    private readonly warn: (m: string) => void,
  ) {}

  /** Opens (or builds) the index of `store`'s cache and brings it up to date with the day files. */
  static async open(
    cacheDir: string,
    store: DiskDayStore,
    warn: (m: string) => void = () => {},
  ): Promise<LibraryIndex> {
    const index = new LibraryIndex(
      path.join(cacheDir, 'index'),
      store,
      { format: FORMAT, segments: [], days: {} },
      warn,
    );
    await index.exclusive(() => index.reload());
    return index;
  }

  private get manifestFile(): string {
    return path.join(this.dir, 'manifest.json');
  }

  private async manifestStamp(): Promise<string> {
    const st = await fsp.stat(this.manifestFile).catch(() => undefined);
    return st ? `${st.size}:${st.mtimeMs}` : '';
  }

  /** Reads the manifest (moving a corrupt one aside) and catches up with the day files. */
  private async reload(): Promise<void> {
    this.manifest = { format: FORMAT, segments: [], days: {} };
    try {
      const parsed: unknown = JSON.parse(await fsp.readFile(this.manifestFile, 'utf8'));
      if (!validManifest(parsed)) throw new Error('not an index manifest');
      this.manifest = parsed;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        const moved = quarantine(this.manifestFile);
        this.warn(
          `the search index was unreadable (${(err as Error).message}); moved to ${moved}, rebuilding it`,
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
      .map(([date, d]) => ({ date, total: d.total, ids: d.ids, sources: d.sources }));
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

  private async stampOf(date: string): Promise<string | undefined> {
    try {
      const st = await fsp.stat(this.store.fileFor(date));
      return `${st.size}:${Math.floor(st.mtimeMs)}`;
    } catch {
      return undefined;
    }
  }

  private async catchUp(): Promise<void> {
    const dates = await this.store.listDays();
    const stamps = await Promise.all(dates.map((d) => this.stampOf(d)));
    const stale = dates.filter((d, i) => this.manifest.days[d]?.stamp !== stamps[i]);
    const gone = Object.keys(this.manifest.days).filter((d) => !dates.includes(d));
    for (const d of gone) delete this.manifest.days[d];
    // A few thousand papers a segment: a rebuild of a big cache never holds it all in memory.
    let days: DayList[] = [];
    let papers = 0;
    for (const d of stale) {
      const day = (await this.store.readDay(d)) ?? { date: d, papers: [], sources: [] };
      days.push(day);
      papers += day.papers.length;
      if (papers >= REBUILD_CHUNK) {
        await this.indexDays(days);
        [days, papers] = [[], 0];
      }
    }
    if (days.length || gone.length) await this.indexDays(days);
  }

  private async indexDays(days: DayList[]): Promise<void> {
    if (days.length) {
      const papers: IndexedPaper[] = days.flatMap((d) =>
        d.papers.map((p) => toIndexed({ ...p, date: d.date })),
      );
      const name = newName();
      this.loaded.set(name, await createSegment(this.dir, name, papers));
      this.manifest.segments.push(name);
      for (const d of days) {
        const stamp = (await this.stampOf(d.date)) ?? '';
        this.manifest.days[d.date] = {
          total: d.papers.length,
          ids: d.papers.map((p) => p.id),
          sources: d.sources,
          seg: name,
          stamp,
        };
      }
    }
    await this.dropUnused();
    if (this.manifest.segments.length > MAX_SEGMENTS) await this.compact();
    await this.save();
    await this.removeStrays();
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.manifestFile, JSON.stringify(this.manifest));
    this.seen = await this.manifestStamp();
  }

  private async dropUnused(): Promise<void> {
    const used = new Set(Object.values(this.manifest.days).map((d) => d.seg));
    this.manifest.segments = this.manifest.segments.filter((s) => used.has(s));
    for (const name of this.loaded.keys()) if (!used.has(name)) this.loaded.delete(name);
  }

  /** Merges every segment but the largest, or all when the rest has grown to half its size. */
  private async compact(): Promise<void> {
    const segs = await this.segments();
    const sorted = [...segs].sort((a, b) => b.seg.docDay.length - a.seg.docDay.length);
    const rest = sorted.slice(1).reduce((n, s) => n + s.seg.docDay.length, 0);
    const pick = rest * 2 >= sorted[0]!.seg.docDay.length ? sorted : sorted.slice(1);
    const name = newName();
    const merged = await mergeOnDisk(
      this.dir,
      name,
      pick.map((s) => ({ s, keep: this.alive(s) })),
    );
    this.loaded.set(name, merged);
    const picked = new Set(pick.map((s) => s.name));
    for (const d of Object.values(this.manifest.days)) if (picked.has(d.seg)) d.seg = name;
    this.manifest.segments = [...this.manifest.segments.filter((s) => !picked.has(s)), name];
    for (const s of picked) this.loaded.delete(s);
  }

  /** Deletes segment files the manifest no longer names (after it is saved). */
  private async removeStrays(): Promise<void> {
    const keep = new Set(this.manifest.segments);
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      const m = /^(s[0-9a-z]+)\.(seg|rec)$/.exec(n);
      if (m && !keep.has(m[1]!)) await fsp.rm(path.join(this.dir, n), { force: true });
    }
  }

  private alive(s: LoadedSegment): Uint8Array {
    const live = s.seg.days.map((d) => this.manifest.days[d]?.seg === s.name);
    return Uint8Array.from(s.seg.docDay, (d) => (live[d] ? 1 : 0));
  }

  /** Every segment in memory; a bad one is moved aside and its days re-indexed. */
  private async segments(): Promise<LoadedSegment[]> {
    const bad: string[] = [];
    for (const name of this.manifest.segments) {
      if (this.loaded.has(name)) continue;
      try {
        this.loaded.set(name, await readSegment(this.dir, name));
      } catch (err) {
        bad.push(name);
        const file = path.join(this.dir, `${name}.seg`);
        const moved = fs.existsSync(file) ? quarantine(file) : 'nowhere (it was missing)';
        this.warn(
          `a search index segment was unreadable (${(err as Error).message}); moved to ${moved}, re-indexing its days`,
        );
      }
    }
    if (bad.length) {
      for (const e of Object.values(this.manifest.days)) if (bad.includes(e.seg)) e.stamp = '';
      this.manifest.segments = this.manifest.segments.filter((s) => !bad.includes(s));
      await this.catchUpAfterLoss();
    }
    return this.manifest.segments.map((n) => this.loaded.get(n)!).filter(Boolean);
  }

  private async catchUpAfterLoss(): Promise<void> {
    const dates = Object.entries(this.manifest.days)
      .filter(([, e]) => e.stamp === '')
      .map(([d]) => d);
    const days: DayList[] = [];
    for (const d of dates)
      days.push((await this.store.readDay(d)) ?? { date: d, papers: [], sources: [] });
    await this.indexDays(days);
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
        fetch: (i, docs) => readPapers(this.dir, segs[i]!, docs),
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
