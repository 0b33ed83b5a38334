import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList, SourceName } from '../domain/paper.js';
import { sanitizePaper } from '../text/sanitize.js';
import { validateDay } from '../domain/validate.js';
import { setAside, writeFileAtomic } from './atomic.js';
import { isFileKindError, readRegularFile } from './read-file.js';
import type { DayStore } from './types.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

// A Record so that a new SourceName that is not listed here fails to compile.
const SOURCES: Record<SourceName, true> = {
  'hf-api': true,
  'hf-page': true,
  chatpaperfree: true,
  'arxiv-ai-jsonl': true,
  sample: true,
};

/** Source names from a file, reduced to the ones we know (they are shown as they are). */
export function knownSources(names: readonly string[]): SourceName[] {
  return names.filter((n): n is SourceName => Object.hasOwn(SOURCES, n));
}

/**
 * A day cleaned on its way in and again on its way out: a file may predate the sanitizer or
 * come from another tool, and it is shown as it is. Every store reads and writes through it.
 */
function cleanDay(day: DayList): DayList {
  return {
    ...day,
    sources: knownSources(day.sources),
    papers: day.papers.map((p) => {
      const clean = sanitizePaper(p); // a copy: setting its sources changes nothing else
      clean.sources = knownSources(p.sources);
      return clean;
    }),
  };
}

/** One JSON file per day under <cache>/days; a bad file is moved aside, never trusted. */
export class DiskDayStore implements DayStore {
  readonly dir: string;

  constructor(
    cacheDir: string,
    readonly warn: (message: string) => void = () => {},
    /** Runs after each written day is on disk: the search index's hook. */
    private readonly onWrite?: (day: DayList) => Promise<void>,
  ) {
    this.dir = path.join(cacheDir, 'days');
  }

  fileFor(date: string): string {
    return path.join(this.dir, `${date}.json`);
  }

  /** size:mtime of the day's file, or undefined without one: the search index's change check. */
  async stamp(date: string): Promise<string | undefined> {
    try {
      const st = await fsp.stat(this.fileFor(date));
      return `${st.size}:${Math.floor(st.mtimeMs)}`;
    } catch {
      return undefined;
    }
  }

  async listDays(): Promise<string[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return names
      .map((n) => DAY_FILE.exec(n)?.[1])
      .filter((d): d is string => d !== undefined)
      .sort();
  }

  async readDay(date: string): Promise<DayList | undefined> {
    const file = this.fileFor(date);
    let text: string;
    try {
      text = (await readRegularFile(file)).toString('utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      if (!isFileKindError(err)) throw err;
      // A folder, a FIFO or a symlink loop where the day file should be: out of the way, so
      // the day can be fetched again and no one waits on it.
      this.warn(
        `day ${date} was unreadable (${(err as Error).message}); ${setAside(file)}: run \`papers sync --date ${date}\` to fetch it again`,
      );
      return undefined;
    }
    try {
      return cleanDay(validateDay(JSON.parse(text), path.basename(file)));
    } catch (err) {
      this.warn(
        `day ${date} was unreadable (${(err as Error).message}); ${setAside(file)}: run \`papers sync --date ${date}\` to fetch it again`,
      );
      return undefined;
    }
  }

  async writeDay(day: DayList): Promise<void> {
    const clean = cleanDay(day);
    await writeFileAtomic(this.fileFor(day.date), JSON.stringify({ format: 1, ...clean }));
    // The day is safe on disk; an index that missed it catches up the next time it opens.
    await this.onWrite?.(clean).catch((err: Error) =>
      this.warn(
        `the search index missed day ${day.date} (${err.message}); it catches up on the next search`,
      ),
    );
  }
}

/** An in-memory store (tests use it in place of the disk). */
export class MemoryDayStore implements DayStore {
  private readonly days = new Map<string, DayList>();

  constructor(initial: DayList[] = []) {
    for (const d of initial) this.days.set(d.date, structuredClone(d));
  }

  async listDays(): Promise<string[]> {
    return [...this.days.keys()].sort();
  }

  async readDay(date: string): Promise<DayList | undefined> {
    const d = this.days.get(date);
    return d ? structuredClone(d) : undefined;
  }

  async writeDay(day: DayList): Promise<void> {
    this.days.set(day.date, structuredClone(cleanDay(day)));
  }
}
