import { describe, expect, it } from 'vitest';
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
