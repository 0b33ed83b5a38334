import Fuse, { type Expression } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { makeLibrary, sampleQueries } from '../../bench/synth.js';
import type { Paper } from '../../src/domain/paper.js';
import { parseQuery } from '../../src/search/engine/query.js';
import { filterPapers } from '../../src/search/engine/filter.js';
import { ALL_FIELDS, FIELD_WEIGHTS } from '../../src/search/engine/score.js';
import { paper } from '../helpers/papers.js';

// fuse.js itself, configured as the reader used it: the scorer must rank exactly like it.
const fuseOf = (papers: Paper[]) =>
  new Fuse(papers, {
    keys: ALL_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
    includeScore: true,
    useExtendedSearch: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
const fuseSearch = (fuse: Fuse<Paper>, query: string) => {
  const expr: Expression = {
    $and: parseQuery(query).map((t) => ({
      $or: (t.fields ?? ALL_FIELDS).map((f) => ({ [f]: t.pattern })),
    })),
  };
  return fuse.search(expr).map((r) => `${r.item.id} ${r.score}`);
};

describe('the scorer ranks like fuse.js', () => {
  const papers = makeLibrary(1500, { perDay: 150, seed: 5 }).flatMap((d) => d.papers);
  const fuse = fuseOf(papers);
  const queries = [
    ...sampleQueries().filter((q) => !q.includes('!')),
    'lanuage modl',
    'multimodal',
    'au:wei',
    'model',
    'd',
    'di',
    'dif',
    'reinforcment',
    '"large language"',
    'gpt-4',
    'visoin',
    'kw:diffusion | kw:robot',
    '=diffusion',
    'learning$',
    'a-very-long-pattern-that-is-longer-than-thirty-two-characters',
  ];
  it.each(queries)('%s', (q) => {
    const ours = (filterPapers(papers, q) ?? []).map((m) => `${m.paper.id} ${m.score}`);
    expect(ours).toEqual(fuseSearch(fuse, q));
  });
});

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
