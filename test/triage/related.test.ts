import { describe, expect, it } from 'vitest';
import { makePaper, type Paper } from '../../src/domain/paper.js';
import { RelatedIndex } from '../../src/triage/related.js';
import { paperTerms } from '../../src/triage/terms.js';
import { isRobotics, realDays } from './real-days.js';

const papers = realDays().flatMap((d) => d.papers);
const index = RelatedIndex.build(
  papers.map((p) => ({ id: p.id, date: p.date, terms: paperTerms(p) })),
);

describe('related papers', () => {
  it('never returns the paper itself, best first, at most the limit', () => {
    for (const p of papers.filter((_, i) => i % 7 === 0)) {
      const hits = index.related(p.id, 8);
      expect(hits.length).toBeLessThanOrEqual(8);
      expect(hits.map((h) => h.id)).not.toContain(p.id);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    }
  });

  it('never returns the paper itself when the same id was cached on two days', () => {
    const p = papers[0]!;
    const twice = RelatedIndex.build([
      { id: p.id, date: '2025-01-01', terms: paperTerms(p) },
      { id: 'other', date: '2025-01-01', terms: paperTerms(papers[1]!) },
      { id: p.id, date: '2025-01-02', terms: paperTerms(p) },
    ]);
    expect(twice.related(p.id, 5).map((h) => h.id)).toEqual(['other']);
    expect(twice.dateOf(p.id)).toBe('2025-01-02');
  });

  it('finds mostly robotics papers for a robotics paper', () => {
    const robots = papers.filter(isRobotics);
    const share =
      robots
        .map((p) => index.related(p.id, 5).filter((h) => robots.some((r) => r.id === h.id)).length)
        .reduce((a, b) => a + b, 0) / robots.length;
    expect(share).toBeGreaterThanOrEqual(2.5);
  });

  it('answers nothing for an unknown paper or a zero limit', () => {
    expect(index.related('0000.00000', 5)).toEqual([]);
    expect(index.related(papers[0]!.id, 0)).toEqual([]);
  });
});

/** Stock phrasing of ML abstracts: what papers on any topic share. */
const STOCK = ' Large language models achieve state-of-the-art performance with little data.';

/** `extra` among unrelated papers, two a topic (as in a real library), some in stock phrasing. */
function library(extra: Paper[]): RelatedIndex {
  const topics = [
    'graph coloring heuristics',
    'protein folding kinetics',
    'weather radar nowcasting',
    'legal contract clauses',
    'soil moisture sensing',
    'chess endgame tablebases',
    'traffic signal timing',
    'crop yield forecasting',
    'music chord transcription',
    'satellite orbit determination',
    'retail demand planning',
    'bridge crack inspection',
  ];
  const others = topics.flatMap((topic, i) =>
    [0, 1].map((j) =>
      makePaper({
        id: `2510.${20000 + 2 * i + j}`,
        title: `${['Fast', 'Robust'][j]} ${topic}`,
        date: '2025-10-01',
        abstract:
          `We study ${topic} ${['on real data', 'under noise'][j]}.` +
          ((2 * i + j) % 8 === 0 ? STOCK : ''),
      }),
    ),
  );
  return RelatedIndex.build(
    [...others, ...extra].map((p) => ({ id: p.id, date: p.date, terms: paperTerms(p) })),
  );
}

const made = (id: string, title: string, abstract: string) =>
  makePaper({ id, title, abstract, date: '2025-10-02' });

const relatedIds = (ix: RelatedIndex, p: Paper, limit: number) =>
  ix.related(p.id, limit).map((h) => h.id);

describe('related papers, by topic rather than incidental words', () => {
  it('list first a same-topic paper full of words of its own, not those sharing stock phrases', () => {
    const paper = made(
      '2510.00001',
      'Expressive speech synthesis for low-resource languages',
      'We synthesize expressive speech for languages with little data.' + STOCK,
    );
    // Sixty made-up names of its own parts: more than the terms a paper keeps.
    const jargon = Array.from({ length: 60 }, (_, i) => `qz${i.toString(36)}x`).join(' ');
    const sameTopic = made(
      '2510.00002',
      'Prosody transfer',
      `We synthesize expressive speech with prosody transfer. Our parts: ${jargon}.`,
    );
    const stock = made('2510.00003', 'Retrieval for question answering', 'We retrieve.' + STOCK);
    const ids = relatedIds(library([paper, sameTopic, stock]), paper, 4);
    expect(ids[0]).toBe(sameTopic.id);
  });

  it("find a same-topic paper through the words the paper's closest neighbours share", () => {
    const paper = made(
      '2510.00011',
      'Voice cloning for new speakers',
      'We clone a speaker voice from a few seconds of audio.',
    );
    const neighbours = ['with adapters', 'in noise', 'across accents'].map((how, i) =>
      made(
        `2510.0002${i}`,
        `Speaker voice adaptation ${how}`,
        'We adapt a text-to-speech vocoder to a new speaker voice from audio.',
      ),
    );
    // Not one word in common with the paper; its neighbours' "vocoder", "text-to-speech".
    const sameTopic = made(
      '2510.00031',
      'A neural vocoder for text-to-speech',
      'Our vocoder turns text-to-speech spectrograms into waveforms.',
    );
    const ids = relatedIds(library([paper, ...neighbours, sameTopic]), paper, 5);
    expect(ids.slice(0, 3).sort()).toEqual(neighbours.map((n) => n.id).sort());
    expect(ids).toContain(sameTopic.id);
  });
});
