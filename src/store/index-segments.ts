// One search-index segment on disk: <name>.seg (the inverted index as JSON with base64 typed
// arrays, plus byte offsets into the records) and <name>.rec (one JSON paper per line, read
// a line at a time when ranking needs a paper's text).
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  BLOB_NAMES,
  buildSegment,
  decodeSegment,
  encodeSegment,
  mergeSegments,
  type BlobName,
  type IndexedPaper,
  type Segment,
} from '../core/search-index.js';
import { vocabOf, type Vocab } from '../core/search-vocab.js';
import { writeFileAtomic } from './atomic.js';

const FORMAT = 1;

export interface LoadedSegment {
  name: string;
  seg: Segment;
  vocab: Vocab;
  /** Byte offset of each paper's line in the .rec file, plus the end. */
  offsets: Float64Array;
}

export const segFile = (dir: string, name: string) => path.join(dir, `${name}.seg`);
export const recFile = (dir: string, name: string) => path.join(dir, `${name}.rec`);

const b64 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
const unb64 = (s: unknown) => {
  if (typeof s !== 'string') throw new Error('bad segment blob');
  const buf = Buffer.from(s, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
};

/** Writes a segment built from `lines` (the papers' JSON, in segment order). */
async function writeSegment(
  dir: string,
  name: string,
  seg: Segment,
  lines: string[],
): Promise<LoadedSegment> {
  const offsets = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++)
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(lines[i]!) + 1;
  const { meta, blobs } = encodeSegment(seg);
  const blobText = Object.fromEntries(BLOB_NAMES.map((k) => [k, b64(blobs[k])]));
  // Records first: a .seg on disk always has its .rec.
  await writeFileAtomic(recFile(dir, name), lines.map((l) => `${l}\n`).join(''));
  await writeFileAtomic(
    segFile(dir, name),
    JSON.stringify({
      format: FORMAT,
      meta,
      blobs: blobText,
      offsets: b64(new Uint8Array(offsets.buffer)),
    }),
  );
  return { name, seg, vocab: vocabOf(seg.vocab), offsets };
}

export async function createSegment(
  dir: string,
  name: string,
  papers: IndexedPaper[],
): Promise<LoadedSegment> {
  return writeSegment(
    dir,
    name,
    buildSegment(papers),
    papers.map((p) => JSON.stringify(p)),
  );
}

/** Reads a segment's index; throws on anything that does not fit (the caller quarantines). */
export async function readSegment(dir: string, name: string): Promise<LoadedSegment> {
  const raw = JSON.parse(await fsp.readFile(segFile(dir, name), 'utf8')) as Record<string, unknown>;
  if (raw.format !== FORMAT || typeof raw.blobs !== 'object' || raw.blobs === null)
    throw new Error('unknown segment format');
  const text = raw.blobs as Record<string, unknown>;
  const blobs = Object.fromEntries(BLOB_NAMES.map((k) => [k, unb64(text[k])])) as Record<
    BlobName,
    Uint8Array
  >;
  const seg = decodeSegment(raw.meta as { days: unknown; vocab: unknown }, blobs);
  const o = unb64(raw.offsets).slice();
  const offsets = new Float64Array(o.buffer, 0, o.byteLength / 8);
  if (offsets.length !== seg.docDay.length + 1) throw new Error('segment offsets do not fit');
  return { name, seg, vocab: vocabOf(seg.vocab), offsets };
}

/** The stored papers at `docs` (ordinals), in that order. */
export async function readPapers(
  dir: string,
  s: LoadedSegment,
  docs: number[],
): Promise<IndexedPaper[]> {
  const fh = await fsp.open(recFile(dir, s.name), 'r');
  try {
    return await Promise.all(
      docs.map(async (d) => {
        const start = s.offsets[d]!;
        const buf = Buffer.alloc(s.offsets[d + 1]! - start - 1);
        await fh.read(buf, 0, buf.length, start);
        return JSON.parse(buf.toString('utf8')) as IndexedPaper;
      }),
    );
  } finally {
    await fh.close();
  }
}

/** Merges segments into a new one on disk, keeping the papers `keep` marks in each. */
export async function mergeOnDisk(
  dir: string,
  name: string,
  inputs: { s: LoadedSegment; keep: Uint8Array }[],
): Promise<LoadedSegment> {
  const { seg, origin } = mergeSegments(inputs.map((i) => ({ seg: i.s.seg, keep: i.keep })));
  const texts = await Promise.all(inputs.map((i) => fsp.readFile(recFile(dir, i.s.name))));
  const lines = origin.map(([k, d]) => {
    const o = inputs[k]!.s.offsets;
    return texts[k]!.subarray(o[d]!, o[d + 1]! - 1).toString('utf8');
  });
  return writeSegment(dir, name, seg, lines);
}
