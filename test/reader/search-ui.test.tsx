// Issue 14 in the reader: the filter bar says how many rows matched as words and how many as
// typos, typo rows are marked "~" (in the list and the search screen), and the detail names
// the author the filter matched even when the author list is cut.
import { describe, expect, it } from 'vitest';
import { filterPapers, toSearchHit } from '../../src/search/engine/filter.js';
import type { DayList } from '../../src/domain/paper.js';
import { KEY, waitForFrame } from '../helpers/ink.js';
import { day, paper } from '../helpers/papers.js';
import { renderReader } from '../helpers/reader.js';

const robots = day('2026-11-24', [
  paper(1, { title: 'Robots that watch video' }),
  paper(2, { title: 'Robto arms for kitchens' }),
  paper(3, { title: 'Diffusion for proteins' }),
]);

/** The cross-day search over in-memory days, ranked by the real engine. */
const searchOver = (days: DayList[]) => async (query: string) =>
  (
    filterPapers(
      days.flatMap((d) => d.papers),
      query,
    ) ?? []
  ).map(toSearchHit);

/** 17 authors with short names (the line fits the frame unwrapped), the 16th a real name. */
function manyAuthors() {
  const authors = Array.from({ length: 17 }, (_, i) => `P${i + 1}`);
  authors[15] = 'Xinyuan Song';
  return authors;
}

describe('what matched, in the reader', () => {
  it('the filter bar counts exact matches and typo matches apart, with the day total', async () => {
    const { lastFrame, stdin } = renderReader([robots]);
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('/');
    await waitForFrame(lastFrame, (f) => f.includes('/ '));
    stdin.write('robot');
    const frame = await waitForFrame(lastFrame, (f) => !f.includes('Diffusion for proteins'));
    const bar = frame.split('\n').find((l) => l.startsWith('/robot')) ?? '';
    expect(bar).toMatch(/ 1 match · 1 similar · 3$/);
  });

  it('a narrow terminal gets the short count, leaving room to type', async () => {
    const { lastFrame, stdin } = renderReader([robots], { size: { columns: 50, rows: 20 } });
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch'));
    stdin.write('/');
    await waitForFrame(lastFrame, (f) => f.includes('/ '));
    stdin.write('robot');
    const frame = await waitForFrame(lastFrame, (f) => !f.includes('Diffusion for'));
    const bar = frame.split('\n').find((l) => l.startsWith('/robot')) ?? '';
    expect(bar).toMatch(/ 1 · ~1 \/ 3$/);
  });

  it('marks only the typo-matched rows with "~"', async () => {
    const { lastFrame, stdin } = renderReader([robots]);
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('/');
    await waitForFrame(lastFrame, (f) => f.includes('/ '));
    stdin.write('robot');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('1 similar'));
    const line = (title: string) => frame.split('\n').find((l) => l.includes(title)) ?? '';
    expect(line('Robto arms')).toMatch(/●~\s+Robto arms/);
    expect(line('Robots that watch')).not.toContain('~');
  });

  it('without a filter the bar keeps the plain count and no row is marked', async () => {
    const { lastFrame, stdin } = renderReader([robots]);
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('/');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('/ '));
    expect(frame).toContain('3/3');
    expect(frame).not.toContain('similar');
    expect(frame).not.toContain('~');
  });

  it('marks typo hits in the search screen and not the exact ones', async () => {
    const older = day('2026-11-23', [paper(4, { title: 'Robotic hands in the wild' })]);
    const days = [older, robots];
    const { lastFrame, stdin } = renderReader(days, { services: { searchAll: searchOver(days) } });
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('S');
    await waitForFrame(lastFrame, (f) => f.includes('search all days'));
    stdin.write('robot');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('3 found'));
    expect(frame).toContain('3 found: 2 match · 1 similar');
    const line = (title: string) => frame.split('\n').find((l) => l.includes(title)) ?? '';
    expect(line('Robto arms')).toMatch(/^~2026-11-24 Robto arms/);
    expect(line('Robots that watch')).toMatch(/^ 2026-11-24 Robots/);
    expect(line('Robotic hands')).toMatch(/^ 2026-11-23 Robotic/);
  });

  it('the detail names the author the filter matched when the author list is cut', async () => {
    const authors = manyAuthors();
    const d = day('2026-11-24', [
      paper(1, { title: 'Many hands make light work', authors }),
      paper(2, { title: 'A paper by someone else' }),
    ]);
    const { lastFrame, stdin } = renderReader([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Many hands'));
    stdin.write('/');
    await waitForFrame(lastFrame, (f) => f.includes('/ '));
    stdin.write('au:xinyuan song');
    await waitForFrame(lastFrame, (f) => !f.includes('someone else'));
    // Enter leaves the filter box, the next opens the paper (one write: keys in a burst).
    stdin.write(KEY.enter + KEY.enter);
    const detail = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(detail).toContain('P12, …, Xinyuan Song, … (17 authors)');
    expect(detail).not.toContain('P13');
  });

  it('without a filter the cut author list names no one past the first twelve', async () => {
    const authors = manyAuthors();
    const d = day('2026-11-24', [paper(1, { title: 'Many hands make light work', authors })]);
    const { lastFrame, stdin } = renderReader([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Many hands'));
    stdin.write(KEY.enter);
    const detail = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(detail).toContain('P12, … (17 authors)');
    expect(detail).not.toContain('Xinyuan Song');
  });
});

describe('while the search index is built', () => {
  it('the search screen and the status bar say how far it has come, and stop once done', async () => {
    let tell: (done: number, total: number) => void = () => {};
    let finish: (hits: []) => void = () => {};
    const { lastFrame, stdin } = renderReader([robots], {
      services: {
        subscribeIndexProgress: (l) => {
          tell = l;
          return () => {};
        },
        searchAll: () => new Promise((resolve) => (finish = resolve)),
      },
    });
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('S');
    stdin.write('robot');
    await waitForFrame(lastFrame, (f) => f.includes('search all days: robot'));
    tell(212, 500);
    const building = await waitForFrame(lastFrame, (f) => f.includes('indexing the library'));
    expect(building).toContain('indexing the library: 212 of 500 days');
    tell(500, 500);
    finish([]);
    const done = await waitForFrame(lastFrame, (f) => f.includes('no matches in the cache'));
    expect(done).not.toContain('indexing the library');
  });
});
