// The days an import touches, merged in memory before anything is written: what each file
// added, which papers it brought, and which days changed at all.
import { isDeepStrictEqual } from 'node:util';
import { identityKey, mergeDay, type DayList, type Paper } from '../domain/paper.js';
import { sanitizePaper } from '../text/sanitize.js';
import type { DayStore } from '../library/types.js';

/** The touched days as cached before the import and as merged so far. */
export class PendingDays {
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

// Both sides are sanitized (incoming papers were, before merging), so equal content is equal.
// updatedAt changes on every run and is not content; JSON drops the undefined fields a merge
// leaves behind, which the cache never stores.
function sameContent(cached: DayList | undefined, next: DayList): boolean {
  if (!cached) return false;
  const strip = ({ updatedAt: _u, ...rest }: DayList) =>
    JSON.parse(JSON.stringify(rest)) as unknown;
  return isDeepStrictEqual(strip(cached), strip(next));
}
