// Saves per-paper results into their days while a long command runs, so Ctrl-C or a crash
// loses at most the papers still in flight. Each write re-reads the day and applies every
// result so far: a sync that updated upvotes in the meantime is kept, not overwritten.
import { identityKey, type DayList, type Paper } from '../domain/paper.js';
import type { DayStore } from './types.js';

export type ApplyResult = (paper: Paper) => Paper;

export class DayWriter {
  private readonly results = new Map<string, Map<string, ApplyResult>>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly queued = new Set<string>();
  /** The first write that failed; later results are still attempted. */
  error: unknown;

  constructor(private readonly store: DayStore) {}

  /** Records how to update one paper of `date` and schedules a write of that day. */
  add(date: string, paper: Pick<Paper, 'id' | 'title'>, apply: ApplyResult): void {
    const forDay = this.results.get(date) ?? new Map<string, ApplyResult>();
    forDay.set(identityKey(paper), apply);
    this.results.set(date, forDay);
    // One write waiting per day is enough: it will pick up everything added before it runs.
    if (this.queued.has(date)) return;
    this.queued.add(date);
    const previous = this.chains.get(date) ?? Promise.resolve();
    this.chains.set(
      date,
      previous
        .then(() => {
          this.queued.delete(date);
          return this.write(date);
        })
        .catch((err: unknown) => {
          this.error ??= err;
        }),
    );
  }

  private async write(date: string): Promise<void> {
    const day: DayList | undefined = await this.store.readDay(date);
    const forDay = this.results.get(date);
    if (!day || !forDay) return;
    const papers = day.papers.map((p) => forDay.get(identityKey(p))?.(p) ?? p);
    await this.store.writeDay({ ...day, papers });
  }

  /** Resolves when every scheduled write has finished (or failed; see `error`). */
  async flush(): Promise<void> {
    // Writes added while waiting extend the chains; wait until no chain has grown.
    for (;;) {
      const tails = [...this.chains.values()];
      await Promise.all(tails);
      const now = [...this.chains.values()];
      if (now.length === tails.length && now.every((t, i) => t === tails[i])) return;
    }
  }
}
