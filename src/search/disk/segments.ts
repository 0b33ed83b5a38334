// One search-index segment on disk: <name>.seg (the inverted index: a small JSON header, then
// the typed arrays as raw little-endian bytes, used in place once read) and <name>.rec (one
// JSON paper per line, read a line at a time when ranking needs a paper's text).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { buildSegment, type IndexedPaper, type Segment } from '../engine/index-core.js';
import {
  BLOB_NAMES,
  decodeSegment,
  encodeSegment,
  mergeSegments,
  type BlobName,
} from '../engine/segment.js';
import { vocabOf, type Vocab } from '../engine/vocab.js';
import { writeFileAtomic } from '../../library/atomic.js';

const MAGIC = 0x47455350; // "PSEG"
const FORMAT = 4; // 4: categories and topics indexed (search ranking, issue 14)
const PARTS = [...BLOB_NAMES, 'vocab', 'offsets'] as const;
type Part = (typeof PARTS)[number];

export interface LoadedSegment {
  name: string;
  seg: Segment;
  vocab: Vocab;
  /** Byte offset of each paper's line in the .rec file, plus the end. */
  offsets: Float64Array;
}

export const segFile = (dir: string, name: string) => path.join(dir, `${name}.seg`);
export const recFile = (dir: string, name: string) => path.join(dir, `${name}.rec`);

const pad8 = (n: number) => (n + 7) & ~7;
const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

async function writeIndex(dir: string, name: string, seg: Segment, offsets: Float64Array) {
  const { meta, blobs } = encodeSegment(seg);
  const parts: Record<Part, Uint8Array> = {
    ...blobs,
    vocab: Buffer.from(meta.vocab, 'utf8'),
    offsets: bytesOf(offsets),
  };
  const header = Buffer.from(
    JSON.stringify({ days: meta.days, sizes: PARTS.map((p) => parts[p].byteLength) }),
  );
  let size = pad8(12 + header.length);
  for (const p of PARTS) size += pad8(parts[p].byteLength);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(FORMAT, 4);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  let at = pad8(12 + header.length);
  for (const p of PARTS) {
    out.set(parts[p], at);
    at += pad8(parts[p].byteLength);
  }
  await writeFileAtomic(segFile(dir, name), out);
}

function offsetsOf(lines: string[]): Float64Array {
  const offsets = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++)
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(lines[i]!) + 1;
  return offsets;
}

export async function createSegment(
  dir: string,
  name: string,
  papers: IndexedPaper[],
): Promise<LoadedSegment> {
  const seg = buildSegment(papers);
  const lines = papers.map((p) => JSON.stringify(p));
  const offsets = offsetsOf(lines);
  // Records first: a .seg on disk always has its .rec.
  await writeFileAtomic(recFile(dir, name), lines.map((l) => `${l}\n`).join(''));
  await writeIndex(dir, name, seg, offsets);
  return { name, seg, vocab: vocabOf(seg.vocab), offsets };
}

/** Reads a segment's index; throws on anything that does not fit (the caller quarantines). */
export async function readSegment(dir: string, name: string): Promise<LoadedSegment> {
  const buf = await fsp.readFile(segFile(dir, name));
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== FORMAT)
    throw new Error('unknown segment format');
  const headerLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + headerLen).toString('utf8')) as {
    days?: unknown;
    sizes?: unknown;
  };
  const sizes = header.sizes;
  if (!Array.isArray(sizes) || sizes.length !== PARTS.length) throw new Error('bad segment header');
  const parts = {} as Record<Part, Uint8Array>;
  let at = pad8(12 + headerLen);
  PARTS.forEach((p, i) => {
    const n = sizes[i] as number;
    if (!Number.isInteger(n) || n < 0 || at + n > buf.length) throw new Error('bad segment size');
    parts[p] = new Uint8Array(buf.buffer, buf.byteOffset + at, n);
    at += pad8(n);
  });
  const blobs = Object.fromEntries(BLOB_NAMES.map((k) => [k, parts[k]])) as Record<
    BlobName,
    Uint8Array
  >;
  const vocab = Buffer.from(parts.vocab.buffer, parts.vocab.byteOffset, parts.vocab.byteLength);
  const seg = decodeSegment({ days: header.days, vocab: vocab.toString('utf8') }, blobs);
  const o = parts.offsets;
  const offsets =
    o.byteOffset % 8 === 0
      ? new Float64Array(o.buffer, o.byteOffset, o.byteLength / 8)
      : new Float64Array(o.slice().buffer);
  if (offsets.length !== seg.docDay.length + 1) throw new Error('segment offsets do not fit');
  return { name, seg, vocab: vocabOf(seg.vocab), offsets };
}

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
  const fd = fs.openSync(recFile(dir, s.name), 'r');
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
      fs.readSync(fd, buf, 0, end - start, start);
      for (let x = i; x < j; x++) {
        const d = docs[order[x]!]!;
        const from = s.offsets[d]! - start;
        const to = s.offsets[d + 1]! - start - 1;
        const line = buf.toString('utf8', from, to);
        out[order[x]!] = !keep || keep(line) ? (JSON.parse(line) as IndexedPaper) : undefined;
      }
      i = j;
    }
    return out;
  } finally {
    fs.closeSync(fd);
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
      const from = fs.openSync(recFile(dir, inputs[k]!.s.name), 'r');
      try {
        const buf = Buffer.alloc(o[last + 1]! - o[first]!);
        fs.readSync(from, buf, 0, buf.length, o[first]!);
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
  const { seg, origin } = mergeSegments(inputs.map((i) => ({ seg: i.s.seg, keep: i.keep })));
  const offsets = await copyRecords(dir, recFile(dir, name), origin, inputs);
  await writeIndex(dir, name, seg, offsets);
  return { name, seg, vocab: vocabOf(seg.vocab), offsets };
}
