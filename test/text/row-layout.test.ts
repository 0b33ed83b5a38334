import { describe, expect, it } from 'vitest';
import { fitWidth, highlightSegments, rowColumns } from '../../src/text/row-layout.js';
import { inkDependency } from '../helpers/ink-deps.js';

// The string-width Ink would use without our swap.
const { default: stringWidth } = await inkDependency<typeof import('string-width')>('string-width');

describe('list row layout', () => {
  it('fits text to an exact number of columns, cutting with an ellipsis', () => {
    expect(fitWidth('short', 8)).toBe('short   ');
    expect(fitWidth('a longer title', 8)).toBe('a longe…');
    for (const s of [
      '扩散模型的高效推理',
      'mixed 中文 title',
      'emoji 🧪 test',
      'I ❤️ attention, a survey of surveys',
      'family 👨‍👩‍👧 of models and more words',
      'ひらがなとカタカナのタイトル',
    ]) {
      for (const w of [5, 8, 13]) expect(stringWidth(fitWidth(s, w)), `${s} @${w}`).toBe(w);
    }
  });

  it('highlights the matched characters and drops ranges past the cut', () => {
    const segs = highlightSegments(fitWidth('Gaussian Splatting', 10), [
      [0, 4],
      [9, 17],
    ]);
    expect(segs).toEqual([
      { text: 'Gauss', hit: true },
      { text: 'ian …', hit: false },
    ]);
  });

  it('gives the title what the other columns leave, and drops the author on narrow rows', () => {
    expect(rowColumns(100, false)).toEqual({ title: 100 - 3 - 2 - 25 - 6, author: 24, date: 0 });
    expect(rowColumns(60, false).author).toBe(0);
    expect(rowColumns(20, true).title).toBe(10);
  });
});
