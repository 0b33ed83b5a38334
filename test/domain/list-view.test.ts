import { describe, expect, it } from 'vitest';
import { filterPapers } from '../../src/search/engine/filter.js';
import { parseQuery } from '../../src/search/engine/query.js';
import { visibleRows } from '../../src/domain/list-view.js';
import type { ListView } from '../../src/domain/list-view.js';
import { paper } from '../helpers/papers.js';

const papers = [
  paper(1, {
    title: 'Diffusion Models for Protein Design',
    authors: ['Mei Lin', 'Ravi Kumar'],
    keywords: ['protein'],
    upvotes: 10,
  }),
  paper(2, {
    title: 'Scaling Laws for Sparse Attention',
    authors: ['Ana Souza'],
    keywords: ['attention'],
    upvotes: 50,
    links: { code: 'https://github.com/a/b' },
  }),
  paper(3, {
    title: 'Robot Learning from Video',
    authors: ['Kofi Mensah', 'Mei Lin'],
    keywords: ['robotics'],
    upvotes: 3,
    publishedAt: '2026-11-22T00:00:00Z',
  }),
];
const view: ListView = {
  unreadOnly: false,
  starredOnly: false,
  hasCode: false,
  minUpvotes: 0,
  sort: 'listed',
};
const noFlags = { has: () => false };

describe('day filter', () => {
  it('finds a paper by a fuzzy title word and highlights it', () => {
    const m = filterPapers(papers, 'difusion')!;
    expect(m[0]!.paper.id).toBe('2611.10001');
    expect(m[0]!.titleRanges.length).toBeGreaterThan(0);
    expect(filterPapers(papers, "ti:'sparse")![0]!.titleRanges).toEqual([[17, 22]]);
  });

  it('au: restricts to authors, kw: to keywords, ti: to titles', () => {
    expect(
      filterPapers(papers, 'au:mei')!
        .map((m) => m.paper.id)
        .sort(),
    ).toEqual(['2611.10001', '2611.10003']);
    expect(filterPapers(papers, 'kw:robotics')!.map((m) => m.paper.id)).toEqual(['2611.10003']);
    expect(filterPapers(papers, 'ti:video')!.map((m) => m.paper.id)).toEqual(['2611.10003']);
  });

  it("supports fuse's extended syntax: 'exact, !not, ^prefix", () => {
    expect(filterPapers(papers, "ti:'sparse")!.map((m) => m.paper.id)).toEqual(['2611.10002']);
    expect(filterPapers(papers, 'au:mei ti:!robot')!.map((m) => m.paper.id)).toEqual([
      '2611.10001',
    ]);
    expect(filterPapers(papers, 'ti:^scaling')!.map((m) => m.paper.id)).toEqual(['2611.10002']);
  });

  it('an empty query is no filter', () => {
    expect(filterPapers(papers, '   ')).toBeUndefined();
    expect(parseQuery('au: ')).toEqual([]);
  });
});

describe('visible rows', () => {
  it('hides read papers when showing unread only', () => {
    const flags = { has: (f: string, id: string) => f === 'read' && id === '2611.10002' };
    const rows = visibleRows(papers, undefined, { ...view, unreadOnly: true }, flags);
    expect(rows.map((r) => r.paper.id)).toEqual(['2611.10001', '2611.10003']);
  });

  it('sorts by upvotes, title and published date', () => {
    const ids = (sort: ListView['sort']) =>
      visibleRows(papers, undefined, { ...view, sort }, noFlags).map((r) => r.paper.upvotes);
    expect(ids('upvotes')).toEqual([50, 10, 3]);
    expect(
      visibleRows(papers, undefined, { ...view, sort: 'title' }, noFlags)[0]!.paper.title,
    ).toMatch(/^Diffusion/);
    expect(
      visibleRows(papers, undefined, { ...view, sort: 'published' }, noFlags)[0]!.paper.id,
    ).toBe('2611.10003');
  });

  it('filters by code and minimum upvotes', () => {
    expect(
      visibleRows(papers, undefined, { ...view, hasCode: true }, noFlags).map((r) => r.paper.id),
    ).toEqual(['2611.10002']);
    expect(visibleRows(papers, undefined, { ...view, minUpvotes: 5 }, noFlags)).toHaveLength(2);
  });
});
