import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, isLoneGrapheme } from '../../src/text/width.js';
import { colour, TEXT_PIECES } from '../helpers/terminal-text.js';
import { inkDependency } from '../helpers/ink-deps.js';

// The string-width Ink would use without our swap.
const { default: stringWidth } = await inkDependency<typeof import('string-width')>('string-width');

const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...seg.segment(s)].length;

describe('displayWidth', () => {
  it('counts every character it measures itself as string-width does', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (!isLoneGrapheme(c)) continue;
      const ch = String.fromCharCode(c);
      if (displayWidth(ch) !== stringWidth(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('measures any mix of text, colour codes and graphemes as string-width does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts CJK as two columns and colour codes as none', () => {
    expect(displayWidth('中文 title')).toBe(10);
    expect(displayWidth(colour.red('›● ▲12'))).toBe(6);
  });
});

describe('isLoneGrapheme', () => {
  it('holds only for characters the segmenter never joins to a neighbour', () => {
    const joined: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (!isLoneGrapheme(c)) continue;
      const ch = String.fromCharCode(c);
      // Next to a letter, a Hangul vowel, a regional-indicator-free symbol and itself.
      if (
        graphemes(`a${ch}`) !== 2 ||
        graphemes(`${ch}a`) !== 2 ||
        graphemes(`${ch}\u1161`) !== 2 ||
        graphemes(`${ch}${ch}`) !== 2
      )
        joined.push(c.toString(16));
    }
    expect(joined).toEqual([]);
  });
});
