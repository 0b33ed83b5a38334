import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/paper.js';
import {
  filterPapers,
  matchedAuthors,
  matchRanges,
  tierCounts,
} from '../../src/search/engine/filter.js';
import { editsTo } from '../../src/search/engine/damerau.js';
import { paper } from '../helpers/papers.js';

const plain = { abstract: 'Nothing to see.', summary: '', keywords: [], takeaways: [] };
const ids = (papers: Paper[], q: string) => (filterPapers(papers, q) ?? []).map((m) => m.paper.id);
const tiers = (papers: Paper[], q: string) =>
  (filterPapers(papers, q) ?? []).map((m) => `${m.paper.id} ${m.tier}`);

describe('tiers: words before word parts before typos', () => {
  const imagenet = paper(1, { ...plain, title: 'Scaling ImageNet classifiers' });
  const latent = paper(2, { ...plain, title: 'Latent reasoning' });
  const agents = paper(3, { ...plain, title: 'Web agents that plan' });
  const abstractOnly = paper(4, { ...plain, abstract: 'An agent walks into a bar.' });
  const agentic = paper(5, { ...plain, title: 'Agentic search' });
  const papers = [imagenet, latent, agents, abstractOnly, agentic];

  it('does not let a typo inside another word match: /agent skips ImageNet and Latent', () => {
    expect(ids(papers, 'agent')).toEqual([agents.id, agentic.id, abstractOnly.id]);
  });

  it('counts word starts as words and ranks the title above the abstract', () => {
    expect(tiers(papers, 'agent')).toEqual([
      `${agents.id} exact`,
      `${agentic.id} exact`,
      `${abstractOnly.id} exact`,
    ]);
  });

  it('puts a word the query starts with in the prefix tier, after exact words', () => {
    const singular = paper(6, { ...plain, title: 'One agent alone' });
    const plural = paper(7, { ...plain, abstract: 'Many agents together.' });
    expect(tiers([singular, plural], 'agents')).toEqual([
      `${plural.id} exact`,
      `${singular.id} prefix`,
    ]);
  });

  it('says how many matches each tier holds', () => {
    const m = filterPapers([...papers, paper(8, { ...plain, title: 'Agnet typo' })], 'agent')!;
    expect(tierCounts(m)).toEqual({ exact: 3, prefix: 0, fuzzy: 1 });
  });
});

describe('typos as people make them', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editsTo('agnet', 'agent', 2).whole).toBe(1);
    expect(editsTo('laetnt', 'latent', 2).whole).toBe(1);
  });

  it('finds agent for agnet and latent for laetnt, the whole word first', () => {
    const agent = paper(1, { ...plain, title: 'An agent' });
    const agents = paper(2, { ...plain, title: 'Many agents' });
    const latent = paper(3, { ...plain, title: 'Latent spaces' });
    const magnet = paper(4, { ...plain, title: 'Magnetic fields' });
    const found = ids([magnet, agents, agent, latent], 'agnet');
    expect(found[0]).toBe(agent.id);
    expect(found).toContain(agents.id);
    expect(found).not.toContain(latent.id);
    expect(ids([magnet, agents, agent, latent], 'laetnt')).toEqual([latent.id]);
  });

  it('allows no edit for short words and two from eight letters', () => {
    const cat = paper(1, { ...plain, title: 'A cat' });
    const transformer = paper(2, { ...plain, title: 'Transformer' });
    expect(ids([cat], 'cta')).toEqual([]);
    expect(ids([transformer], 'transfomer')).toEqual([transformer.id]);
    expect(ids([transformer], 'tarnsfomer')).toEqual([transformer.id]);
    expect(ids([transformer], 'xyzsformer')).toEqual([]);
  });

  it('ranks a typo of the whole word above a typo of a word start: spech finds speech first', () => {
    const specific = paper(1, { ...plain, title: 'Specific methods' });
    const speech = paper(2, { ...plain, abstract: 'Speech recognition.' });
    expect(ids([specific, speech], 'spech')).toEqual([speech.id, specific.id]);
  });
});

describe('punctuation and spacing do not matter', () => {
  const cot = paper(1, { ...plain, title: 'Chain-of-Thought prompting' });
  const noise = paper(2, {
    ...plain,
    title: 'Thought experiments',
    abstract: 'A chain of command, of sorts.',
  });
  const gpt4 = paper(3, { ...plain, title: 'Beating GPT-4o at chess' });
  const gpt4b = paper(4, { ...plain, abstract: 'Compared with GPT4 and others.' });
  const gs = paper(5, { ...plain, title: 'Fast 3D-GS rendering' });
  const gs2 = paper(6, { ...plain, title: '3DGS in the wild' });
  const gs3 = paper(7, { ...plain, abstract: 'We use 3D GS.' });

  it('finds chain-of-thought for chain of thought, in the exact tier, above scattered words', () => {
    for (const q of ['chain of thought', 'chain-of-thought', 'Chain Of Thought'])
      expect(tiers([noise, cot], q), q).toEqual([`${cot.id} exact`, `${noise.id} exact`]);
  });

  it('finds the same papers for gpt4, gpt-4 and gpt 4', () => {
    for (const q of ['gpt4', 'gpt-4', 'gpt 4', 'GPT4'])
      expect(ids([gpt4, gpt4b, gs], q).sort(), q).toEqual([gpt4.id, gpt4b.id]);
  });

  it('finds the same papers for 3dgs, 3d-gs and 3D GS', () => {
    for (const q of ['3dgs', '3d-gs', '3D GS'])
      expect(ids([gs, gs2, gs3, gpt4], q).sort(), q).toEqual([gs.id, gs2.id, gs3.id]);
  });

  it("keeps a quoted phrase exact: 'chain of thought' needs those words in that order", () => {
    expect(ids([noise, cot], "'chain of thought'")).toEqual([]);
    const written = paper(8, { ...plain, abstract: 'We use chain of thought here.' });
    expect(ids([noise, cot, written], "'chain of thought'")).toEqual([written.id]);
    expect(ids([noise, cot, written], '"chain of thought"')).toEqual([written.id]);
  });
});

describe('names', () => {
  const song = paper(1, { ...plain, title: 'Search', authors: ['Maosong Cao', 'Li Wei'] });
  const xs = paper(2, {
    ...plain,
    title: 'Reasoning',
    authors: ['Anna Ng', 'Bo Li', 'Xinyuan Song', 'Cy Dee'],
  });
  const apart = paper(3, { ...plain, title: 'Song of xinyuan', authors: ['Wei Song'] });
  const papers = [song, apart, xs];

  it('matches au: names in any order and by initial', () => {
    expect(ids(papers, 'au:song xinyuan')).toEqual([xs.id, apart.id]);
    expect(ids(papers, 'au:x song')).toEqual([xs.id]);
    expect(ids(papers, 'au:song')).not.toContain(song.id);
  });

  it('ranks the papers of a full name first', () => {
    expect(ids(papers, 'xinyuan song')[0]).toBe(xs.id);
    expect(ids(papers, 'Xinyuan Song')[0]).toBe(xs.id);
  });

  it('tells which authors the query named, for a cut author list', () => {
    expect(matchedAuthors(xs, 'xinyuan song')).toEqual(['Xinyuan Song']);
    expect(matchedAuthors(xs, 'au:x song')).toEqual(['Xinyuan Song']);
    expect(matchedAuthors(xs, 'reasoning')).toEqual([]);
  });

  it('searches arXiv categories with cat: and topics with tp:', () => {
    const cv = paper(4, { ...plain, categories: ['cs.CV', 'cs.LG'], topics: ['NeRF'] });
    const cl = paper(5, { ...plain, categories: ['cs.CL'] });
    expect(ids([cv, cl], 'cat:cs.cv')).toEqual([cv.id]);
    expect(ids([cv, cl], 'tp:nerf')).toEqual([cv.id]);
    expect(ids([cv, cl], 'cat:cs')).toEqual([cv.id, cl.id]);
  });
});

describe('what matched', () => {
  it('gives the matched words and their ranges in any text', () => {
    const p = paper(1, { ...plain, title: 'Agents, agentic agents', abstract: 'An Agent.' });
    const m = filterPapers([p], 'agent')![0]!;
    expect(m.words.sort()).toEqual(['agent', 'agentic', 'agents']);
    expect(m.titleRanges).toEqual([
      [0, 5],
      [8, 14],
      [16, 21],
    ]);
    expect(matchRanges(p.abstract, m.words)).toEqual([[3, 7]]);
  });
});
