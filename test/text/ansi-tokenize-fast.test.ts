import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fast from '../../src/text/ansi-tokenize-fast.js';
import { colour, TEXT_PIECES } from '../helpers/terminal-text.js';
import { inkDependency } from '../helpers/ink-deps.js';

// The tokenizer Ink would use without our swap.
const lib = await inkDependency<typeof import('@alcalzone/ansi-tokenize')>(
  '@alcalzone/ansi-tokenize',
);

/** What Ink's frame composer does with one line, through either implementation. */
type Composer = Pick<typeof lib, 'tokenize' | 'styledCharsFromTokens' | 'styledCharsToString'>;
const compose = (m: Composer, line: string) =>
  m.styledCharsToString(m.styledCharsFromTokens(m.tokenize(line)));

describe('the fast ANSI tokenizer Ink composes frames with', () => {
  it('composes the same line as the library for any mix of text, styles and graphemes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 30 }), (parts) => {
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
