// V8's compiled code for the CLI bundle, kept between runs (Node 20 has no compile cache for
// ES modules; node:vm's Script takes and makes cached data). A cache is only ever a speed-up:
// a missing, stale, foreign or damaged file is ignored and written again, and a file that
// cannot be written is not an error.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MAGIC = 'papers-code-cache 1';

/**
 * What a cache must have been made for: this bundle (its build id), this Node and V8, this
 * machine. V8 checks its own version and flags but, of the source, only the length.
 */
export function cacheKey(buildId: string): string {
  return [buildId, process.version, process.versions.v8, process.arch, process.platform].join(' ');
}

/** CRC-32 of the data; undefined where Node has no zlib.crc32 (before 20.15): no cache then. */
function checksum(data: Uint8Array): number | undefined {
  const crc32 = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  return crc32 ? crc32(data) : undefined;
}

/** The cached data in `file` when it was made for `key` and is whole; otherwise undefined. */
export function readCodeCache(file: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const eol = bytes.indexOf(10);
  if (eol < 0 || eol > 1024) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(0, eol).toString('utf8'));
  } catch {
    return undefined;
  }
  const h = header as { magic?: unknown; key?: unknown; length?: unknown; crc?: unknown };
  const data = bytes.subarray(eol + 1);
  if (h.magic !== MAGIC || h.key !== key || h.length !== data.length) return undefined;
  const crc = checksum(data);
  return crc !== undefined && crc === h.crc ? data : undefined;
}

/**
 * Writes the cache through a temp file and a rename, so two starts writing at once leave
 * one whole file. False when it could not be written (read-only folder, full disk, …).
 */
export function writeCodeCache(file: string, key: string, data: Uint8Array): boolean {
  const crc = checksum(data);
  if (crc === undefined) return false;
  const header = `${JSON.stringify({ magic: MAGIC, key, length: data.length, crc })}\n`;
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(header), data]), { mode: 0o644 });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was written, or the folder is read-only
    }
    return false;
  }
}
