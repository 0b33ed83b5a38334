import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLine, wrapText } from '../../src/text/wrap.js';
import { inkDependency } from '../helpers/ink-deps.js';

// The string-width Ink would use without our swap.
const { default: stringWidth } = await inkDependency<typeof import('string-width')>('string-width');

const RESET = '\x1b[0m';
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '');
const widths = (lines: string[]) => lines.map((l) => stringWidth(l));

describe('wrapLine: Latin text', () => {
  it('breaks at spaces and drops the space at the break', () => {
    expect(wrapLine('The quick brown fox jumps over the lazy dog', 10)).toEqual([
      'The quick',
      'brown fox',
      'jumps over',
      'the lazy',
      'dog',
    ]);
  });

  it('hard-breaks words longer than the width', () => {
    expect(wrapLine('supercalifragilistic', 8)).toEqual(['supercal', 'ifragili', 'stic']);
  });

  it('leaves short lines and blank lines alone', () => {
    expect(wrapLine('short', 10)).toEqual(['short']);
    expect(wrapText('a\n\nb', 10)).toBe('a\n\nb');
  });

  it('keeps list items under their text (hanging indent)', () => {
    expect(wrapLine('  * a bullet item that is long enough', 16)).toEqual([
      '  * a bullet',
      '    item that is',
      '    long enough',
    ]);
    expect(wrapLine('  12. numbered item that wraps', 16)).toEqual([
      '  12. numbered',
      '      item that',
      '      wraps',
    ]);
  });

  it('keeps plain indentation on continuation lines', () => {
    expect(wrapLine('    indented text that wraps', 14)).toEqual([
      '    indented',
      '    text that',
      '    wraps',
    ]);
  });
});

describe('wrapLine: CJK, mixed, emoji', () => {
  it('counts CJK characters as two columns and breaks between them', () => {
    const lines = wrapLine('我们提出了一种新的方法用于训练大模型', 10);
    expect(lines).toEqual(['我们提出了', '一种新的方', '法用于训练', '大模型']);
    expect(Math.max(...widths(lines))).toBeLessThanOrEqual(10);
  });

  it('does not start a line with closing punctuation', () => {
    const lines = wrapLine('一二三四，五六七八。', 8);
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
    expect(Math.max(...widths(lines))).toBeLessThanOrEqual(8);
  });

  it('mixes Latin words and CJK', () => {
    const lines = wrapLine('Mixed 中文 text with English words and 汉字混排', 16);
    expect(Math.max(...widths(lines))).toBeLessThanOrEqual(16);
    expect(lines.join('').replace(/ /g, '')).toBe('Mixed中文textwithEnglishwordsand汉字混排');
  });

  it('keeps emoji sequences whole', () => {
    const lines = wrapLine('👨‍👩‍👧 family 👍🏽 ok 🎉🎉🎉🎉🎉', 6);
    expect(lines).toContain('👨‍👩‍👧');
    expect(lines.join(' ')).toContain('👍🏽');
    expect(Math.max(...widths(lines))).toBeLessThanOrEqual(6);
  });

  it('fits a wide character even when the width is 2', () => {
    expect(wrapLine('中文中', 2)).toEqual(['中', '文', '中']);
  });
});

describe('wrapLine: ANSI', () => {
  it('treats SGR codes as zero width', () => {
    expect(wrapLine('\x1b[1mbold\x1b[22m words', 10)).toEqual(['\x1b[1mbold\x1b[22m words']);
  });

  it('re-opens active colours on continuation lines and closes them at line ends', () => {
    expect(wrapLine('\x1b[33mcolored code line\x1b[39m', 12)).toEqual([
      `\x1b[33mcolored code${RESET}`,
      '\x1b[33mline\x1b[39m',
    ]);
  });

  it('carries colour across input lines', () => {
    expect(wrapText('\x1b[36mone\ntwo\x1b[39m', 20)).toBe(
      `\x1b[36mone${RESET}\n\x1b[36mtwo\x1b[39m`,
    );
  });

  it('keeps 256-colour and truecolour codes whole', () => {
    const lines = wrapLine('\x1b[38;5;196mred words here\x1b[0m \x1b[48;2;1;2;3mbg\x1b[49m', 9);
    for (const l of lines) expect(l).not.toMatch(/\x1b(?!\[[0-9;]*m)/);
    expect(lines).toEqual([
      `\x1b[38;5;196mred words${RESET}`,
      '\x1b[38;5;196mhere\x1b[0m \x1b[48;2;1;2;3mbg\x1b[49m',
    ]);
  });
});

describe('wrapLine properties', () => {
  const word = fc.oneof(
    fc.constantFrom(
      'a',
      'word',
      'longerword',
      'x'.repeat(30),
      '中文',
      '汉字混排句子',
      '👍🏽',
      '👨‍👩‍👧',
      'é',
      '，',
      '。',
    ),
    fc.constantFrom('\x1b[1m', '\x1b[22m', '\x1b[33m', '\x1b[39m', '\x1b[0m', '\x1b[38;5;2m'),
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom('', ' ', '  ')), { maxLength: 30 })
    .map((ps) => ps.map(([w, sp]) => w + sp).join(''));
  const indent = fc.constantFrom('', '  ', '  * ', '    1. ');

  it('never exceeds the width, loses no visible character, splits no escape code', () => {
    fc.assert(
      fc.property(indent, text, fc.integer({ min: 2, max: 60 }), (ind, body, width) => {
        const s = ind + body;
        const lines = wrapLine(s, width);
        for (const l of lines) {
          expect(stringWidth(l)).toBeLessThanOrEqual(width);
          expect(l).not.toMatch(/\x1b(?!\[[0-9;]*m)/);
        }
        const letters = (x: string) => stripAnsi(x).replace(/\s/g, '');
        expect(letters(lines.join(''))).toBe(letters(s));
      }),
      { numRuns: 500 },
    );
  });

  it('wrapText agrees with wrapLine', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 40 }), (s, w) => {
        expect(wrapText(s, w)).toBe(wrapLine(s, w).join('\n'));
      }),
    );
  });
});

describe('wrap on huge input', () => {
  it('wraps a quarter megabyte of mixed text in one line', () => {
    const s = 'word 中文 \x1b[1mbold\x1b[22m 👍🏽 '.repeat(10_000);
    const lines = wrapLine(s, 80);
    expect(lines.length).toBeGreaterThan(2000);
    expect(Math.max(...lines.slice(0, 200).map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
  });
});
