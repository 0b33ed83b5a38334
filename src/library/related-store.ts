// The related-papers index on disk: <cache>/triage/related.bin, rebuilt from the term cache
// when any day changed since it was written. A JSON header (ids, dates, the days it was built
// from) and then the index's typed arrays as raw bytes, so opening it costs a read, not a build.
import path from 'node:path';
import { RelatedIndex, type RelatedParts } from '../triage/related.js';
import { writeFileAtomic } from './atomic.js';
import type { TermCache } from './term-cache.js';
import { readRegularFile } from './read-file.js';

// 2: terms held by one paper left out of the vectors (a file of format 1 is rebuilt).
const FORMAT = 2;
const ARRAYS = [
  'docStart',
  'docTerms',
  'docWeights',
  'postStart',
  'postDocs',
  'postWeights',
] as const;
type ArrayName = (typeof ARRAYS)[number];
const FLOAT: Record<ArrayName, boolean> = {
  docStart: false,
  docTerms: false,
  docWeights: true,
  postStart: false,
  postDocs: false,
  postWeights: true,
};

interface Header {
  format: typeof FORMAT;
  sig: string;
  ids: string[];
  dates: string[];
  lengths: Record<ArrayName, number>;
}

function encode(index: RelatedIndex, sig: string): Buffer {
  const parts = index.parts();
  const header: Header = {
    format: FORMAT,
    sig,
    ids: parts.ids,
    dates: parts.dates,
    lengths: Object.fromEntries(ARRAYS.map((a) => [a, parts[a].length])) as Header['lengths'],
  };
  let json = Buffer.from(JSON.stringify(header));
  // Pad so the arrays that follow start 4-byte aligned.
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  return Buffer.concat([
    size,
    json,
    ...ARRAYS.map((a) => Buffer.from(parts[a].buffer, parts[a].byteOffset, parts[a].byteLength)),
  ]);
}

function decode(buf: Buffer, sig: string): RelatedIndex | undefined {
  if (buf.length < 4) return undefined;
  const len = buf.readUInt32LE(0);
  if (4 + len > buf.length) return undefined;
  const header = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.sig !== sig) return undefined;
  if (!Array.isArray(header.ids) || !Array.isArray(header.dates)) return undefined;
  // Copied out so the arrays are aligned whatever offset Node gave the file's buffer.
  const body = new Uint8Array(buf.subarray(4 + len));
  let at = 0;
  const parts: Partial<RelatedParts> = { ids: header.ids, dates: header.dates };
  for (const a of ARRAYS) {
    const n = header.lengths?.[a];
    if (!Number.isInteger(n) || n < 0 || at + n * 4 > body.byteLength) return undefined;
    parts[a] = (
      FLOAT[a] ? new Float32Array(body.buffer, at, n) : new Int32Array(body.buffer, at, n)
    ) as never;
    at += n * 4;
  }
  return RelatedIndex.fromParts(parts as RelatedParts);
}

/** The index over every cached paper: read from disk when current, else built and saved. */
export async function openRelatedIndex(cache: TermCache): Promise<RelatedIndex> {
  const file = path.join(cache.dir, 'related.bin');
  const sig = await cache.signature();
  try {
    const index = decode(await readRegularFile(file), sig);
    if (index) return index;
  } catch {
    // Missing or damaged: derived data, built again below.
  }
  const builder = RelatedIndex.builder();
  for await (const d of cache.docs()) builder.add(d);
  const index = builder.finish();
  await writeFileAtomic(file, encode(index, sig)).catch(() => {});
  return index;
}
