import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/paper.js';
import { toIndexed } from '../../src/search/engine/index-core.js';
import { recordFilter } from '../../src/search/engine/prefilter.js';
import { compileQuery, NO_MATCH, scorePaper } from '../../src/search/engine/score.js';
import { paper } from '../helpers/papers.js';

const record = (p: Paper) => JSON.stringify(toIndexed(p));
const filterOf = (q: string) => recordFilter(compileQuery(q)!)!;

describe('the record prefilter of cross-day search', () => {
  // Text with what JSON escapes (quotes, backslashes, newlines, control characters) and what
  // lower-casing changes, around words the patterns are made of.
  const piece = fc.constantFrom(
    'tuxan',
    'Tuxan',
    'tu',
    'xan',
    ' ',
    '\n',
    '"',
    '\\',
    '\\mathcal{T}',
    'é',
    'Σ',
    'İ',
    '中文',
    '\u0001',
    'diffusion',
    'Difusion',
    '-',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
  const query = fc.constantFrom(
    'tuxan',
    'tu xan',
    'difusion',
    'diffusion tuxan',
    '"tu',
    'xan\\',
    'é中',
    'ti:tuxan',
    'au:xan',
  );

  it('never rules out a paper the query matches', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { maxLength: 3 }),
        query,
        (title, abstract, authors, q) => {
          const p = paper(1, {
            title,
            abstract,
            authors,
            summary: '',
            takeaways: [],
            keywords: [],
          });
          if (scorePaper(compileQuery(q)!, toIndexed(p)) !== NO_MATCH)
            expect(filterOf(q)(record(p))).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('sees text as the scorer does where JSON escapes it (newlines, quotes, backslashes)', () => {
    for (const [title, q] of <[string, string][]>[
      ['tu\nxan', 'tuxan'],
      ['tu"xan', 'tuxan'],
      ['the \\tuxan macro', 'tuxan'],
      ['a\\b', 'a\\b'],
    ]) {
      const p = paper(1, { title, abstract: '', summary: '', takeaways: [], keywords: [] });
      expect(scorePaper(compileQuery(q)!, toIndexed(p)), title).not.toBe(NO_MATCH);
      expect(filterOf(q)(record(p)), title).toBe(true);
    }
  });

  it('rules out a record with nothing near the pattern, even if its words share pieces of it', () => {
    const p = paper(1, {
      title: 'Kenji Selgrifeltu meets Lars Xanra',
      authors: ['Greta Feltri', 'Li Xanquen'],
      abstract: 'Nothing here.',
    });
    expect(filterOf('tuxan')(record(p))).toBe(false);
    expect(filterOf('felxan')(record(p))).toBe(false);
    expect(filterOf('selgrifeltu')(record(p))).toBe(true);
  });

  it('checks only plain fuzzy words: other terms leave the decision to the scorer', () => {
    expect(recordFilter(compileQuery("'exact")!)).toBeUndefined();
    expect(recordFilter(compileQuery('^prefix')!)).toBeUndefined();
    expect(recordFilter(compileQuery('a')!)).toBeUndefined();
  });
});
