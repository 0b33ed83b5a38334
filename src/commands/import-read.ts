// Reading what `papers import` was given: files, a folder's files, or standard input, each
// capped in size, decoded as UTF-8 and parsed; a failure becomes a message, never a throw.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ImportError, oneLine, parseImport, type ImportResult } from '../sources/import/index.js';
import { FileKindError, readCapped, TooLargeError } from '../library/read-file.js';

export interface ImportCommandOptions {
  format?: string;
  date?: string;
  topic?: string;
  dryRun?: boolean;
}

/** The argument that means "read standard input". */
export const STDIN = '-';

export interface FileInput {
  /** As the user would recognise it: the argument, or folder/name for a folder's files. */
  name: string;
  file: string;
  /** Files found in a folder are skipped, not failed, when they are not digests at all. */
  inFolder: boolean;
}

export type Parsed =
  | { input: FileInput; ok: true; result: ImportResult }
  | { input: FileInput; ok: false; skipped: boolean; message: string };

// The largest real digest is under 1 MB; this leaves room for a month of JSONL.
const MAX_BYTES = 64 * 2 ** 20;
// Not digests at all: a folder may hold them beside the pages, and that is no failure.
const SKIPPABLE = new Set(['empty', 'binary', 'unknown-format', 'too-large']);

/** A file, or a folder's regular files (not recursive, no dot files); a message on failure. */
export async function expand(arg: string): Promise<FileInput[] | string> {
  try {
    const stat = await fsp.stat(arg);
    if (!stat.isDirectory())
      return [{ name: oneLine(arg), file: path.resolve(arg), inFolder: false }];
    const entries = await fsp.readdir(arg, { withFileTypes: true });
    const files: FileInput[] = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const file = path.join(arg, e.name);
      // A dangling link is not a file; the folder's other files still count.
      const isFile = e.isFile() || (e.isSymbolicLink() && (await isLinkToFile(file)));
      if (isFile) files.push({ name: oneLine(file), file: path.resolve(file), inFolder: true });
    }
    return files;
  } catch (err) {
    return fileError(err);
  }
}

export async function parseFile(
  input: FileInput,
  opts: ImportCommandOptions,
  readStdin?: (maxBytes: number) => Promise<Buffer>,
): Promise<Parsed> {
  const tooLarge = () =>
    new ImportError('too-large', `larger than ${MAX_BYTES / 2 ** 20} MB; not a digest page`);
  try {
    let bytes: Buffer;
    if (input.file === STDIN) {
      if (!readStdin) throw new Error('standard input is not available');
      bytes = await readStdin(MAX_BYTES).catch((err: unknown) => {
        throw err instanceof TooLargeError ? tooLarge() : err;
      });
    } else {
      // Counted while reading (a device's size says 0); a regular file's size is checked
      // first: a folder may hold a video or a disk image beside the pages.
      bytes = await readCapped(input.file, MAX_BYTES).catch((err: unknown) => {
        throw err instanceof TooLargeError ? tooLarge() : err;
      });
    }
    const text = decode(bytes);
    const result = parseImport(text, {
      format: opts.format as ImportResult['format'] | undefined,
      date: opts.date,
      topic: opts.topic,
      fileName: input.file === STDIN ? undefined : path.basename(input.file),
    });
    return { input, ok: true, result };
  } catch (err) {
    const skipped = input.inFolder && err instanceof ImportError && SKIPPABLE.has(err.code);
    return { input, ok: false, skipped, message: fileError(err) };
  }
}

async function isLinkToFile(file: string): Promise<boolean> {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}

function decode(bytes: Buffer): string {
  if (bytes.subarray(0, 8192).includes(0))
    throw new ImportError('binary', 'a binary file, not a text page');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('binary', 'not UTF-8 text (a binary file or another encoding)');
  }
}

export function fileError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (err instanceof FileKindError) return `is ${err.what}, not a file`;
  if (e.code === 'EISDIR') return 'is a folder';
  if (e.code === 'ELOOP') return 'is a symlink loop, not a file';
  return e instanceof Error ? e.message : String(err);
}
