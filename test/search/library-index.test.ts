import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { FORMAT } from '../../src/search/disk/index-store.js';
import { indexWrittenDay, LibraryIndex } from '../../src/search/disk/library-index.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

async function setup(withHook = true) {
  const dir = tmp();
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const store: DiskDayStore = new DiskDayStore(
    dir,
    warn,
    withHook ? (d) => indexWrittenDay(dir, store, d) : undefined,
  );
  return { dir, store, warnings, open: () => LibraryIndex.open(dir, store, warn) };
}

const ids = async (index: LibraryIndex, q: string) =>
  ((await index.search(q)) ?? []).map((h) => h.id);

describe('library index', () => {
  it('builds from the day files and summarizes each day', async () => {
    const { store, open } = await setup(false);
    await store.writeDay(day('2026-11-23', [paper(1, { title: 'Diffusion for proteins' })]));
    await store.writeDay({
      ...day('2026-11-24', [paper(2), paper(3)]),
      sources: ['hf-api', 'chatpaperfree'],
    });
    const index = await open();
    expect(index.days()).toEqual([
      { date: '2026-11-23', total: 1, ids: ['2611.10001'], sources: ['hf-api'] },
      {
        date: '2026-11-24',
        total: 2,
        ids: ['2611.10002', '2611.10003'],
        sources: ['hf-api', 'chatpaperfree'],
      },
    ]);
    expect(await ids(index, 'difusion')).toEqual(['2611.10001']);
  });

  it('replaces a day’s entries when the day is written again', async () => {
    const { store, open } = await setup();
    await store.writeDay(day('2026-11-24', [paper(1, { title: 'Old robots paper' })]));
    const index = await open();
    expect(await ids(index, 'robots')).toEqual(['2611.10001']);
    await store.writeDay(day('2026-11-24', [paper(2, { title: 'New diffusion paper' }), paper(3)]));
    const live = await open();
    for (const idx of [index, live]) {
      expect(await ids(idx, 'robots')).toEqual([]);
      expect(await ids(idx, 'diffusion')).toEqual(['2611.10002']);
      expect(idx.days()[0]!.total).toBe(2);
    }
  });

  it('catches up with day files written behind its back and forgets deleted days', async () => {
    const { store, open } = await setup(false);
    await store.writeDay(day('2026-11-23', [paper(1, { title: 'Gaussian splatting at scale' })]));
    await open();
    await store.writeDay(day('2026-11-24', [paper(2, { title: 'Speculative decoding' })]));
    const { rmSync } = await import('node:fs');
    rmSync(store.fileFor('2026-11-23'));
    const index = await open();
    expect(index.days().map((d) => d.date)).toEqual(['2026-11-24']);
    expect(await ids(index, 'speculative')).toEqual(['2611.10002']);
    expect(await ids(index, 'gaussian')).toEqual([]);
  });

  it('moves a corrupt manifest aside and rebuilds from the day files', async () => {
    const { dir, store, warnings, open } = await setup(false);
    await store.writeDay(day('2026-11-24', [paper(1, { title: 'Mixture of experts routing' })]));
    await open();
    writeFileSync(path.join(dir, 'index', 'manifest.json'), '{"format": 1, "segm');
    const index = await open();
    expect(warnings.join('\n')).toMatch(/search index was unreadable/);
    expect(
      readdirSync(path.join(dir, 'index')).some((n) => n.startsWith('manifest.json.corrupt-')),
    ).toBe(true);
    expect(await ids(index, 'experts')).toEqual(['2611.10001']);
  });

  it('rebuilds an index an older version wrote, quietly, and removes its files', async () => {
    const { dir, store, warnings, open } = await setup(false);
    await store.writeDay(day('2026-11-24', [paper(1, { title: 'Mixture of experts routing' })]));
    await open();
    const old = { format: FORMAT - 1, segments: ['sold'], days: {} };
    writeFileSync(path.join(dir, 'index', 'manifest.json'), JSON.stringify(old));
    writeFileSync(path.join(dir, 'index', 'sold.seg'), '{"format":1}');
    const index = await open();
    expect(warnings).toEqual([]);
    expect(existsSync(path.join(dir, 'index', 'sold.seg'))).toBe(false);
    expect(await ids(index, 'experts')).toEqual(['2611.10001']);
  });

  it('rebuilds the days of a corrupt segment, saying so once, and removes its file', async () => {
    const { dir, store, warnings, open } = await setup(false);
    await store.writeDay(day('2026-11-24', [paper(1, { title: 'Mixture of experts routing' })]));
    await open();
    const seg = readdirSync(path.join(dir, 'index')).find((n) => n.endsWith('.seg'))!;
    writeFileSync(path.join(dir, 'index', seg), 'garbage');
    const index = await open();
    expect(await ids(index, 'experts')).toEqual(['2611.10001']);
    expect(warnings.join('\n')).toMatch(
      /search index was damaged .*rebuilding it from the day files/,
    );
    expect(existsSync(path.join(dir, 'index', seg))).toBe(false);
  });

  it('merges small segments and keeps results right through many writes', async () => {
    const { dir, store, open } = await setup();
    const index = await open();
    for (let i = 1; i <= 20; i++) {
      const date = `2026-11-${String(i).padStart(2, '0')}`;
      await store.writeDay(day(date, [paper(i, { title: `Paper about topic${i} and diffusion` })]));
    }
    await store.writeDay(day('2026-11-05', [paper(99, { title: 'Replaced day' })]));
    const segs = readdirSync(path.join(dir, 'index')).filter((n) => n.endsWith('.seg'));
    expect(segs.length).toBeLessThanOrEqual(9);
    for (const idx of [index, await open()]) {
      expect(await ids(idx, "'diffusion")).toHaveLength(19);
      expect(await ids(idx, "'topic5")).toEqual([]);
      expect(await ids(idx, 'replaced')).toEqual(['2611.10099']);
    }
  });

  it('prefixes, exact terms and negation work across days', async () => {
    const { store, open } = await setup();
    await store.writeDay(
      day('2026-11-23', [paper(1, { title: 'Robot learning', authors: ['Ada Lovelace'] })]),
    );
    await store.writeDay(
      day('2026-11-24', [paper(2, { title: 'Robot vision', authors: ['Alan Turing'] })]),
    );
    const index = await open();
    expect(await ids(index, 'au:turing')).toEqual(['2611.10002']);
    expect(await ids(index, "ti:'robot ti:!vision")).toEqual(['2611.10001']);
    // A negation is a filter on the fields a paper has: no takeaways does not hide it.
    expect(await ids(index, "ti:'robot !vision")).toEqual(['2611.10001']);
    expect(await ids(index, '!vision')).toEqual(['2611.10001']);
    expect(await ids(index, 'ti:^robot')).toHaveLength(2);
  });

  it('warms up without changing what a search finds, and gives way to a search', async () => {
    const { store, open } = await setup();
    for (let i = 1; i <= 5; i++)
      await store.writeDay(
        day(`2026-11-2${i}`, [
          paper(i, { title: `Sparse token routing ${i}`, authors: ['Lena Tuxan'] }),
          paper(10 + i, { title: 'Graph neural kernels' }),
        ]),
      );
    const cold = await open();
    const expected = await Promise.all(['routng', 'tuxan', 'kernel$'].map((q) => ids(cold, q)));
    const index = await open();
    const warming = index.warmUp();
    // A search asked for while warming up runs, and gives the same answers.
    expect(await Promise.all(['routng', 'tuxan', 'kernel$'].map((q) => ids(index, q)))).toEqual(
      expected,
    );
    await expect(warming).resolves.toBeUndefined();
    expect(index.warmUp()).toBe(warming);
  });

  it('a warm-up after another process rewrote the index reads the new one, without warnings', async () => {
    const { store, warnings, open } = await setup(false);
    await store.writeDay(day('2026-11-24', [paper(1, { title: 'Old robots paper' })]));
    const other = await open();
    const index = await open();
    const newer = day('2026-11-24', [paper(2, { title: 'New diffusion paper' })]);
    await store.writeDay(newer);
    await other.updateDay(newer);
    await index.warmUp();
    expect(warnings).toEqual([]);
    expect(await ids(index, 'diffusion')).toEqual(['2611.10002']);
    expect(await ids(other, 'diffusion')).toEqual(['2611.10002']);
  });

  it('a warm-up over a broken index ends quietly (the search is where it shows)', async () => {
    const { dir, store, open } = await setup();
    await store.writeDay(day('2026-11-24', [paper(1)]));
    const index = await open();
    for (const n of readdirSync(path.join(dir, 'index')))
      if (n.endsWith('.rec')) writeFileSync(path.join(dir, 'index', n), '');
    await expect(index.warmUp()).resolves.toBeUndefined();
  });

  it('drops a search made stale by a newer one', async () => {
    const { store, open } = await setup();
    await store.writeDay(day('2026-11-24', [paper(1)]));
    const index = await open();
    expect(await index.search('synthetic', { isStale: () => true })).toBeUndefined();
  });
  it('papers that match alike come newest day first, each day in its own order', async () => {
    const { store, open } = await setup(false);
    const alike = (n: number, date: string) =>
      paper(n, { title: 'Agent planning', abstract: 'Same words.', authors: ['A B'], date });
    await store.writeDay(day('2025-10-01', [alike(1, '2025-10-01'), alike(2, '2025-10-01')]));
    await store.writeDay(day('2025-12-02', [alike(3, '2025-12-02'), alike(4, '2025-12-02')]));
    await store.writeDay(day('2025-11-05', [alike(5, '2025-11-05')]));
    const index = await open();
    // A typo finds them all in one tier with one score: the date decides.
    expect(await ids(index, 'agnet')).toEqual([
      '2611.10003',
      '2611.10004',
      '2611.10005',
      '2611.10001',
      '2611.10002',
    ]);
    // With a limit, the newest survive the cut.
    expect(((await index.search('agnet', { limit: 2 })) ?? []).map((h) => h.date)).toEqual([
      '2025-12-02',
      '2025-12-02',
    ]);
  });
});
