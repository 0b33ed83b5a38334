import * as lib from '@alcalzone/ansi-tokenize';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fast from '../../src/render/ansi-tokenize-fast.js';

const colour = new Chalk({ level: 3 });

/** What Ink's frame composer does with one line, through either implementation. */
type Composer = Pick<typeof lib, 'tokenize' | 'styledCharsFromTokens' | 'styledCharsToString'>;
const compose = (m: Composer, line: string) =>
  m.styledCharsToString(m.styledCharsFromTokens(m.tokenize(line)));

// Pieces that stress grapheme and style handling: SGR as chalk writes it (nested, 256 and
// true colour, resets), OSC links, a bare ESC, CJK, combining marks, ZWJ emoji, flags,
// variation selectors, Hangul jamo, an Arabic prepend, box drawing and our row glyphs.
const pieces = [
  'a',
  'Title ',
  ' ',
  '›',
  '●',
  '▲',
  '★',
  '…',
  '│',
  '─',
  'é',
  'e\u0301',
  'Ω',
  'ж',
  '中文',
  '日本',
  '한',
  '\u1100\u1161',
  '👍',
  '👩\u200d💻',
  '☀\ufe0f',
  '🇩🇪',
  '\u0600x',
  'x\u20dd',
  '\x1b',
  '\x1b[',
  '\x1b[1m',
  '\x1b[22m',
  '\x1b[0m',
  '\x1b[m',
  '\x1b[31;1m',
  '\x1b[38;5;208m',
  '\x1b[38;2;1;2;3m',
  '\x1b[39m',
  '\x1b[4;38;5;12m',
  '\x1b[48;2;1;2;3;1m',
  '\x1b[38;5m',
  '\x1b[38;2;1m',
  '\x1b[999m',
  '\x1b[;m',
  '\x1b[1;;3m',
  '\x1b[49;22;24m',
  '\x1b[90m',
  '\x1b]8;;https://x.y\x07',
  '\x1b]8;;\x07',
  '\u009b31m',
  colour.bold.yellow('hit'),
  colour.inverse.dim('sel'),
  colour.underline.cyan('u') + 'v',
];

describe('the fast ANSI tokenizer Ink composes frames with', () => {
  it('composes the same line as the library for any mix of text, styles and graphemes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        expect(compose(fast, line)).toBe(compose(lib, line));
        expect(fast.tokenize(line)).toEqual(lib.tokenize(line));
        expect(fast.styledCharsFromTokens(lib.tokenize(line))).toEqual(
          lib.styledCharsFromTokens(lib.tokenize(line)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('composes arbitrary Unicode text the same as the library', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (line) => {
        expect(compose(fast, line)).toBe(compose(lib, line));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the library’s answers for a row like the reader draws', () => {
    const row =
      colour.cyan.bold('›● ') +
      colour.yellow('★ ') +
      colour.bold.inverse('Sparse ') +
      colour.bold.inverse.yellow.underline('Attention') +
      colour.bold.inverse(' for 中文 Long Context… ') +
      colour.dim(' Lucía Navarro et al. ') +
      colour.green('  ▲156');
    expect(compose(fast, row)).toBe(compose(lib, row));
    // And the composed row still shows exactly the row's text.
    expect(compose(fast, row).replace(/\x1b\[[0-9;]*m/g, '')).toBe(
      '›● ★ Sparse Attention for 中文 Long Context…  Lucía Navarro et al.   ▲156',
    );
  });
});
