import { describe, expect, it } from 'vitest';
import { selectPapers } from '../../src/commands/list.js';
import type { Context } from '../../src/library/context.js';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { fetchDailyItems } from '../../src/sources/hf/api.js';
import { closedAfterEach } from '../net/servers.js';
import { startDailyPapers } from '../sources/hf-server.js';
import { day, paper } from '../helpers/papers.js';

const servers = closedAfterEach();

describe('arrays too long to spread into a call', () => {
  it('an API page of a million items is read without overflowing the stack', async () => {
    const body = `[${'0,'.repeat(999_999)}0]`;
    const s = await startDailyPapers(() => ({ body }));
    servers.push(s);
    const items = await fetchDailyItems(
      { date: '2026-01-05' },
      { env: { PAPERS_API_BASE: s.url }, http: { sleep: async () => {} }, pageSize: 2_000_000 },
    );
    expect(items).toHaveLength(1_000_000);
  });

  it('`list --all` over a day of 200k papers gathers them all', async () => {
    const one = paper(1);
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...one, id: `p${i}` }));
    const days = [day('2026-01-05', many), day('2026-01-06', [paper(2)])];
    // A store that hands out the days as they are: the point is the gathering, not the copy.
    const store = {
      listDays: async () => days.map((d) => d.date),
      readDay: async (date: string) => days.find((d) => d.date === date),
    };
    const ctx = { store, settings: DEFAULT_SETTINGS } as unknown as Context;
    const { papers } = await selectPapers(ctx, { all: true });
    expect(papers).toHaveLength(200_001);
  });
});
