import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** A disk error turned into one line a user can act on. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function describeFsError(err: unknown, file: string): StoreError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the file system is read-only'
          : ((err as Error)?.message ?? String(err));
  return new StoreError(`cannot write ${file}: ${why}`, code);
}

/**
 * Writes via a temp file in the same directory, fsync, then rename: a reader sees the old
 * file or the new one, never half of either, even on ENOSPC or a crash mid-write.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.mkdir(dir, { recursive: true });
    const fh = await fsp.open(tmp, 'w', 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw describeFsError(err, file);
  }
}

export function writeFileAtomicSync(file: string, data: string, mode = 0o644): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(tmp, 'w', mode);
    try {
      fs.writeFileSync(fd, data, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw describeFsError(err, file);
  }
}

/** Moves a bad file aside (never deletes it) and returns where it went. */
export function quarantine(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  fs.renameSync(file, target);
  return target;
}

/**
 * quarantine() for a warning: "moved it to …", or why it could not (a read-only folder must
 * not stop the program; the bad file is then ignored where it is).
 */
export function setAside(file: string): string {
  try {
    return `moved it to ${quarantine(file)}`;
  } catch (err) {
    return `could not move it aside (${describeFsError(err, file).message}), so it is ignored`;
  }
}
