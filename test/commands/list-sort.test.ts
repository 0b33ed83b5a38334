import { describe, expect, it } from 'vitest';
import { selectPapers } from '../../src/commands/list.js';
import type { Context } from '../../src/library/context.js';
import { makePaper, type DayList } from '../../src/domain/paper.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';

const day = (date: string, votes: number[]): DayList => ({
  date,
  sources: ['hf-api'],
  papers: votes.map((v, i) => makePaper({ title: `${date} #${i}`, date, upvotes: v })),
});

describe('list --sort', () => {
  it('orders every cached day together with --all, and leaves the order alone without --sort', async () => {
    const days = [day('2025-10-01', [5, 50]), day('2025-10-02', [20, 1])];
    const ctx = {
      store: {
        listDays: async () => days.map((d) => d.date),
        readDay: async (date: string) => days.find((d) => d.date === date),
      },
      settings: DEFAULT_SETTINGS,
      flags: { has: () => false },
    } as unknown as Context;
    const byVotes = await selectPapers(ctx, { all: true, sort: 'upvotes' });
    expect(byVotes.papers.map((p) => p.upvotes)).toEqual([50, 20, 5, 1]);
    const asListed = await selectPapers(ctx, { all: true });
    expect(asListed.papers.map((p) => p.upvotes)).toEqual([5, 50, 20, 1]);
  });
});
