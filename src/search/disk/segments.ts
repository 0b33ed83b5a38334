// One search-index segment on disk: <name>.seg (the inverted index: a small JSON header, then
// the typed arrays as raw little-endian bytes, used in place once read) and <name>.rec (one
// JSON paper per line, read a line at a time when ranking needs a paper's text). Both are
// checked as they are read (a CRC-32 of the .seg, one per record of the .rec): a damaged
// file throws IndexDamage, and the index rebuilds from the day files instead of answering
// from it.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Segment } from '../engine/index-core.js';
import { BLOB_NAMES, decodeSegment, encodeSegment, type BlobName } from '../engine/segment.js';
import { vocabOf, type Vocab } from '../engine/vocab.js';
import { writeFileAtomic } from '../../library/atomic.js';
import { crc32 } from './crc32.js';
import { isFileKindError, readRegularFile } from '../../library/read-file.js';

const MAGIC = 0x47455350; // "PSEG"
const FORMAT = 5; // 5: categories and topics indexed; CRC-32 over each part
/** Magic, format, header length, CRC-32 of everything after these 16 bytes. */
const PREFIX = 16;
const PARTS = [...BLOB_NAMES, 'vocab', 'offsets', 'crcs'] as const;
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

/** The bytes of a segment's .seg file. */
export function encodeIndex(seg: Segment, offsets: Float64Array, crcs: Uint32Array): Buffer {
  const { meta, blobs } = encodeSegment(seg);
  const parts: Record<Part, Uint8Array> = {
    ...blobs,
    vocab: Buffer.from(meta.vocab, 'utf8'),
    offsets: bytesOf(offsets),
    crcs: bytesOf(crcs),
  };
  const header = Buffer.from(
    JSON.stringify({ days: meta.days, sizes: PARTS.map((p) => parts[p].byteLength) }),
  );
  let size = pad8(PREFIX + header.length);
  for (const p of PARTS) size += pad8(parts[p].byteLength);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(FORMAT, 4);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, PREFIX);
  let at = pad8(PREFIX + header.length);
  for (const p of PARTS) {
    out.set(parts[p], at);
    at += pad8(parts[p].byteLength);
  }
  out.writeUInt32LE(crc32(out.subarray(PREFIX)), 12);
  return out;
}

export async function writeIndex(
  dir: string,
  name: string,
  seg: Segment,
  offsets: Float64Array,
  crcs: Uint32Array,
) {
  await writeFileAtomic(segFile(dir, name), encodeIndex(seg, offsets, crcs));
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
  let buf: Buffer;
  try {
    buf = await readRegularFile(segFile(dir, name));
  } catch (err) {
    if (isFileKindError(err)) throw new IndexDamage(name, (err as Error).message);
    throw err;
  }
  if (buf.length < PREFIX || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== FORMAT)
    throw damaged('has an unknown format');
  if (crc32(buf.subarray(PREFIX)) !== buf.readUInt32LE(12)) throw damaged('fails its checksum');
  const headerLen = buf.readUInt32LE(8);
  let header: { days?: unknown; sizes?: unknown };
  try {
    header = JSON.parse(buf.subarray(PREFIX, PREFIX + headerLen).toString('utf8')) as typeof header;
  } catch {
    throw damaged('has a broken header');
  }
  const sizes = header?.sizes;
  if (!Array.isArray(sizes) || sizes.length !== PARTS.length) throw damaged('has a bad header');
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
  const docs = seg.docDay.length;
  if (offsets.length !== docs + 1 || crcs.length !== docs)
    throw damaged('does not fit its records');
  const rec = await fsp.lstat(recFile(dir, name));
  if (!rec.isFile() || rec.size !== offsets[docs])
    throw new IndexDamage(name, `${name}.rec has the wrong size or kind`);
  return { name, seg, vocab: vocabOf(seg.vocab), offsets, crcs };
}
