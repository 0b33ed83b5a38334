// The on-disk side of the search index: the manifest (per-day summaries, which segment holds
// each day, the day file's size and mtime when indexed) and the segments. A written day gets a
// small segment of its own (its old entries stay behind, masked out); small segments are
// merged now and then; a segment that cannot be read is moved aside and its days re-indexed.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList } from '../../domain/paper.js';
import { toIndexed, type IndexedPaper } from '../engine/index-core.js';
import { setAside, writeFileAtomic } from '../../library/atomic.js';
import type { StampedDayStore } from '../../library/types.js';
import { createSegment, mergeOnDisk, readSegment, type LoadedSegment } from './segments.js';

export const FORMAT = 4; // 4: categories and topics indexed (issue 14)
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

export interface Manifest {
  format: number;
  segments: string[];
  days: Record<string, DayEntry>;
}

let serial = 0;
const newName = () =>
  `s${Date.now().toString(36)}${process.pid.toString(36)}${(serial++).toString(36)}`;
export const OLDER = new Error('an older index format');

export function validManifest(v: unknown): v is Manifest {
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

export class IndexStore {
  protected loaded = new Map<string, LoadedSegment>();
  protected aliveCache = new Map<string, Uint8Array>();
  /** size:mtime of manifest.json as last read or written here: another process changed it
   *  (and maybe deleted segments this one knew) when it differs. */
  protected seen = '';
  protected manifest: Manifest = { format: FORMAT, segments: [], days: {} };

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

  protected async stampOf(date: string): Promise<string | undefined> {
    return this.store.stamp(date);
  }

  protected async indexDays(days: DayList[]): Promise<void> {
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
    this.aliveCache.clear(); // days moved to the new segment
    await this.dropUnused();
    if (this.manifest.segments.length > MAX_SEGMENTS) await this.compact();
    await this.save();
    await this.removeStrays();
  }

  protected async save(): Promise<void> {
    this.aliveCache.clear();
    await writeFileAtomic(this.manifestFile, JSON.stringify(this.manifest));
    this.seen = await this.manifestStamp();
  }

  protected async dropUnused(): Promise<void> {
    const used = new Set(Object.values(this.manifest.days).map((d) => d.seg));
    this.manifest.segments = this.manifest.segments.filter((s) => used.has(s));
    for (const name of this.loaded.keys()) if (!used.has(name)) this.loaded.delete(name);
  }

  /** Merges every segment but the largest, or all when the rest has grown to half its size. */
  protected async compact(): Promise<void> {
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
  protected async removeStrays(): Promise<void> {
    const keep = new Set(this.manifest.segments);
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      const m = /^(s[0-9a-z]+)\.(seg|rec)$/.exec(n);
      if (m && !keep.has(m[1]!)) await fsp.rm(path.join(this.dir, n), { force: true });
    }
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

  /** Every segment in memory; a bad one is moved aside and its days re-indexed. */
  protected async segments(): Promise<LoadedSegment[]> {
    const bad: string[] = [];
    for (const name of this.manifest.segments) {
      if (this.loaded.has(name)) continue;
      try {
        this.loaded.set(name, await readSegment(this.dir, name));
      } catch (err) {
        bad.push(name);
        const file = path.join(this.dir, `${name}.seg`);
        const moved = fs.existsSync(file) ? setAside(file) : 'it was missing';
        this.warn(
          `a search index segment was unreadable (${(err as Error).message}); ${moved}, re-indexing its days`,
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

  protected async catchUpAfterLoss(): Promise<void> {
    const dates = Object.entries(this.manifest.days)
      .filter(([, e]) => e.stamp === '')
      .map(([d]) => d);
    await this.reindex(dates);
  }

  /**
   * Indexes these days from their files, a few thousand papers a segment: a rebuild of a big
   * cache never holds it all in memory. `always` indexes even when there is nothing to add
   * (days that went away still have to leave the manifest).
   */
  protected async reindex(dates: string[], always = false): Promise<void> {
    let days: DayList[] = [];
    let papers = 0;
    for (const d of dates) {
      const day = (await this.store.readDay(d)) ?? { date: d, papers: [], sources: [] };
      days.push(day);
      papers += day.papers.length;
      if (papers >= REBUILD_CHUNK) {
        await this.indexDays(days);
        [days, papers] = [[], 0];
      }
    }
    if (days.length || always) await this.indexDays(days);
  }
}
