// Segments combined and stored: merging (compaction) and the typed arrays a segment is made
// of, for the store to write and read back as raw bytes.
import {
  Bytes,
  emptySegment,
  docCount,
  readEntry,
  withPostings,
  writeEntry,
  type Entry,
  type Segment,
} from './index-core.js';
import { memoryPositions, mergePositions, type PositionSource } from './positions.js';

/**
 * Concatenates segments, keeping only the papers `keep` marks (all when undefined). Returns
 * the new segment and, for each kept paper in order, [input index, old ordinal]. `pos` reads an
 * input's positions (those in memory when not given).
 */
export function mergeSegments(
  inputs: { seg: Segment; keep?: Uint8Array; pos?: PositionSource }[],
): {
  seg: Segment;
  origin: [number, number][];
} {
  const origin: [number, number][] = [];
  const remap = inputs.map(({ seg, keep }, s) => {
    const map = new Int32Array(docCount(seg)).fill(-1);
    for (let d = 0; d < map.length; d++) if (!keep || keep[d]) map[d] = origin.push([s, d]) - 1;
    return map;
  });
  const days = [...new Set(inputs.flatMap((i) => i.seg.days))].sort();
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const merged = emptySegment(origin.length, days);
  let shortLen = 0;
  for (const [s, d] of origin) {
    const { shortStart } = inputs[s]!.seg;
    shortLen += shortStart[d * 3 + 3]! - shortStart[d * 3]!;
  }
  merged.short = new Uint8Array(shortLen);
  shortLen = 0;
  origin.forEach(([s, d], nd) => {
    const src = inputs[s]!.seg;
    merged.docDay[nd] = dayIndex.get(src.days[src.docDay[d]!]!)!;
    merged.docPos[nd] = src.docPos[d]!;
    merged.norms.set(src.norms.subarray(d * 6, d * 6 + 6), nd * 6);
    merged.sums.set(src.sums.subarray(d * 3, d * 3 + 3), nd * 3);
    merged.counts.set(src.counts.subarray(d * 3, d * 3 + 3), nd * 3);
    const from = src.shortStart[d * 3]!;
    for (let j = 0; j < 3; j++)
      merged.shortStart[nd * 3 + j] = shortLen + src.shortStart[d * 3 + j]! - from;
    const to = src.shortStart[d * 3 + 3]!;
    merged.short.set(src.short.subarray(from, to), shortLen);
    shortLen += to - from;
  });
  merged.shortStart[origin.length * 3] = shortLen;
  const where = new Map<string, [number, number][]>();
  inputs.forEach(({ seg }, s) =>
    seg.vocab.forEach((w, t) => {
      const at = where.get(w);
      if (at) at.push([s, t]);
      else where.set(w, [[s, t]]);
    }),
  );
  const e: Entry = { delta: 0, mask: 0, counts: [0, 0, 0] };
  const vocab = [...where.keys()].sort();
  const seg = withPostings(merged, vocab, (w, out) => {
    let last = 0;
    for (const [s, t] of where.get(w)!) {
      const { postings, postStart } = inputs[s]!.seg;
      let doc = 0;
      for (let at = postStart[t]!; at < postStart[t + 1]!;) {
        at = readEntry(postings, at, e);
        doc += e.delta;
        const nd = remap[s]![doc]!;
        if (nd < 0) continue;
        writeEntry(out, nd - last, e.mask, e.counts);
        last = nd;
      }
    }
  });
  // A word whose every paper was dropped keeps an empty list: harmless, gone at next merge.
  const sources = inputs.map((i) => {
    const pos = i.pos ?? memoryPositions(i.seg);
    if (!pos) throw new Error('a segment to merge has no positions');
    return { seg: i.seg, pos };
  });
  return { seg: mergePositions(seg, sources, remap, where, new Bytes()), origin };
}

/** The typed arrays of a segment, for the store to write as binary; see `decodeSegment`. */
export function encodeSegment(seg: Segment): {
  meta: SegmentMeta;
  blobs: Record<BlobName, Uint8Array>;
} {
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return {
    meta: { days: seg.days, vocab: seg.vocab.join('\n') },
    blobs: {
      docDay: bytes(seg.docDay),
      docPos: bytes(seg.docPos),
      norms: bytes(seg.norms),
      sums: bytes(seg.sums),
      counts: seg.counts,
      postStart: bytes(seg.postStart),
      postings: seg.postings,
      short: seg.short,
      shortStart: bytes(seg.shortStart),
      posStart: bytes(seg.posStart),
    },
  };
}
/** The parts of a segment that are text (the store writes them as UTF-8). */
export interface SegmentMeta {
  days: string[];
  vocab: string;
}
export type BlobName =
  | 'docDay'
  | 'docPos'
  | 'norms'
  | 'sums'
  | 'counts'
  | 'postStart'
  | 'postings'
  | 'short'
  | 'shortStart'
  | 'posStart';
export const BLOB_NAMES: BlobName[] = [
  'docDay',
  'docPos',
  'norms',
  'sums',
  'counts',
  'postStart',
  'postings',
  'short',
  'shortStart',
  'posStart',
];

/** Rebuilds a segment from `encodeSegment`'s parts; throws when they do not fit together. */
export function decodeSegment(
  meta: { [K in keyof SegmentMeta]: unknown },
  blobs: Record<BlobName, Uint8Array>,
): Segment {
  if (!Array.isArray(meta.days) || typeof meta.vocab !== 'string')
    throw new Error('bad segment header');
  const view = <T>(
    C: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number },
    b: Uint8Array,
  ): T => {
    // Typed views need aligned offsets; copy when the blob is not aligned.
    const src = b.byteOffset % C.BYTES_PER_ELEMENT === 0 ? b : b.slice();
    if (src.byteLength % C.BYTES_PER_ELEMENT !== 0) throw new Error('bad segment blob length');
    return new C(src.buffer as ArrayBuffer, src.byteOffset, src.byteLength / C.BYTES_PER_ELEMENT);
  };
  const seg: Segment = {
    days: meta.days as string[],
    vocab: meta.vocab === '' ? [] : meta.vocab.split('\n'),
    docDay: view(Uint16Array, blobs.docDay),
    docPos: view(Uint16Array, blobs.docPos),
    norms: view(Uint16Array, blobs.norms),
    sums: view(Uint16Array, blobs.sums),
    counts: blobs.counts,
    postStart: view(Uint32Array, blobs.postStart),
    postings: blobs.postings,
    short: blobs.short,
    shortStart: view(Uint32Array, blobs.shortStart),
    posStart: view(Uint32Array, blobs.posStart),
  };
  const n = seg.docDay.length;
  const ok =
    seg.docPos.length === n &&
    seg.norms.length === n * 6 &&
    seg.sums.length === n * 3 &&
    seg.counts.length === n * 3 &&
    seg.postStart.length === seg.vocab.length + 1 &&
    seg.postStart[seg.vocab.length] === seg.postings.length &&
    seg.shortStart.length === n * 3 + 1 &&
    seg.shortStart[n * 3] === seg.short.length &&
    seg.posStart.length === seg.vocab.length + 1 &&
    seg.docDay.every((d) => d < seg.days.length);
  if (!ok) throw new Error('segment parts do not fit together');
  return seg;
}
