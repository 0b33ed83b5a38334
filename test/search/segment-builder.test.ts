// The streaming builder a rebuild uses must give the very segment the simple build gives
// (buildSegment, which the ranking tests hold to the day filter): every typed array and word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../bench/synth.js';
import { buildSegment, toIndexed, type IndexedPaper } from '../../src/search/engine/index-core.js';
import { SegmentBuilder } from '../../src/search/engine/segment-builder.js';
import { paper } from '../helpers/papers.js';

// Both ways of reading words: regular expressions (the first papers) and the scan.
function streamed(docs: IndexedPaper[], native: number) {
  const b = new SegmentBuilder(native);
  for (const d of docs) b.add(d);
  return b.finish();
}

// Letters, digits, accents, ligatures, spacing and punctuation a word splitter can trip on.
const text = fc
  .array(fc.constantFrom(...'aZ9 -_.,\n\t\u00a0\u2003éÉİıßﬁ½²ΣσκÅ日本😀\u0301x'.split('')), {
    maxLength: 30,
  })
  .map((cs) => cs.join(''));
const row = fc.record({
  title: text,
  authors: fc.array(text, { maxLength: 4 }),
  keywords: fc.array(text, { maxLength: 3 }),
  summary: text,
  abstract: text,
  takeaways: fc.array(text, { maxLength: 3 }),
  categories: fc.array(text, { maxLength: 2 }),
  topics: fc.array(text, { maxLength: 2 }),
  date: fc.constantFrom('2026-11-24', '2026-11-22', '2026-11-23'),
});

describe('segment builder', () => {
  it('gives the simple build’s segment for any papers, dates in any order', () =>
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const docs = rows.map((r, i) => toIndexed(paper(i, r)));
        const simple = buildSegment(docs);
        expect(streamed(docs, 0)).toEqual(simple);
        expect(streamed(docs, 5)).toEqual(simple);
      }),
      { numRuns: 300 },
    ));

  it('gives the simple build’s segment for a library, with long postings and many words', () => {
    const docs = makeLibrary(1000, { perDay: 150 }).flatMap((d) => d.papers.map(toIndexed));
    // A word in more than 255 values of one list field, and a paper with no text at all.
    docs[7] = { ...docs[7]!, authors: Array.from({ length: 300 }, () => 'Wei Li') };
    docs[8] = { ...docs[8]!, title: '', authors: [], keywords: [], summary: '', abstract: '' };
    // Word positions past one varint byte, a word repeated, several values of a long field.
    const long = Array.from({ length: 400 }, (_, i) => `w${i % 37} model`).join(' ');
    docs[9] = { ...docs[9]!, abstract: long, takeaways: ['model of models', 'a model', long] };
    const simple = buildSegment(docs);
    expect(streamed(docs, 0)).toEqual(simple);
    expect(streamed(docs, 400)).toEqual(simple);
  });
});
