import { describe, expect, it } from 'vitest';
import { filterPapers } from '../../src/search/engine/filter.js';
import { paper } from '../helpers/papers.js';

describe('negation', () => {
  const papers = [
    paper(1, { title: 'Agents that plan', takeaways: [] }),
    paper(2, { title: 'Diffusion for planning', takeaways: [] }),
    paper(3, { title: 'Diffusion agents', takeaways: ['Agents learn.'] }),
  ];

  it('drops papers holding the word in any field, even with a blank field', () => {
    expect(filterPapers(papers, '!agent')!.map((m) => m.paper.id)).toEqual([papers[1]!.id]);
    expect(filterPapers(papers, 'diffusion !agent')!.map((m) => m.paper.id)).toEqual([
      papers[1]!.id,
    ]);
  });

  it('keeps list order and does not change scores', () => {
    const plain = filterPapers(papers, 'plan')!;
    const neg = filterPapers(papers, 'plan !zebra')!;
    expect(neg).toEqual(plain);
    expect(filterPapers(papers, 'ti:!zebra')!.map((m) => m.paper.id)).toEqual(
      papers.map((p) => p.id),
    );
  });
});
