// `papers import PATH... [--format F] [--date D] [--topic T] [--dry-run]`: reads digest pages
// into the day cache. Every file is parsed before anything is written, so a file that fails
// changes nothing; a day whose merged content equals what is cached is not rewritten, so
// importing the same file twice is a no-op.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { identityKey, isValidDate, mergeDay, type DayList, type Paper } from '../domain/paper.js';
import { sanitizePaper } from '../text/sanitize.js';
import {
  ImportError,
  IMPORT_FORMATS,
  isImportFormat,
  oneLine,
  parseImport,
  type ImportResult,
} from '../sources/import/index.js';
import type { DayStore, Output } from '../library/types.js';
import { createProgress, type StatusLine } from './progress.js';
import { FileKindError, readCapped, TooLargeError } from '../library/read-file.js';

export interface ImportCommandOptions {
  format?: string;
  date?: string;
  topic?: string;
  dryRun?: boolean;
}

export interface ImportDeps {
  /** `writeDay`'s second argument marks the papers this import brought (they are kept in
   *  the data folder even when a sync could fetch them). */
  store: DayStore & { writeDay(day: DayList, imported?: (p: Paper) => boolean): Promise<void> };
  io: Output;
  /** The clock for `updatedAt`; tests pin it. */
  now?: () => Date;
  /** What `papers import -` reads, up to `maxBytes` (more is an error, not a full memory). */
  readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** A live status line while many files are read (a terminal only). */
  status?: StatusLine;
}

/** The argument that means "read standard input". */
const STDIN = '-';

interface FileInput {
  /** As the user would recognise it: the argument, or folder/name for a folder's files. */
  name: string;
  file: string;
  /** Files found in a folder are skipped, not failed, when they are not digests at all. */
  inFolder: boolean;
}

type Parsed =
  | { input: FileInput; ok: true; result: ImportResult }
  | { input: FileInput; ok: false; skipped: boolean; message: string };

const MAX_WARNINGS = 10;
// The largest real digest is under 1 MB; this leaves room for a month of JSONL.
const MAX_BYTES = 64 * 2 ** 20;
// Not digests at all: a folder may hold them beside the pages, and that is no failure.
const SKIPPABLE = new Set(['empty', 'binary', 'unknown-format', 'too-large']);

export async function runImport(
  paths: string[],
  opts: ImportCommandOptions,
  deps: ImportDeps,
): Promise<number> {
  const { io } = deps;
  const usage = checkOptions(paths, opts);
  if (usage) {
    io.err(`papers import: ${usage}`);
    return 2;
  }
  const parsed: Parsed[] = [];
  const seen = new Set<string>();
  const progress = createProgress(io, deps.status);
  for (const arg of paths) {
    if (arg === STDIN) {
      if (seen.has(STDIN)) continue;
      seen.add(STDIN);
      const input = { name: 'stdin', file: STDIN, inFolder: false };
      parsed.push(await parseFile(input, opts, deps.readStdin));
      continue;
    }
    const found = await expand(arg);
    if (typeof found === 'string') {
      const input = { name: oneLine(arg), file: arg, inFolder: false };
      parsed.push({ input, ok: false, skipped: false, message: found });
      continue;
    }
    const todo = found.filter((f) => !seen.has(f.file));
    for (const [i, input] of todo.entries()) {
      seen.add(input.file);
      if (todo.length > 1) progress.update(`reading ${i + 1}/${todo.length} ${input.name}`);
      parsed.push(await parseFile(input, opts));
    }
  }
  progress.done();

  // Merge in memory, file by file, so each file's line can say what it added.
  const pending = new PendingDays(deps.store, (deps.now?.() ?? new Date()).toISOString());
  let imported = 0;
  let failed = 0;
  try {
    for (const p of parsed) {
      if (!p.ok) {
        io.err(`${p.input.name}: ${p.skipped ? 'skipped, ' : ''}${p.message}`);
        if (!p.skipped) failed++;
        continue;
      }
      const { format, days, warnings } = p.result;
      let [added, merged, papers] = [0, 0, 0];
      for (const day of days) {
        const n = await pending.merge(day);
        [added, merged, papers] = [added + n.added, merged + n.merged, papers + day.papers.length];
      }
      imported++;
      io.out(
        `${p.input.name}: ${format}, ${dayLabel(days)}, ${plural(papers, 'paper')} (${added} new, ${merged} merged), ${plural(warnings.length, 'warning')}`,
      );
      for (const w of warnings.slice(0, MAX_WARNINGS))
        io.err(`${p.input.name}: warning: ${oneLine(w)}`);
      if (warnings.length > MAX_WARNINGS)
        io.err(`${p.input.name}: … and ${warnings.length - MAX_WARNINGS} more warnings`);
    }
    if (imported === 0) {
      io.err('papers import: nothing could be imported');
      return 1;
    }
    const changed = pending.changed();
    if (!opts.dryRun)
      for (const [i, day] of changed.entries()) {
        if (changed.length > 1)
          progress.update(`writing day ${i + 1}/${changed.length} ${day.date}`);
        await deps.store.writeDay(day, (p) => pending.brought(day.date, p));
      }
    progress.done();
    const unchanged = pending.size - changed.length;
    io.out(
      `${opts.dryRun ? 'dry run: would write' : 'wrote'} ${plural(changed.length, 'day')}` +
        `${unchanged > 0 ? `, ${unchanged} unchanged` : ''}${failed > 0 ? `; ${plural(failed, 'file')} failed` : ''}`,
    );
  } catch (err) {
    // The cache itself failed (disk full, permissions): each day is written atomically, so the
    // days written before the failure are whole and the rest are as they were.
    progress.done();
    io.err(`papers import: ${(err as Error).message}`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

/** The touched days as cached before the import and as merged so far. */
class PendingDays {
  private readonly cached = new Map<string, DayList | undefined>();
  private readonly merged = new Map<string, DayList>();
  /** Identity keys of the papers the files brought, by day. */
  private readonly incoming = new Map<string, Set<string>>();

  constructor(
    private readonly store: DayStore,
    private readonly updatedAt: string,
  ) {}

  get size(): number {
    return this.merged.size;
  }

  async merge(day: DayList): Promise<{ added: number; merged: number }> {
    if (!this.cached.has(day.date)) this.cached.set(day.date, await this.store.readDay(day.date));
    const base = this.merged.get(day.date) ?? this.cached.get(day.date);
    // Merged as the store will hold them: a title id is matched on the title, and an escape
    // sequence in it would otherwise make the same paper look new on every import.
    const papers = day.papers.map(sanitizePaper);
    const keys = this.incoming.get(day.date) ?? new Set<string>();
    for (const p of papers) keys.add(identityKey(p));
    this.incoming.set(day.date, keys);
    const next = mergeDay(base, { ...day, papers, updatedAt: this.updatedAt });
    this.merged.set(day.date, next.day);
    return next;
  }

  /** Whether `p` (as merged into `date`) came from one of the files. Title-matched papers
   *  that took an arXiv id from the cache are matched on their title too. */
  brought(date: string, p: Paper): boolean {
    const keys = this.incoming.get(date);
    return (
      keys !== undefined && (keys.has(identityKey(p)) || keys.has(identityKey({ ...p, id: 't-' })))
    );
  }

  /** Days whose content differs from the cache; updatedAt alone is no change. */
  changed(): DayList[] {
    return [...this.merged.values()].filter((d) => !sameContent(this.cached.get(d.date), d));
  }
}

function checkOptions(paths: string[], opts: ImportCommandOptions): string | undefined {
  if (paths.length === 0) return 'give at least one file or folder to import';
  if (opts.format !== undefined && !isImportFormat(opts.format))
    return `unknown --format "${opts.format}"; one of ${IMPORT_FORMATS.join(', ')}`;
  if (opts.date !== undefined && !isValidDate(opts.date))
    return `--date "${opts.date}" is not a YYYY-MM-DD date`;
  return undefined;
}

/** A file, or a folder's regular files (not recursive, no dot files); a message on failure. */
async function expand(arg: string): Promise<FileInput[] | string> {
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

async function parseFile(
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

function fileError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (err instanceof FileKindError) return `is ${err.what}, not a file`;
  if (e.code === 'EISDIR') return 'is a folder';
  if (e.code === 'ELOOP') return 'is a symlink loop, not a file';
  return e instanceof Error ? e.message : String(err);
}

// Both sides are sanitized (incoming papers were, before merging), so equal content is equal.
// updatedAt changes on every run and is not content; JSON drops the undefined fields a merge
// leaves behind, which the cache never stores.
function sameContent(cached: DayList | undefined, next: DayList): boolean {
  if (!cached) return false;
  const strip = ({ updatedAt: _u, ...rest }: DayList) =>
    JSON.parse(JSON.stringify(rest)) as unknown;
  return isDeepStrictEqual(strip(cached), strip(next));
}

function dayLabel(days: DayList[]): string {
  const dates = days.map((d) => d.date).sort();
  if (dates.length <= 1) return dates[0] ?? 'no day';
  return `${dates[0]}…${dates.at(-1)} (${dates.length} days)`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
