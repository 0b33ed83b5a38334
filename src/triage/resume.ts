// Where the reader was, and where it should open next time. Pure: no I/O.
import { SORT_ORDERS_WITH_FOR_YOU, type TriageSort } from './sorts.js';

export interface ResumePoint {
  /** The day shown, YYYY-MM-DD. */
  day: string;
  /** The selected paper on that day. */
  paperId?: string;
  sort: TriageSort;
  unreadOnly: boolean;
  /** Two-line rows with the one-line summary. */
  tldr: boolean;
  /** The newest cached day when this was saved: a newer one means new papers arrived. */
  newestDay: string;
}

export interface OpenAt {
  day: string;
  /** Only when reopening the same day: the paper to select (if it is still there). */
  paperId?: string;
  sort: TriageSort;
  unreadOnly: boolean;
  tldr: boolean;
  /** True when newer days arrived, so the newest day opened instead of the saved one. */
  jumpedToNewest: boolean;
}

/**
 * Reopen where the reader left off, unless newer days arrived since: then the newest day,
 * keeping sort and modes. A saved day that is no longer cached also opens the newest day.
 * `days` is ascending; undefined when there is nothing to open.
 */
export function resumeAt(saved: ResumePoint | undefined, days: string[]): OpenAt | undefined {
  const newest = days[days.length - 1];
  if (newest === undefined) return undefined;
  const modes = {
    sort: saved?.sort ?? 'listed',
    unreadOnly: saved?.unreadOnly ?? false,
    tldr: saved?.tldr ?? false,
  };
  if (!saved) return { day: newest, ...modes, jumpedToNewest: false };
  const arrived = newest > saved.newestDay;
  if (!arrived && days.includes(saved.day))
    return { day: saved.day, paperId: saved.paperId, ...modes, jumpedToNewest: false };
  return { day: newest, ...modes, jumpedToNewest: arrived };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A resume point read back from disk, or undefined when it is not one. */
export function parseResume(v: unknown): ResumePoint | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.day !== 'string' || !DATE.test(o.day)) return undefined;
  if (typeof o.newestDay !== 'string' || !DATE.test(o.newestDay)) return undefined;
  const sort = SORT_ORDERS_WITH_FOR_YOU.includes(o.sort as TriageSort)
    ? (o.sort as TriageSort)
    : 'listed';
  return {
    day: o.day,
    // An id is shown nowhere, only compared; still, keep it to what an id can be.
    paperId:
      typeof o.paperId === 'string' && /^[\w./-]{1,80}$/.test(o.paperId) ? o.paperId : undefined,
    sort,
    unreadOnly: o.unreadOnly === true,
    tldr: o.tldr === true,
    newestDay: o.newestDay,
  };
}
