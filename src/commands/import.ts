// `papers import PATH... [--format F] [--date D] [--topic T] [--dry-run]`: reads digest pages
// into the day cache. Every file is parsed before anything is written, so a file that fails
// changes nothing; a day whose merged content equals what is cached is not rewritten, so
// importing the same file twice is a no-op.
import { isValidDate, type DayList, type Paper } from '../domain/paper.js';
import { IMPORT_FORMATS, isImportFormat, oneLine } from '../sources/import/index.js';
import type { DayStore, Output } from '../library/types.js';
import { createProgress, type StatusLine } from './progress.js';
import { expand, parseFile, STDIN, type ImportCommandOptions, type Parsed } from './import-read.js';
import { PendingDays } from './import-pending.js';

export type { ImportCommandOptions } from './import-read.js';

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

const MAX_WARNINGS = 10;

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

function checkOptions(paths: string[], opts: ImportCommandOptions): string | undefined {
  if (paths.length === 0) return 'give at least one file or folder to import';
  if (opts.format !== undefined && !isImportFormat(opts.format))
    return `unknown --format "${opts.format}"; one of ${IMPORT_FORMATS.join(', ')}`;
  if (opts.date !== undefined && !isValidDate(opts.date))
    return `--date "${opts.date}" is not a YYYY-MM-DD date`;
  return undefined;
}

function dayLabel(days: DayList[]): string {
  const dates = days.map((d) => d.date).sort();
  if (dates.length <= 1) return dates[0] ?? 'no day';
  return `${dates[0]}…${dates.at(-1)} (${dates.length} days)`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
