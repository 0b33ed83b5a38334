// Reading files that may not be what their name says: a folder, a symlink loop, a FIFO (whose
// open or read would wait for a writer forever) or a device (whose size says 0 and whose
// content never ends). Files we keep are read only when they are regular files; an import
// path may be a pipe or a device, read with a byte count against the cap.
import fs from 'node:fs';
import fsp from 'node:fs/promises';

/** A path that is not a regular file (code ENOTREG, EISDIR or ELOOP); `message` names it. */
export class FileKindError extends Error {
  constructor(
    readonly file: string,
    readonly code: 'ENOTREG' | 'EISDIR' | 'ELOOP',
    /** "a folder", "a FIFO", "a symlink loop", … */
    readonly what: string,
  ) {
    super(`${file} is ${what}, not a regular file`);
    this.name = 'FileKindError';
  }
}

/** More bytes than the cap allows; `message` says how many. */
export class TooLargeError extends Error {
  readonly code = 'ETOOLARGE';
  constructor(
    readonly file: string,
    readonly maxBytes: number,
  ) {
    super(`${file} is larger than ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer. */
export const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kindOf(st: fs.Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

function kindError(file: string, st: fs.Stats): FileKindError | undefined {
  const what = kindOf(st);
  if (!what) return undefined;
  return new FileKindError(file, st.isDirectory() ? 'EISDIR' : 'ENOTREG', what);
}

function loopError(err: unknown, file: string): unknown {
  return (err as NodeJS.ErrnoException)?.code === 'ELOOP'
    ? new FileKindError(file, 'ELOOP', 'a symlink loop')
    : err;
}

/** True for the errors of this module and the raw ones they stand for. */
export function isFileKindError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return err instanceof FileKindError || code === 'EISDIR' || code === 'ELOOP';
}

/** A regular file's bytes; anything else throws FileKindError without blocking. */
export async function readRegularFile(file: string): Promise<Buffer> {
  let fh: fsp.FileHandle;
  try {
    fh = await fsp.open(file, OPEN_FLAGS);
  } catch (err) {
    throw loopError(err, file);
  }
  try {
    const bad = kindError(file, await fh.stat());
    if (bad) throw bad;
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** readRegularFile, synchronously (for the first frame's settings and state). */
export function readRegularFileSync(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (err) {
    throw loopError(err, file);
  }
  try {
    const bad = kindError(file, fs.fstatSync(fd));
    if (bad) throw bad;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An import path's bytes, at most `maxBytes` of them, counted as they are read: a device's
 * size says nothing (/dev/zero never ends). A pipe is read as data comes; a FIFO nobody
 * writes to reads as empty at once. A folder or a socket throws FileKindError.
 */
export async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
  let fh: fsp.FileHandle;
  try {
    fh = await fsp.open(file, OPEN_FLAGS);
  } catch (err) {
    throw loopError(err, file);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory() || st.isSocket()) throw kindError(file, st)!;
    if (st.isFile() && st.size > maxBytes) throw new TooLargeError(file, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        ({ bytesRead: n } = await fh.read(buf, 0, buf.length, null));
      } catch (err) {
        // A pipe with a writer but no data yet: wait for it.
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
          await sleep(10);
          continue;
        }
        throw err;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new TooLargeError(file, maxBytes);
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}
