import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { sanitizeLine, sanitizeText } from '../../src/text/sanitize.js';

const cp = (n: number) => String.fromCodePoint(n);

describe('invisible format characters', () => {
  it.each([
    ['zero-width space', 0x200b],
    ['word joiner', 0x2060],
    ['invisible times', 0x2062],
    ['inhibit symmetric swapping', 0x206a],
    ['nominal digit shapes', 0x206f],
    ['soft hyphen', 0x00ad],
    ['Hangul filler', 0x3164],
    ['halfwidth Hangul filler', 0xffa0],
    ['Hangul choseong filler', 0x115f],
    ['Mongolian vowel separator', 0x180e],
    ['Arabic number sign', 0x0600],
    ['musical symbol begin beam', 0x1d173],
    ['musical symbol end phrase', 0x1d17a],
    ['Egyptian hieroglyph joiner', 0x13430],
    ['shorthand format letter overlap', 0x1bca0],
    ['language tag', 0xe0001],
    ['unassigned ignorable', 0xe0fff],
  ])('%s is removed', (_, n) => {
    const s = `ab${cp(n)}cd`;
    expect(sanitizeText(s)).toBe('abcd');
    expect(sanitizeLine(`${cp(n)}title${cp(n)}`)).toBe('title');
  });

  it.each([
    ['ZWJ in an emoji sequence', '👩\u200d💻 coder'],
    ['ZWNJ in Persian', 'می\u200cخواهم'],
    ['an emoji variation selector', '❤\ufe0f'],
    ['an ideographic variation selector', `葛${cp(0xe0100)}`],
  ])('%s is kept', (_, s) => {
    expect(sanitizeText(s)).toBe(s);
  });

  it('every format or default-ignorable code point is removed, but ZWNJ, ZWJ, CGJ and variation selectors', () => {
    const invisible = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
    const needed = (c: number) =>
      c === 0x200c ||
      c === 0x200d ||
      c === 0x034f ||
      (c >= 0xfe00 && c <= 0xfe0f) ||
      (c >= 0xe0100 && c <= 0xe01ef);
    const wrong: string[] = [];
    for (let c = 0xa0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = cp(c);
      if (!invisible.test(s)) continue;
      const kept = sanitizeText(`a${s}b`) !== 'ab';
      if (kept !== needed(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('a title padded with invisible characters takes the columns its letters take', () => {
    const hidden = [0x200b, 0x2060, 0x3164, 0x1d173, 0x206a].map(cp).join('');
    const clean = sanitizeLine(`Robust${hidden} learning${hidden}`);
    expect(clean).toBe('Robust learning');
    expect(stringWidth(clean)).toBe('Robust learning'.length);
  });
});
