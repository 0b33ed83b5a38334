import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryDayStore } from '../../src/library/library-store.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

function stores() {
  const home = tmp();
  const cache = path.join(home, 'cache');
  const data = path.join(home, 'data');
  return { cache, data, store: new LibraryDayStore(cache, data) };
}

const imported = (n: number, over = {}) => paper(n, { sources: ['chatpaperfree'], ...over });

describe('synced days in the cache, imported days and summaries in the data dir', () => {
  it('keeps an imported day out of the cache, so deleting the cache loses none of it', async () => {
    const { cache, store } = stores();
    await store.writeDay({ ...day('2025-03-05', [imported(1)]), sources: ['chatpaperfree'] });
    rmSync(cache, { recursive: true, force: true });
    const back = await store.readDay('2025-03-05');
    expect(back?.papers.map((p) => p.title)).toEqual(['Synthetic paper number 1']);
  });

  it('keeps a synced day only in the cache', async () => {
    const { data, store } = stores();
    await store.writeDay(day('2025-03-05', [paper(1), paper(2)]));
    expect(existsSync(path.join(data, 'days', '2025-03-05.json'))).toBe(false);
    expect(await store.listDays()).toEqual(['2025-03-05']);
  });

  it('keeps an LLM summary of a synced paper when the cache is deleted', async () => {
    const { cache, store } = stores();
    const summarized = paper(1, { summary: 'Short.', summarySource: 'LLM: m' });
    await store.writeDay(day('2025-03-05', [summarized, paper(2)]));
    rmSync(cache, { recursive: true, force: true });
    const back = await store.readDay('2025-03-05');
    expect(back?.papers.map((p) => [p.id, p.summary])).toEqual([['2611.10001', 'Short.']]);
  });

  it('shows a day held in both places as one merged day, each paper once', async () => {
    const { store } = stores();
    await store.writeDay({
      date: '2025-03-05',
      papers: [paper(1), imported(2), imported(3, { id: '2611.10001', topics: ['LLM'] })].map(
        (p) => ({ ...p, date: '2025-03-05' }),
      ),
      sources: ['hf-api', 'chatpaperfree'],
    });
    const back = await store.readDay('2025-03-05');
    expect(back?.papers.map((p) => p.id)).toEqual(['2611.10001', '2611.10002']);
    expect(back?.papers[0]?.topics).toEqual(['LLM']);
    expect(back?.papers[0]?.sources.sort()).toEqual(['chatpaperfree', 'hf-api']);
    expect(back?.sources.sort()).toEqual(['chatpaperfree', 'hf-api']);
  });

  it('records a day without papers as empty, in the cache', async () => {
    const { cache, store } = stores();
    await store.writeDay(day('2025-03-08', []));
    expect(readdirSync(path.join(cache, 'days'))).toEqual(['2025-03-08.json']);
    expect(await store.isEmpty('2025-03-08')).toBe(true);
    expect(await store.isEmpty('2025-03-09')).toBe(false);
  });

  it("changes a day's stamp when either of its files changes", async () => {
    const { store } = stores();
    await store.writeDay(day('2025-03-05', [paper(1)]));
    const before = await store.stamp('2025-03-05');
    await store.writeDay(day('2025-03-05', [paper(1), imported(7)]));
    expect(await store.stamp('2025-03-05')).not.toBe(before);
    expect(await store.stamp('2025-01-01')).toBeUndefined();
    const kept = JSON.parse(readFileSync(store.kept.fileFor('2025-03-05'), 'utf8'));
    expect(kept.papers).toHaveLength(1);
  });
});

describe('an imported daily_papers list', () => {
  it('is kept in the data dir although a sync could fetch it, and stays kept after a sync', async () => {
    const { cache, store } = stores();
    await store.writeDay(day('2025-03-05', [paper(1), paper(2)]), () => true);
    // A later sync writes the day again, with one more paper, and nothing marked imported.
    await store.writeDay(day('2025-03-05', [paper(1), paper(2), paper(3)]));
    rmSync(cache, { recursive: true, force: true });
    const back = await store.readDay('2025-03-05');
    expect(back?.papers.map((p) => p.id)).toEqual(['2611.10001', '2611.10002']);
  });
});

describe('a day held in both folders', () => {
  it('is as fresh as its last sync, whatever an import wrote later', async () => {
    const { store } = stores();
    await store.writeDay({ ...day('2025-03-05', [paper(1)]), updatedAt: '2025-03-05T10:00:00Z' });
    await store.kept.writeDay({
      ...day('2025-03-05', [imported(2)]),
      sources: ['chatpaperfree'],
      updatedAt: '2025-03-09T10:00:00Z',
    });
    expect((await store.readDay('2025-03-05'))?.updatedAt).toBe('2025-03-05T10:00:00Z');
  });
});
