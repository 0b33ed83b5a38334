// The on-disk side of the search index: the manifest (see manifest.ts) and the segments. A
// written day gets a small segment of its own (its old entries stay behind, masked out); small
// segments are merged now and then. Every change is a read-modify-write under a lock shared
// by all processes (a cron sync, an import, a second reader), so none undoes another's.
// A cache that cannot be written (read-only, not ours) is indexed in memory instead.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../library/atomic.js';
import type { StampedDayStore } from '../../library/types.js';
import { acquireLock } from '../../library/lock.js';
import { readRegularFile } from '../../library/read-file.js';
import { readSegment, recFile, withoutPositions, type LoadedSegment } from './segments.js';
import { vocabOf } from '../engine/vocab.js';
import { commitSegment, discardSegment, type BuiltSegment } from './segment-writer.js';
import {
  buildInWorkers,
  buildPart,
  readStamped,
  workersFor,
  type StampedDay,
} from './index-build.js';
import { mergeOnDisk } from './records.js';
import { emptyManifest, parseManifest, serializeManifest, type Manifest } from './manifest.js';
import { removeStrays } from './strays.js';
import { progressReporter } from './index-progress.js';

export { FORMAT, OLDER, validManifest, type DayIndexSummary, type Manifest } from './manifest.js';

/** Past this many segments, the small ones are merged. */
const MAX_SEGMENTS = 8;
/** Write errors after which the index lives in memory: searching must not need a write. */
const CANNOT_WRITE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT']);

let serial = 0;
const newName = () =>
  `s${Date.now().toString(36)}${process.pid.toString(36)}${(serial++).toString(36)}`;

export type { StampedDay } from './index-build.js';

export class IndexStore {
  protected loaded = new Map<string, LoadedSegment>();
  protected aliveCache = new Map<string, Uint8Array>();
  /** size:mtime of manifest.json as last read or written here: another process changed it
   *  (and maybe deleted segments this one knew) when it differs. */
  protected seen = '';
  protected manifest: Manifest = emptyManifest();
  /** Set once a write failed for lack of permission: the index then lives in memory. */
  protected memoryOnly = false;

  protected constructor(
    readonly dir: string,
    protected readonly store: StampedDayStore,
    protected readonly warn: (m: string) => void,
  ) {}

  protected get manifestFile(): string {
    return path.join(this.dir, 'manifest.json');
  }

  protected async manifestStamp(): Promise<string> {
    const st = await fsp.stat(this.manifestFile).catch(() => undefined);
    return st ? `${st.size}:${st.mtimeMs}` : '';
  }

  protected async stampOf(date: string): Promise<string> {
    return (await this.store.stamp(date).catch(() => undefined)) ?? '';
  }

  /** The manifest on disk, or undefined when it is missing or unusable (the caller decides). */
  protected async readManifest(): Promise<Manifest | undefined> {
    try {
      return parseManifest((await readRegularFile(this.manifestFile)).toString('utf8'));
    } catch {
      return undefined;
    }
  }

  /** Takes in a manifest another process wrote since this one last read or wrote it. */
  private async takeInDisk(): Promise<void> {
    const stamp = await this.manifestStamp();
    if (stamp === this.seen) return;
    const disk = await this.readManifest();
    if (disk) this.manifest = disk;
    this.aliveCache.clear();
    this.seen = stamp;
  }

  /** Runs `change` on the newest manifest under the index lock, then saves it. */
  protected async locked(change: (memory: boolean) => Promise<void>): Promise<void> {
    if (this.memoryOnly) return change(true);
    let release: (() => Promise<void>) | undefined;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      release = await acquireLock(this.manifestFile);
    } catch (err) {
      if (!CANNOT_WRITE.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
      this.memoryOnly = true;
      return change(true);
    }
    let changed = false;
    try {
      await this.takeInDisk();
      await change(false);
      changed = true;
      await this.save();
      await removeStrays(this.dir, new Set(this.manifest.segments));
    } catch (err) {
      if (!CANNOT_WRITE.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
      // A full disk or a folder made read-only meanwhile: what is in memory still serves.
      this.memoryOnly = true;
      if (!changed) await change(true);
    } finally {
      await release().catch(() => {});
    }
  }

  /**
   * Gives `days` a new segment (written, or in memory for a cache we cannot write) and drops
   * the `gone` days (their files were deleted).
   */
  protected async indexDays(days: StampedDay[], gone: readonly string[] = []): Promise<void> {
    const built = days.length
      ? [await buildPart(this.dir, newName(), days.length, async (i) => days[i]!, this.memoryOnly)]
      : [];
    await this.commitBuilt(built, gone);
  }

  /**
   * Names built segments in the manifest, under the lock, for their days, and drops the
   * `gone` days; what is not committed is removed.
   */
  private async commitBuilt(built: BuiltSegment[], gone: readonly string[]): Promise<void> {
    try {
      await this.locked(async (memory) => {
        for (const d of gone) delete this.manifest.days[d];
        for (const b of built) {
          if (memory) b.mem ??= await this.recordsOf(b);
          else await commitSegment(this.dir, b);
          b.tmp = undefined;
          const { name, seg, offsets, crcs, mem } = b;
          const loaded = { name, seg, vocab: vocabOf(seg.vocab), offsets, crcs, mem };
          // In memory, the positions stay with the segment; on disk they are read from the
          // .seg a word at a time.
          if (memory || !b.pos)
            this.loaded.set(name, { ...loaded, posAt: -1, posCrcs: new Uint32Array() });
          else this.loaded.set(name, { ...loaded, ...b.pos, seg: withoutPositions(seg) });
          this.manifest.segments.push(name);
          for (const { date, stamp, ids, sources } of b.days)
            this.manifest.days[date] = { total: ids.length, ids, sources, seg: name, stamp };
        }
        this.aliveCache.clear(); // days moved to the new segments
        this.dropUnused();
        // A merge that fails (a damaged segment) waits: the next search finds and repairs it.
        if (!memory && this.manifest.segments.length > MAX_SEGMENTS)
          await this.compact().catch(() => {});
      });
    } finally {
      for (const b of built) await discardSegment(b);
    }
  }

  /** The records of a segment built on disk, for an index that turned out to live in memory. */
  private async recordsOf(b: BuiltSegment): Promise<Buffer> {
    const file = b.tmp?.rec ?? recFile(this.dir, b.name);
    const mem = await fsp.readFile(file);
    await discardSegment(b);
    return mem;
  }

  private async save(): Promise<void> {
    this.aliveCache.clear();
    await writeFileAtomic(this.manifestFile, serializeManifest(this.manifest));
    this.seen = await this.manifestStamp();
  }

  protected dropUnused(): void {
    const used = new Set(Object.values(this.manifest.days).map((d) => d.seg));
    this.manifest.segments = this.manifest.segments.filter((s) => used.has(s));
    for (const name of this.loaded.keys()) if (!used.has(name)) this.loaded.delete(name);
  }

  /**
   * Merges the small segments: the smallest ones that together hold less than half of the
   * next larger one (a rebuild leaves two big ones side by side), or all when there are none.
   */
  private async compact(): Promise<void> {
    const segs = await this.segments();
    const sorted = [...segs].sort((a, b) => b.seg.docDay.length - a.seg.docDay.length);
    const size = sorted.map((s) => s.seg.docDay.length);
    let from = 0;
    for (let i = sorted.length - 2, tail = size.at(-1)!; i >= 1; i--) {
      tail += size[i]!;
      if (tail * 2 < size[i - 1]!) from = i;
    }
    const pick = sorted.slice(from);
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

  /** Which papers of `s` are current; kept until the manifest changes. */
  protected alive(s: LoadedSegment): Uint8Array {
    let got = this.aliveCache.get(s.name);
    if (got) return got;
    const live = s.seg.days.map((d) => this.manifest.days[d]?.seg === s.name);
    got = Uint8Array.from(s.seg.docDay, (d) => (live[d] ? 1 : 0));
    this.aliveCache.set(s.name, got);
    return got;
  }

  /**
   * Every segment in memory. Throws IndexDamage for a damaged one and ENOENT for one another
   * process removed (the caller re-reads the manifest or repairs, then asks again).
   */
  protected async segments(): Promise<LoadedSegment[]> {
    for (const name of this.manifest.segments)
      if (!this.loaded.has(name)) this.loaded.set(name, await readSegment(this.dir, name));
    return this.manifest.segments.map((n) => this.loaded.get(n)!);
  }

  /**
   * Indexes these days from their files: read one at a time and streamed into a segment (two,
   * built side by side by worker threads, for a big rebuild), so a rebuild holds the index it
   * makes, never the papers. `gone` days leave the manifest. Interrupted, it leaves the
   * index as it was.
   */
  protected async reindex(dates: string[], gone: readonly string[] = []): Promise<void> {
    if (!dates.length && !gone.length) return;
    // Days count as done once read; the last is reported only when its segment is written.
    const report = progressReporter(path.dirname(this.dir), dates.length);
    report(0);
    let done = 0;
    const onDay = () => report(Math.min(++done, dates.length - 1));
    try {
      await this.commitBuilt(dates.length ? await this.build(dates, onDay) : [], gone);
    } finally {
      // Also when it failed: whoever shows progress must take it down.
      report(dates.length);
    }
  }

  /** Segments of these days' files, in worker threads when there are many. */
  private async build(dates: string[], onDay: () => void): Promise<BuiltSegment[]> {
    const workers = this.memoryOnly ? 0 : workersFor(this.store, dates.length);
    const inThread = () =>
      buildPart(
        this.dir,
        newName(),
        dates.length,
        (i) => readStamped(this.store, dates[i]!),
        this.memoryOnly,
        onDay,
      );
    try {
      if (!this.memoryOnly) await fsp.mkdir(this.dir, { recursive: true });
      if (workers === 0) return [await inThread()];
      const names = Array.from({ length: workers }, newName);
      // A worker that cannot start or dies: this thread does the work (a failing read fails
      // here again, and is thrown from here).
      return await buildInWorkers(this.store, this.dir, names, dates, onDay).catch(() =>
        inThread().then((b) => [b]),
      );
    } catch (err) {
      if (this.memoryOnly || !CANNOT_WRITE.has((err as NodeJS.ErrnoException).code ?? ''))
        throw err;
      // A cache we cannot write: the index lives in memory.
      this.memoryOnly = true;
      return [await inThread()];
    }
  }
}
