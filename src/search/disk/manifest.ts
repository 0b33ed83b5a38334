// The index manifest (manifest.json): which segment holds each day, the day's summary, and the
// day file's size and mtime when it was indexed. It is read back from disk, so it is checked
// like any input: a CRC-32 over its content, every field's type, and what is shown from it
// (dates, totals, ids, sources) is sanitized again on the way out.
import { isValidDate, type SourceName } from '../../domain/paper.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { knownSources } from '../../library/day-store.js';
import { crc32 } from './crc32.js';

export const FORMAT = 6; // 6: word positions; 5: categories and topics indexed, checksums
export const OLDER = new Error('an older index format');

export interface DayIndexSummary {
  date: string;
  total: number;
  ids: string[];
  sources: SourceName[];
}

export interface DayEntry {
  total: number;
  ids: string[];
  sources: string[];
  seg: string;
  /** size:mtime of the day file when it was indexed ('' = to be indexed again). */
  stamp: string;
}

export interface Manifest {
  format: number;
  segments: string[];
  days: Record<string, DayEntry>;
}

export const emptyManifest = (): Manifest => ({ format: FORMAT, segments: [], days: {} });

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const SEGMENT = /^s[0-9a-z]+$/;

function validEntry(d: unknown, segments: Set<string>): d is DayEntry {
  const e = d as DayEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    Number.isSafeInteger(e.total) &&
    e.total >= 0 &&
    isStrings(e.ids) &&
    e.ids.length === e.total &&
    isStrings(e.sources) &&
    typeof e.seg === 'string' &&
    segments.has(e.seg) &&
    typeof e.stamp === 'string'
  );
}

/** True for a manifest of this format whose every field has the type we wrote. */
export function validManifest(v: unknown): v is Manifest {
  const m = v as Manifest;
  if (typeof m !== 'object' || m === null || m.format !== FORMAT) return false;
  if (!isStrings(m.segments) || !m.segments.every((s) => SEGMENT.test(s))) return false;
  if (typeof m.days !== 'object' || m.days === null || Array.isArray(m.days)) return false;
  const segs = new Set(m.segments);
  return Object.entries(m.days).every(([date, d]) => isValidDate(date) && validEntry(d, segs));
}

const body = (m: Manifest) =>
  JSON.stringify({ format: m.format, segments: m.segments, days: m.days });

/** The file's text: the manifest plus a CRC-32 of its own serialization. */
export function serializeManifest(m: Manifest): string {
  const text = body(m);
  return `${text.slice(0, -1)},"check":${crc32(text)}}`;
}

/**
 * Parses manifest.json; throws OLDER for an older format (rebuilt quietly) and an Error
 * saying what is wrong otherwise.
 */
export function parseManifest(text: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const format = (parsed as Manifest | null)?.format;
  if (typeof format === 'number' && format < FORMAT) throw OLDER;
  if (!validManifest(parsed)) throw new Error('not an index manifest');
  const check = (parsed as { check?: unknown }).check;
  const m: Manifest = { format: FORMAT, segments: parsed.segments, days: parsed.days };
  if (check !== crc32(body(m))) throw new Error('its checksum does not match');
  return m;
}

/** Per-day summaries for display, ascending by date. Never throws, whatever the entries hold. */
export function daySummaries(m: Manifest): DayIndexSummary[] {
  const out: DayIndexSummary[] = [];
  for (const [date, d] of Object.entries(m.days)) {
    if (!isValidDate(date) || typeof d !== 'object' || d === null) continue;
    const ids = isStrings(d.ids) ? d.ids.map(sanitizeLine) : [];
    const total = Number.isSafeInteger(d.total) && d.total >= 0 ? d.total : ids.length;
    out.push({ date, total, ids, sources: knownSources(isStrings(d.sources) ? d.sources : []) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
