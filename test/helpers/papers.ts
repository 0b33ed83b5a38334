import { makePaper, type DayList, type Paper } from '../../src/domain/paper.js';

/** A small synthetic paper; override what a test cares about. */
export function paper(n: number, over: Partial<Paper> = {}): Paper {
  return makePaper({
    id: `2611.${String(10000 + n)}`,
    title: `Synthetic paper number ${n}`,
    authors: [`Author ${n}`, 'Second Author'],
    date: '2026-11-24',
    abstract: `We study problem ${n}. We propose a method. It works well on benchmarks.`,
    upvotes: n,
    sources: ['hf-api'],
    ...over,
  });
}

export function day(date: string, papers: Paper[]): DayList {
  return { date, papers: papers.map((p) => ({ ...p, date })), sources: ['hf-api'] };
}
