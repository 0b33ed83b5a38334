// One search-index segment on disk: <name>.seg (the inverted index: a small JSON header, then
// the typed arrays as raw little-endian bytes, used in place once read) and <name>.rec (one
// JSON paper per line, read a line at a time when ranking needs a paper's text). Both are
// checked as they are read (a CRC-32 of the .seg, one per record of the .rec): a damaged
// file throws IndexDamage, and the index rebuilds from the day files instead of answering
// from it.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { buildSegment, type IndexedPaper, type Segment } from '../engine/index-core.js';
import { BLOB_NAMES, decodeSegment, encodeSegment, type BlobName } from '../engine/segment.js';
import { vocabOf, type Vocab } from '../engine/vocab.js';
import { writeFileAtomic } from '../../library/atomic.js';
import { crc32 } from './crc32.js';
import { FileKindError, isFileKindError, OPEN_FLAGS } from '../../library/read-file.js';

const MAGIC = 0x47455350; // "PSEG"
const FORMAT = 6; // 6: word positions in the long fields; 5: categories and topics indexed
/** Magic, format, header length, CRC-32 of the header and the parts (not the positions). */
const PREFIX = 16;
const PARTS = [...BLOB_NAMES, 'vocab', 'offsets', 'crcs', 'posCrcs'] as const;
type Part = (typeof PARTS)[number];

export interface LoadedSegment {
  name: string;
  seg: Segment;
  vocab: Vocab;
  /** Byte offset of each paper's line in the .rec file, plus the end. */
  offsets: Float64Array;
  /** CRC-32 of each paper's line (without its newline). */
  crcs: Uint32Array;
  /** The .rec content, for a segment kept in memory only (a read-only cache). */
  mem?: Buffer;
  /** Where the word positions start in the .seg (read a word at a time, not kept in memory;
   *  a segment kept in memory has them in seg.pos), and each word's CRC-32. */
  posAt: number;
  posCrcs: Uint32Array;
}

/** An index file that is not what was written: the caller rebuilds what it held. */
export class IndexDamage extends Error {
  constructor(
    readonly segment: string,
    message: string,
  ) {
    super(message);
    this.name = 'IndexDamage';
  }
}

export const segFile = (dir: string, name: string) => path.join(dir, `${name}.seg`);
export const recFile = (dir: string, name: string) => path.join(dir, `${name}.rec`);

const pad8 = (n: number) => (n + 7) & ~7;
const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Each word's CRC-32 over its positions. */
function positionCrcs(seg: Segment): Uint32Array {
  const out = new Uint32Array(seg.vocab.length);
  for (let t = 0; t < out.length; t++)
    out[t] = crc32(seg.pos!.subarray(seg.posStart[t]!, seg.posStart[t + 1]!));
  return out;
}

/** Writes a segment's .seg (its positions must be in memory); returns where they start and
 *  their CRCs. */
export async function writeIndex(
  dir: string,
  name: string,
  seg: Segment,
  offsets: Float64Array,
  crcs: Uint32Array,
): Promise<{ posAt: number; posCrcs: Uint32Array }> {
  const { meta, blobs } = encodeSegment(seg);
  const posCrcs = positionCrcs(seg);
  const parts: Record<Part, Uint8Array> = {
    ...blobs,
    vocab: Buffer.from(meta.vocab, 'utf8'),
    offsets: bytesOf(offsets),
    crcs: bytesOf(crcs),
    posCrcs: bytesOf(posCrcs),
  };
  const pos = seg.pos!;
  const header = Buffer.from(
    JSON.stringify({
      days: meta.days,
      sizes: PARTS.map((p) => parts[p].byteLength),
      pos: pos.byteLength,
    }),
  );
  let size = pad8(PREFIX + header.length);
  for (const p of PARTS) size += pad8(parts[p].byteLength);
  const posAt = size;
  const out = Buffer.alloc(size + pos.byteLength);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(FORMAT, 4);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, PREFIX);
  let at = pad8(PREFIX + header.length);
  for (const p of PARTS) {
    out.set(parts[p], at);
    at += pad8(parts[p].byteLength);
  }
  out.set(pos, posAt);
  out.writeUInt32LE(crc32(out.subarray(PREFIX, posAt)), 12);
  await writeFileAtomic(segFile(dir, name), out);
  return { posAt, posCrcs };
}

function offsetsOf(lines: string[]): Float64Array {
  const offsets = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++)
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(lines[i]!) + 1;
  return offsets;
}

/** Builds a segment of `papers` and writes it, or keeps it in memory when `memory` is set. */
export async function createSegment(
  dir: string,
  name: string,
  papers: IndexedPaper[],
  memory = false,
): Promise<LoadedSegment> {
  const seg = buildSegment(papers);
  const lines = papers.map((p) => JSON.stringify(p));
  const offsets = offsetsOf(lines);
  const crcs = Uint32Array.from(lines, (l) => crc32(l));
  const records = lines.map((l) => `${l}\n`).join('');
  const loaded = { name, seg, vocab: vocabOf(seg.vocab), offsets, crcs };
  if (memory)
    return { ...loaded, mem: Buffer.from(records, 'utf8'), posAt: -1, posCrcs: new Uint32Array() };
  // Records first: a .seg on disk always has its .rec.
  await writeFileAtomic(recFile(dir, name), records);
  return {
    ...loaded,
    ...(await writeIndex(dir, name, seg, offsets, crcs)),
    seg: withoutPositions(seg),
  };
}

/** The segment with its positions left on disk (read a word at a time as searches need). */
export const withoutPositions = (seg: Segment): Segment => ({ ...seg, pos: undefined });

/** Reads `length` bytes at `position` of an open file; fewer means the file is damaged. */
function readAt(fd: number, length: number, position: number): Buffer | undefined {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, buf, got, length - got, position + got);
    if (n === 0) return undefined;
    got += n;
  }
  return buf;
}

/**
 * Word positions of segment `s` (positions.ts), read from its .seg a word at a time and
 * checked against the word's CRC; a mismatch throws IndexDamage.
 */
export function positionReader(dir: string, s: LoadedSegment): (t: number) => Uint8Array {
  const inMemory = s.seg.pos;
  if (inMemory) return (t) => inMemory.subarray(s.seg.posStart[t]!, s.seg.posStart[t + 1]!);
  return (t) => {
    const from = s.seg.posStart[t]!;
    const length = s.seg.posStart[t + 1]! - from;
    const fd = fs.openSync(segFile(dir, s.name), OPEN_FLAGS);
    let got: Buffer | undefined;
    try {
      got = readAt(fd, length, s.posAt + from);
    } finally {
      fs.closeSync(fd);
    }
    if (!got || crc32(got) !== s.posCrcs[t])
      throw new IndexDamage(s.name, `the positions of a word in ${s.name}.seg are damaged`);
    return got;
  };
}

/** Every position of segment `s` in memory (for a merge). */
export function allPositions(dir: string, s: LoadedSegment): Uint8Array {
  if (s.seg.pos) return s.seg.pos;
  const length = s.seg.posStart[s.seg.vocab.length]!;
  const fd = fs.openSync(segFile(dir, s.name), OPEN_FLAGS);
  try {
    const got = readAt(fd, length, s.posAt);
    if (!got) throw new IndexDamage(s.name, `${s.name}.seg is shorter than its header says`);
    return got;
  } finally {
    fs.closeSync(fd);
  }
}

/** A typed array over `bytes`, copied when they are not aligned for it. */
function aligned<T>(
  bytes: Uint8Array,
  size: number,
  make: (b: ArrayBuffer, o: number, n: number) => T,
) {
  return bytes.byteOffset % size === 0
    ? make(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / size)
    : make(bytes.slice().buffer, 0, bytes.byteLength / size);
}

/**
 * Reads a segment's index and checks it against its CRC and its .rec file's size. Throws
 * IndexDamage on anything that does not fit; other errors (ENOENT: another process replaced
 * the index meanwhile) pass through.
 */
export async function readSegment(dir: string, name: string): Promise<LoadedSegment> {
  const damaged = (why: string) => new IndexDamage(name, `${name}.seg ${why}`);
  let got: { buf: Buffer; size: number };
  try {
    got = await readHead(segFile(dir, name));
  } catch (err) {
    if (isFileKindError(err)) throw new IndexDamage(name, (err as Error).message);
    throw err;
  }
  const { buf } = got;
  if (buf.length < PREFIX || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== FORMAT)
    throw damaged('has an unknown format');
  if (crc32(buf.subarray(PREFIX)) !== buf.readUInt32LE(12)) throw damaged('fails its checksum');
  const headerLen = buf.readUInt32LE(8);
  let header: { days?: unknown; sizes?: unknown; pos?: unknown };
  try {
    header = JSON.parse(buf.subarray(PREFIX, PREFIX + headerLen).toString('utf8')) as typeof header;
  } catch {
    throw damaged('has a broken header');
  }
  const sizes = header?.sizes;
  if (!Array.isArray(sizes) || sizes.length !== PARTS.length) throw damaged('has a bad header');
  if (got.size !== buf.length + (header.pos as number)) throw damaged('has a bad size');
  const parts = {} as Record<Part, Uint8Array>;
  let at = pad8(PREFIX + headerLen);
  PARTS.forEach((p, i) => {
    const n = sizes[i] as number;
    if (!Number.isInteger(n) || n < 0 || at + n > buf.length) throw damaged('has a bad size');
    parts[p] = new Uint8Array(buf.buffer, buf.byteOffset + at, n);
    at += pad8(n);
  });
  const blobs = Object.fromEntries(BLOB_NAMES.map((k) => [k, parts[k]])) as Record<
    BlobName,
    Uint8Array
  >;
  const vocab = Buffer.from(parts.vocab.buffer, parts.vocab.byteOffset, parts.vocab.byteLength);
  let seg: Segment;
  try {
    seg = decodeSegment({ days: header.days, vocab: vocab.toString('utf8') }, blobs);
  } catch (err) {
    throw damaged(`does not decode (${(err as Error).message})`);
  }
  const offsets = aligned(parts.offsets, 8, (b, o, n) => new Float64Array(b, o, n));
  const crcs = aligned(parts.crcs, 4, (b, o, n) => new Uint32Array(b, o, n));
  const posCrcs = aligned(parts.posCrcs, 4, (b, o, n) => new Uint32Array(b, o, n));
  const docs = seg.docDay.length;
  if (offsets.length !== docs + 1 || crcs.length !== docs)
    throw damaged('does not fit its records');
  if (posCrcs.length !== seg.vocab.length || seg.posStart[seg.vocab.length] !== header.pos)
    throw damaged('does not fit its positions');
  const rec = await fsp.lstat(recFile(dir, name));
  if (!rec.isFile() || rec.size !== offsets[docs])
    throw new IndexDamage(name, `${name}.rec has the wrong size or kind`);
  return { name, seg, vocab: vocabOf(seg.vocab), offsets, crcs, posAt: buf.length, posCrcs };
}

/**
 * The head of a .seg (everything but the positions, which are read a word at a time) and the
 * file's size. A file that is not a regular file throws FileKindError without blocking.
 */
async function readHead(file: string): Promise<{ buf: Buffer; size: number }> {
  const fh = await fsp.open(file, OPEN_FLAGS).catch((err: NodeJS.ErrnoException) => {
    throw err.code === 'ELOOP' ? new FileKindError(file, 'ELOOP', 'a symlink loop') : err;
  });
  try {
    const st = await fh.stat();
    if (!st.isFile()) {
      const what = st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : 'not a file';
      throw new FileKindError(file, st.isDirectory() ? 'EISDIR' : 'ENOTREG', what);
    }
    const prefix = Buffer.alloc(PREFIX);
    await fh.read(prefix, 0, PREFIX, 0);
    const headerLen = prefix.readUInt32LE(8);
    let head = Math.min(st.size, pad8(PREFIX + headerLen));
    const first = Buffer.alloc(head);
    await fh.read(first, 0, head, 0);
    let sizes: unknown;
    try {
      sizes = (
        JSON.parse(first.subarray(PREFIX, PREFIX + headerLen).toString('utf8')) as {
          sizes?: unknown;
        }
      ).sizes;
    } catch {
      return { buf: first, size: st.size }; // the checks that follow say what is wrong
    }
    if (!Array.isArray(sizes) || !sizes.every((n) => Number.isInteger(n) && n >= 0))
      return { buf: first, size: st.size };
    for (const n of sizes as number[]) head += pad8(n);
    head = Math.min(head, st.size);
    const buf = Buffer.alloc(head);
    const { bytesRead } = await fh.read(buf, 0, head, 0);
    return { buf: buf.subarray(0, bytesRead), size: st.size };
  } finally {
    await fh.close();
  }
}
