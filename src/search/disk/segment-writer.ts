// One segment built from whole days as they are read (the rebuild's way; see index-build.ts):
// each day's papers go through the streaming builder and their records straight to a
// temporary .rec file, so a rebuild holds the index it makes, never the papers. The files
// keep temporary names (a killed rebuild leaves strays, removed later) until `commit`, which
// the store runs under its lock as it names the segment in the manifest.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList, SourceName } from '../../domain/paper.js';
import { toIndexed, type Segment } from '../engine/index-core.js';
import { SegmentBuilder } from '../engine/segment-builder.js';
import { crc32 } from './crc32.js';
import { encodeIndex, recFile, segFile, type PositionsAt } from './segments.js';

/** A day as the manifest records it. */
export interface BuiltDay {
  date: string;
  stamp: string;
  ids: string[];
  sources: SourceName[];
}

/**
 * A built segment: its parts (with its word positions in memory), its days, and where its
 * files wait (or its records, in memory); `pos`: where the positions are in the .seg written.
 */
export interface BuiltSegment {
  name: string;
  seg: Segment;
  pos?: PositionsAt;
  offsets: Float64Array;
  crcs: Uint32Array;
  days: BuiltDay[];
  /** Temporary .rec and .seg files, renamed into place by `commitSegment`. */
  tmp?: { rec: string; seg: string };
  mem?: Buffer;
}

const tmpOf = (file: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);

export class SegmentWriter {
  private readonly builder = new SegmentBuilder();
  private offsets = new Float64Array(1024);
  private crcs = new Uint32Array(1024);
  private bytes = 0;
  private readonly chunks: Buffer[] = [];
  private readonly days: BuiltDay[] = [];

  private constructor(
    private readonly dir: string,
    readonly name: string,
    private readonly fh?: fsp.FileHandle,
    private readonly tmpRec?: string,
  ) {}

  /** A writer to temporary files in `dir`, or (`memory`) one that keeps its records. */
  static async open(dir: string, name: string, memory: boolean): Promise<SegmentWriter> {
    if (memory) return new SegmentWriter(dir, name);
    const tmp = tmpOf(recFile(dir, name));
    return new SegmentWriter(dir, name, await fsp.open(tmp, 'w', 0o644), tmp);
  }

  /** Adds a day (`stamp`: its file's size:mtime, taken before it was read). */
  async add(day: DayList, stamp: string): Promise<void> {
    const lines: string[] = [];
    for (const p of day.papers) {
      const rec = toIndexed({ ...p, date: day.date });
      this.builder.add(rec);
      lines.push(JSON.stringify(rec));
    }
    this.days.push({
      date: day.date,
      stamp,
      ids: day.papers.map((p) => p.id),
      sources: day.sources,
    });
    if (!lines.length) return;
    // JSON has no raw newline: each line ends at the next 0x0a.
    const buf = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    const n = this.builder.size;
    if (n + 1 > this.offsets.length) {
      const o = new Float64Array(Math.max(n + 1, this.offsets.length * 2));
      o.set(this.offsets);
      this.offsets = o;
      const c = new Uint32Array(o.length);
      c.set(this.crcs);
      this.crcs = c;
    }
    let d = n - lines.length;
    for (let at = 0; at < buf.length; d++) {
      const end = buf.indexOf(10, at);
      this.crcs[d] = crc32(buf.subarray(at, end));
      this.offsets[d + 1] = this.bytes + end + 1;
      at = end + 1;
    }
    this.bytes += buf.length;
    if (this.fh) await this.fh.write(buf);
    else this.chunks.push(buf);
  }

  /** Writes the index to its temporary file (records are already there). */
  async finish(): Promise<BuiltSegment> {
    const n = this.builder.size;
    const seg = this.builder.finish();
    const offsets = this.offsets.slice(0, n + 1);
    const crcs = this.crcs.slice(0, n);
    const built = { name: this.name, seg, offsets, crcs, days: this.days };
    if (!this.fh) return { ...built, mem: Buffer.concat(this.chunks) };
    await this.fh.sync();
    await this.fh.close();
    const tmpSeg = tmpOf(segFile(this.dir, this.name));
    let pos: PositionsAt;
    try {
      const { head, pos: bytes, posAt, posCrcs } = encodeIndex(seg, offsets, crcs);
      pos = { posAt, posCrcs };
      const fh = await fsp.open(tmpSeg, 'w', 0o644);
      try {
        // The positions are the file's tail, written from where they are (tens of MB at 100k).
        await fh.writeFile(head);
        await fh.writeFile(bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (err) {
      await discardSegment({ tmp: { rec: this.tmpRec!, seg: tmpSeg } });
      throw err;
    }
    return { ...built, pos, tmp: { rec: this.tmpRec!, seg: tmpSeg } };
  }

  /** Closes and removes what was written (a failed or abandoned build). */
  async abort(): Promise<void> {
    await this.fh?.close().catch(() => {});
    if (this.tmpRec) await fsp.rm(this.tmpRec, { force: true }).catch(() => {});
  }
}

/** Puts a built segment's files in place: records first, so a .seg always has its .rec. */
export async function commitSegment(dir: string, b: BuiltSegment): Promise<void> {
  if (!b.tmp) return;
  await fsp.rename(b.tmp.rec, recFile(dir, b.name));
  await fsp.rename(b.tmp.seg, segFile(dir, b.name));
}

/** Removes a built segment's temporary files (a build that is not committed). */
export async function discardSegment(b: Pick<BuiltSegment, 'tmp'>): Promise<void> {
  if (!b.tmp) return;
  await fsp.rm(b.tmp.rec, { force: true }).catch(() => {});
  await fsp.rm(b.tmp.seg, { force: true }).catch(() => {});
}
