import { describe, expect, it } from 'vitest';
import { createContext, resolveOpenDay } from '../../src/library/context.js';
import { newestWithPapers, settledEmpty, stepDay } from '../../src/library/day-nav.js';
import { fetchRecentDays } from '../../src/library/fetch-recent.js';
import { runSync } from '../../src/commands/sync.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';
import { capture } from '../commands/command-helpers.js';
import { closedAfterEach } from '../net/servers.js';
import { startDailyPapers, syntheticItems } from '../sources/hf-server.js';

const tmp = makeTempDirs();
const servers = closedAfterEach();
const NOW = new Date('2025-03-10T12:00:00Z'); // a Monday

/** Papers on weekdays, none on 2025-03-08/09 (the weekend). */
async function api() {
  const s = await startDailyPapers((q) => {
    const date = q.get('date') ?? '';
    return ['2025-03-08', '2025-03-09'].includes(date) ? [] : syntheticItems(2, date);
  });
  servers.push(s);
  return s;
}

describe('days without papers', () => {
  it('are recorded by sync, skipped when picking the day to open, and not fetched again', async () => {
    const s = await api();
    const ctx = createContext({ PAPERS_HOME: tmp() }, capture());
    const deps = { store: ctx.store, io: capture(), env: { PAPERS_API_BASE: s.url } };
    await runSync({ days: 3 }, { ...deps, now: () => new Date('2025-03-09T20:00:00Z') });
    expect(await ctx.store.listDays()).toEqual(['2025-03-07', '2025-03-08', '2025-03-09']);
    expect([...(await ctx.store.emptyDays())]).toEqual(['2025-03-08', '2025-03-09']);
    expect((await resolveOpenDay(ctx)).day?.date).toBe('2025-03-07');

    // An empty record written two days after its date is settled: not fetched again. A
    // younger one may still fill up and is.
    await runSync({ days: 4 }, { ...deps, now: () => NOW });
    s.requests.length = 0;
    await runSync({ days: 6 }, { ...deps, now: () => new Date('2025-03-12T12:00:00Z') });
    const fetched = s.requests.map((r) => /date=([\d-]+)/.exec(r)?.[1]);
    expect(fetched).not.toContain('2025-03-08');
    expect(fetched).toContain('2025-03-09');
    expect((await resolveOpenDay(ctx)).day?.date).toBe('2025-03-12');
  });

  it('are stepped over by [ and ], and the newest day with papers is found', () => {
    const days = ['2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10'];
    const empty = new Set(['2025-03-08', '2025-03-09']);
    expect(stepDay(days, '2025-03-10', -1, empty)).toBe('2025-03-07');
    expect(stepDay(days, '2025-03-07', 1, empty)).toBe('2025-03-10');
    expect(stepDay(days, '2025-03-07', -1, empty)).toBeUndefined();
    expect(newestWithPapers(days.slice(0, 3), empty)).toBe('2025-03-07');
    expect(newestWithPapers(['2025-03-08'], empty)).toBe('2025-03-08');
  });

  it('count as settled only when recorded two days after their date', () => {
    const empty = { ...day('2025-03-08', []), updatedAt: '2025-03-09T23:00:00Z' };
    expect(settledEmpty(empty)).toBe(false);
    expect(settledEmpty({ ...empty, updatedAt: '2025-03-10T00:00:00Z' })).toBe(true);
    expect(
      settledEmpty({ ...day('2025-03-08', [paper(1)]), updatedAt: '2026-01-01T00:00:00Z' }),
    ).toBe(false);
  });
});

describe('the first-run fetch', () => {
  it('fetches the last days newest first, reports each, and names the newest with papers', async () => {
    const s = await api();
    const ctx = createContext({ PAPERS_HOME: tmp() }, capture());
    const seen: string[] = [];
    const r = await fetchRecentDays(
      4,
      {
        store: ctx.store,
        env: { PAPERS_API_BASE: s.url },
        now: () => new Date('2025-03-09T12:00:00Z'),
      },
      (p) => seen.push(`${p.done}/${p.total} ${p.date} ${p.papers}`),
    );
    expect(seen).toEqual([
      '1/4 2025-03-09 0',
      '2/4 2025-03-08 0',
      '3/4 2025-03-07 2',
      '4/4 2025-03-06 2',
    ]);
    expect(r).toEqual({ newest: '2025-03-07', offline: false, errors: [] });
    expect((await resolveOpenDay(ctx)).day?.date).toBe('2025-03-07');
  });

  it('stops at once when offline', async () => {
    const ctx = createContext({ PAPERS_HOME: tmp() }, capture());
    const seen: string[] = [];
    const r = await fetchRecentDays(
      3,
      {
        store: ctx.store,
        env: { PAPERS_API_BASE: 'http://127.0.0.1:9' },
        http: { sleep: async () => {} },
      },
      (p) => seen.push(p.date),
    );
    expect(r.offline).toBe(true);
    expect(seen).toEqual([]);
  });
});
