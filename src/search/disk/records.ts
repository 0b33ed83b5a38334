// The records of a segment (<name>.rec, one JSON paper per line): read a few at a time as
// ranking needs them, each checked against its CRC-32, and copied in bulk when segments merge.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { IndexedPaper } from '../engine/index-core.js';
import { mergeSegments } from '../engine/segment.js';
import { vocabOf } from '../engine/vocab.js';
import { crc32 } from './crc32.js';
import { OPEN_FLAGS } from '../../library/read-file.js';
import {
  allPositions,
  IndexDamage,
  recFile,
  withoutPositions,
  writeIndex,
  type LoadedSegment,
} from './segments.js';

/**
 * The stored papers at `docs` (ordinals), in that order. Read synchronously, nearby records in
 * one read: a batch is a few hundred small reads from the page cache, which the thread pool
 * would only slow down.
 */
export function readPapers(
  dir: string,
  s: LoadedSegment,
  docs: number[],
  keep?: (line: string) => boolean,
): (IndexedPaper | undefined)[] {
  const out: (IndexedPaper | undefined)[] = new Array(docs.length);
  const order = docs.map((_, i) => i).sort((a, b) => docs[a]! - docs[b]!);
  if (s.mem) {
    for (const [i, d] of docs.entries())
      out[i] = recordAt(s, d, s.mem.subarray(s.offsets[d]!, s.offsets[d + 1]! - 1), keep);
    return out;
  }
  const fd = fs.openSync(recFile(dir, s.name), OPEN_FLAGS);
  try {
    let buf = Buffer.alloc(65_536);
    for (let i = 0; i < order.length;) {
      // One read spans records next to each other, up to a few hundred KB.
      const start = s.offsets[docs[order[i]!]!]!;
      let j = i + 1;
      let end = s.offsets[docs[order[i]!]! + 1]!;
      for (; j < order.length; j++) {
        const d = docs[order[j]!]!;
        if (s.offsets[d]! - end > 512 || s.offsets[d + 1]! - start > 262_144) break;
        end = Math.max(end, s.offsets[d + 1]!);
      }
      if (end - start > buf.length) buf = Buffer.alloc(end - start);
      if (fs.readSync(fd, buf, 0, end - start, start) !== end - start)
        throw new IndexDamage(s.name, `${s.name}.rec is shorter than its index`);
      for (let x = i; x < j; x++) {
        const d = docs[order[x]!]!;
        const from = s.offsets[d]! - start;
        const to = s.offsets[d + 1]! - start - 1;
        out[order[x]!] = recordAt(s, d, buf.subarray(from, to), keep);
      }
      i = j;
    }
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

/** Record `d` from its bytes, checked against its CRC (a record that fails throws IndexDamage). */
function recordAt(
  s: LoadedSegment,
  d: number,
  bytes: Buffer,
  keep?: (line: string) => boolean,
): IndexedPaper | undefined {
  const bad = () => new IndexDamage(s.name, `record ${d} of ${s.name}.rec is damaged`);
  if (crc32(bytes) !== s.crcs[d]) throw bad();
  const line = bytes.toString('utf8');
  if (keep && !keep(line)) return undefined;
  try {
    return JSON.parse(line) as IndexedPaper;
  } catch {
    throw bad();
  }
}

/** Copies the kept records of each input, in order, into `out` (a few MB at a time). */
async function copyRecords(
  dir: string,
  out: string,
  origin: [number, number][],
  inputs: { s: LoadedSegment }[],
): Promise<Float64Array> {
  const offsets = new Float64Array(origin.length + 1);
  const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
  const fh = await fsp.open(tmp, 'w', 0o644);
  // A failed copy leaves no temporary file behind (stray removal only knows segment names).
  const failed = async (err: unknown) => {
    await fh.close().catch(() => {});
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw err;
  };
  try {
    for (let i = 0; i < origin.length;) {
      // A run of consecutive records of one input is one read.
      const [k, first] = origin[i]!;
      const o = inputs[k]!.s.offsets;
      let j = i + 1;
      while (
        j < origin.length &&
        origin[j]![0] === k &&
        origin[j]![1] === origin[j - 1]![1] + 1 &&
        o[origin[j]![1] + 1]! - o[first]! < 4 << 20
      )
        j++;
      const last = origin[j - 1]![1];
      const from = fs.openSync(recFile(dir, inputs[k]!.s.name), OPEN_FLAGS);
      try {
        const buf = Buffer.alloc(o[last + 1]! - o[first]!);
        if (fs.readSync(from, buf, 0, buf.length, o[first]!) !== buf.length)
          throw new IndexDamage(
            inputs[k]!.s.name,
            `${inputs[k]!.s.name}.rec is shorter than its index`,
          );
        await fh.write(buf);
      } finally {
        fs.closeSync(from);
      }
      for (let x = i; x < j; x++) {
        const d = origin[x]![1];
        offsets[x + 1] = offsets[x]! + (o[d + 1]! - o[d]!);
      }
      i = j;
    }
    await fh.sync();
    await fh.close();
    await fsp.rename(tmp, out);
  } catch (err) {
    return failed(err);
  }
  return offsets;
}

/** Merges segments into a new one on disk, keeping the papers `keep` marks in each. */
export async function mergeOnDisk(
  dir: string,
  name: string,
  inputs: { s: LoadedSegment; keep: Uint8Array }[],
): Promise<LoadedSegment> {
  const { seg, origin } = mergeSegments(
    inputs.map((i) => {
      const pos = allPositions(dir, i.s);
      const at = i.s.seg.posStart;
      const word = (t: number) => {
        const got = pos.subarray(at[t]!, at[t + 1]!);
        // A damaged word is not carried into the merged segment under a fresh checksum.
        if (!i.s.seg.pos && crc32(got) !== i.s.posCrcs[t])
          throw new IndexDamage(i.s.name, `the positions of a word in ${i.s.name}.seg are damaged`);
        return got;
      };
      return { seg: i.s.seg, keep: i.keep, pos: word };
    }),
  );
  const offsets = await copyRecords(dir, recFile(dir, name), origin, inputs);
  const crcs = Uint32Array.from(origin, ([k, d]) => inputs[k]!.s.crcs[d]!);
  const { posAt, posCrcs } = await writeIndex(dir, name, seg, offsets, crcs);
  const vocab = vocabOf(seg.vocab);
  return { name, seg: withoutPositions(seg), vocab, offsets, crcs, posAt, posCrcs };
}
