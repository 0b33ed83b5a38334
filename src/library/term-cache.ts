// Each cached paper's terms (what "for you" and related papers compare), kept on disk beside
// the day cache so no paper is tokenized twice: <cache>/triage/terms/<date>.json per day, and
// <cache>/triage/df.json with how many papers hold each term. Both are derived from the day
// files and rebuilt from them when missing, damaged or older than the day they describe.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DayList } from '../domain/paper.js';
import { paperTerms } from '../triage/terms.js';
import { TermCounts } from '../triage/vectors.js';
import type { RelatedDoc } from '../triage/related.js';
import { writeFileAtomic } from './atomic.js';
import { readRegularFile } from './read-file.js';

const FORMAT = 1;
/**
 * Document frequencies come from the newest days only: six months of papers say how common a
 * word is as well as ten years do, and a first "for you" on a 100k-paper library then reads
 * (not tokenizes) the older days.
 */
export const DF_DAYS = 180;

export interface TermSource {
  listDays(): Promise<string[]>;
  readDay(date: string): Promise<DayList | undefined>;
  /** Changes whenever the day's files change (size and time, over every file of the day). */
  stamp(date: string): Promise<string | undefined>;
}

/** One day's terms: a day-local vocabulary and, per paper, [term index, count, …]. */
interface DayTerms {
  format: 1;
  sig: string;
  vocab: string[];
  papers: [string, number[]][];
}

interface DfFile {
  format: 1;
  n: number;
  alpha: number;
  /** date → the day file's signature when last read, its paper ids, and whether its terms
   *  are in `df` (only the newest DF_DAYS days are). */
  days: Record<string, { sig: string; ids: string[]; counted?: boolean }>;
  df: [string, number][];
}

function encodeDay(day: DayList, sig: string): DayTerms {
  const index = new Map<string, number>();
  const papers = day.papers.map((p): [string, number[]] => {
    const flat: number[] = [];
    for (const [t, c] of paperTerms(p)) {
      let i = index.get(t);
      if (i === undefined) index.set(t, (i = index.size));
      flat.push(i, c);
    }
    return [p.id, flat];
  });
  return { format: FORMAT, sig, vocab: [...index.keys()], papers };
}

function decodePaper(vocab: string[], flat: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i += 2) out.set(vocab[flat[i]!]!, flat[i + 1]!);
  return out;
}

function isDayTerms(v: unknown): v is DayTerms {
  const o = v as DayTerms;
  return (
    typeof o === 'object' &&
    o !== null &&
    o.format === FORMAT &&
    typeof o.sig === 'string' &&
    Array.isArray(o.vocab) &&
    Array.isArray(o.papers)
  );
}

function isDfFile(v: unknown): v is DfFile {
  const o = v as DfFile;
  return (
    typeof o === 'object' &&
    o !== null &&
    o.format === FORMAT &&
    Number.isFinite(o.n) &&
    Number.isFinite(o.alpha) &&
    typeof o.days === 'object' &&
    o.days !== null &&
    Array.isArray(o.df)
  );
}

async function readJson(file: string): Promise<unknown> {
  try {
    // A FIFO or a folder in its place throws at once, like damage.
    return JSON.parse((await readRegularFile(file)).toString('utf8'));
  } catch {
    return undefined; // missing or damaged: derived data, made again
  }
}

export class TermCache {
  readonly dir: string;

  constructor(
    cacheDir: string,
    private readonly source: TermSource,
    /** How many of the newest days document frequencies are counted over. */
    private readonly dfDays = DF_DAYS,
  ) {
    this.dir = path.join(cacheDir, 'triage');
  }

  private termFile = (date: string) => path.join(this.dir, 'terms', `${date}.json`);
  private get dfFile() {
    return path.join(this.dir, 'df.json');
  }

  /** The day's stamp: a day written again gets new terms. */
  private sig(date: string): Promise<string | undefined> {
    return this.source.stamp(date).catch(() => undefined);
  }

  /** Every cached day and its files' stamp: changes whenever any day is written. */
  async signature(): Promise<string> {
    const days = await this.source.listDays();
    const sigs = await Promise.all(days.map((d) => this.sig(d)));
    return days.map((d, i) => `${d}=${sigs[i] ?? '-'}`).join(',');
  }

  /** A day's terms, from its term file when that is current, else made and saved. */
  async dayTerms(date: string): Promise<DayTerms | undefined> {
    const sig = await this.sig(date);
    if (sig === undefined) return undefined;
    const saved = await readJson(this.termFile(date));
    if (isDayTerms(saved) && saved.sig === sig) return saved;
    const day = await this.source.readDay(date);
    if (!day) return undefined;
    const made = encodeDay(day, sig);
    // A cache that cannot be written is only slower next time.
    await writeFileAtomic(this.termFile(date), JSON.stringify(made)).catch(() => {});
    return made;
  }

  /**
   * Document frequencies over every cached day, brought up to date: only days written since
   * the last count are read again.
   */
  async refresh(): Promise<TermCounts> {
    const saved = await readJson(this.dfFile);
    const old: DfFile | undefined = isDfFile(saved) ? saved : undefined;
    const stats = old ? TermCounts.fromEntries(old.n, old.df, old.alpha) : new TermCounts();
    const days: DfFile['days'] = old ? { ...old.days } : {};
    const all = await this.source.listDays();
    const counted = new Set(all.slice(-this.dfDays));
    let changed = !old;
    const fresh: Map<string, number>[] = [];
    for (const date of Object.keys(days)) {
      if (counted.has(date) || (all.includes(date) && !days[date]!.counted)) continue;
      // Gone from the cache, or aged out of the counted window.
      if (days[date]!.counted !== false) await this.uncount(date, days[date]!.sig, stats);
      delete days[date];
      changed = true;
    }
    for (const date of all) {
      const sig = await this.sig(date);
      const was = days[date];
      const want = counted.has(date);
      if (sig !== undefined && was?.sig === sig && (was.counted !== false) === want) continue;
      changed = true;
      if (was && was.counted !== false) await this.uncount(date, was.sig, stats);
      delete days[date];
      if (!want) {
        // Only the ids, to know which day holds a starred paper.
        const day = await this.source.readDay(date);
        if (day && sig) days[date] = { sig, ids: day.papers.map((p) => p.id), counted: false };
        continue;
      }
      const terms = await this.dayTerms(date);
      if (!terms) continue;
      for (const [, flat] of terms.papers) {
        const t = decodePaper(terms.vocab, flat);
        stats.add(t.keys());
        if (fresh.length < 3000) fresh.push(t);
      }
      days[date] = { sig: terms.sig, ids: terms.papers.map(([id]) => id), counted: true };
    }
    if (!changed) return stats;
    if (!old || old.n < 100) stats.calibrate(fresh);
    const file: DfFile = {
      format: FORMAT,
      n: stats.n,
      alpha: stats.alpha,
      days,
      df: [...stats.entries()],
    };
    await writeFileAtomic(this.dfFile, JSON.stringify(file)).catch(() => {});
    return stats;
  }

  /** Takes a day counted before out of `stats` (its old term file says what it held). */
  private async uncount(date: string, sig: string, stats: TermCounts): Promise<void> {
    const saved = await readJson(this.termFile(date));
    if (!isDayTerms(saved) || saved.sig !== sig) {
      // The old terms are gone: count everything again rather than drift.
      throw new StaleCounts();
    }
    for (const [, flat] of saved.papers) stats.add(decodePaper(saved.vocab, flat).keys(), -1);
  }

  /** Every cached paper's terms, a day at a time, oldest day first. */
  async *docs(dates?: string[]): AsyncGenerator<RelatedDoc> {
    for (const date of dates ?? (await this.source.listDays())) {
      const terms = await this.dayTerms(date);
      if (!terms) continue;
      for (const [id, flat] of terms.papers)
        yield { id, date, terms: decodePaper(terms.vocab, flat) };
    }
  }

  /** The days (from the last count) that hold any of `ids`. */
  async daysHolding(ids: Set<string>): Promise<string[]> {
    const saved = await readJson(this.dfFile);
    if (!isDfFile(saved)) return this.source.listDays();
    return Object.entries(saved.days)
      .filter(([, d]) => d.ids.some((id) => ids.has(id)))
      .map(([date]) => date);
  }
}

class StaleCounts extends Error {}

/** refresh(), counting from scratch when an old day's terms were lost. */
export async function documentFrequencies(cache: TermCache): Promise<TermCounts> {
  try {
    return await cache.refresh();
  } catch (err) {
    if (!(err instanceof StaleCounts)) throw err;
    await fsp.rm(path.join(cache.dir, 'df.json'), { force: true });
    return cache.refresh();
  }
}
