// The day store commands and the reader use: the union of the cache (synced days) and the
// data dir (imported days, LLM summaries). See README "Where data lives".
import fsp from 'node:fs/promises';
import { identityKey, mergeDay, type DayList, type Paper } from '../domain/paper.js';
import { DiskDayStore } from './day-store.js';
import { splitDay } from './keep.js';
import type { StampedDayStore } from './types.js';

/** An empty day's file is ~100 bytes; no file holding a paper is this small. */
const EMPTY_DAY_MAX_BYTES = 1024;

/**
 * Reads merge the two folders (the cache's order first, papers only the data dir has
 * appended); writes split a day by what could be fetched again (keep.ts): deleting the cache
 * loses nothing that `papers sync` cannot bring back.
 */
export class LibraryDayStore implements StampedDayStore {
  readonly synced: DiskDayStore;
  readonly kept: DiskDayStore;
  /** Days whose file says they have no papers (weekends, holidays), learned as days are read. */
  private readonly counts = new Map<string, number>();

  constructor(
    cacheDir: string,
    dataDir: string,
    warn: (message: string) => void = () => {},
    /** Runs after each written day is on disk, with the merged day: the search index's hook. */
    private readonly onWrite?: (day: DayList) => Promise<void>,
    private readonly warnIndex: (message: string) => void = warn,
  ) {
    this.synced = new DiskDayStore(cacheDir, warn);
    this.kept = new DiskDayStore(dataDir, warn);
  }

  async listDays(): Promise<string[]> {
    const [a, b] = await Promise.all([this.synced.listDays(), this.kept.listDays()]);
    return [...new Set([...a, ...b])].sort();
  }

  async stamp(date: string): Promise<string | undefined> {
    const [a, b] = await Promise.all([this.synced.stamp(date), this.kept.stamp(date)]);
    return a === undefined && b === undefined ? undefined : `${a ?? '-'}+${b ?? '-'}`;
  }

  async readDay(date: string): Promise<DayList | undefined> {
    const [synced, kept] = await Promise.all([this.synced.readDay(date), this.kept.readDay(date)]);
    // updatedAt says how fresh the synced list is (the reader refreshes a stale one).
    const day =
      synced && kept
        ? { ...mergeDay(synced, kept).day, updatedAt: synced.updatedAt ?? kept.updatedAt }
        : (synced ?? kept);
    if (day) this.counts.set(date, day.papers.length);
    return day;
  }

  /** True when the day is recorded and has no papers (a sync found none). */
  async isEmpty(date: string): Promise<boolean> {
    const known = this.counts.get(date);
    if (known !== undefined) return known === 0;
    // A day with even one paper is larger than this; only small files are read to be sure.
    const sizes = await Promise.all(
      [this.synced, this.kept].map((s) =>
        fsp.stat(s.fileFor(date)).then(
          (st) => st.size,
          () => 0,
        ),
      ),
    );
    if (sizes.some((n) => n >= EMPTY_DAY_MAX_BYTES)) return false;
    const day = await this.readDay(date);
    return day !== undefined && day.papers.length === 0;
  }

  /** Every recorded day without papers: what day pickers skip and the days view dims. */
  async emptyDays(): Promise<Set<string>> {
    const days = await this.listDays();
    const flags = await Promise.all(days.map((d) => this.isEmpty(d)));
    return new Set(days.filter((_, i) => flags[i]));
  }

  /**
   * `imported` marks papers that came from a file: they are kept even when a sync could
   * fetch them (a saved daily_papers list). A paper kept once stays kept.
   */
  async writeDay(day: DayList, imported?: (p: Paper) => boolean): Promise<void> {
    const before = await this.kept.readDay(day.date);
    const keptKeys = new Set(before?.papers.map(identityKey));
    const { synced, kept } = splitDay(
      day,
      (p) => keptKeys.has(identityKey(p)) || (imported?.(p) ?? false),
    );
    // The data dir first: if the second write fails, nothing that cannot be fetched is lost.
    if (kept) await this.kept.writeDay(kept);
    if (synced) await this.synced.writeDay(synced);
    this.counts.set(day.date, day.papers.length);
    await this.onWrite?.(day).catch((err: Error) =>
      this.warnIndex(
        `the search index missed day ${day.date} (${err.message}); it catches up on the next search`,
      ),
    );
  }
}
