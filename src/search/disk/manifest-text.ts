// manifest.json is rewritten on every change, and at 100k papers it is 1.5 MB of day entries
// of which a one-day update changes one: each entry's JSON is kept and reused while the
// entry is the same. The text is serializeManifest's to the byte (a test holds it to it).
import { crc32 } from './crc32.js';
import type { DayEntry, Manifest } from './manifest.js';

interface Kept {
  entry: DayEntry;
  /** The fields as they were serialized: an entry changed in place is serialized again. */
  seg: string;
  stamp: string;
  total: number;
  ids: string[];
  sources: string[];
  json: string;
}

export class ManifestText {
  private kept = new Map<string, Kept>();

  /** The file's text for `m`, as serializeManifest gives it. */
  of(m: Manifest): string {
    const next = new Map<string, Kept>();
    const parts: string[] = [];
    for (const [date, e] of Object.entries(m.days)) {
      let k = this.kept.get(date);
      if (!k || !same(k, e)) k = { ...e, entry: e, json: JSON.stringify(e) };
      next.set(date, k);
      parts.push(`${JSON.stringify(date)}:${k.json}`);
    }
    this.kept = next;
    const head = JSON.stringify({ format: m.format, segments: m.segments }).slice(0, -1);
    const text = `${head},"days":{${parts.join(',')}}}`;
    return `${text.slice(0, -1)},"check":${crc32(text)}}`;
  }
}

const same = (k: Kept, e: DayEntry) =>
  k.entry === e &&
  k.seg === e.seg &&
  k.stamp === e.stamp &&
  k.total === e.total &&
  k.ids === e.ids &&
  k.sources === e.sources;
