import { describe, expect, it } from 'vitest';
import { HfShapeError, mapDailyPapers } from '../../src/sources/hf/map.js';
import { readSharedFixture } from '../helpers/fixtures.js';

function fixture(date: string): unknown {
  return JSON.parse(readSharedFixture(`hf-daily-papers-${date}.json`));
}

describe('mapDailyPapers on real responses', () => {
  it.each([
    ['2024-05-27', 13],
    ['2025-07-08', 16],
    ['2026-06-12', 35],
  ])('maps %s to one day of %i papers without dropping any', (date, n) => {
    const r = mapDailyPapers(fixture(date));
    expect(r.dropped).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.days.map((d) => d.date)).toEqual([date]);
    expect(r.days[0]!.papers).toHaveLength(n);
    expect(r.days[0]!.sources).toEqual(['hf-api']);
    for (const p of r.days[0]!.papers) {
      expect(p.title).not.toMatch(/\s{2}|\n/);
      expect(p.sources).toEqual(['hf-api']);
      expect(p.links.abs).toBe(`https://arxiv.org/abs/${p.id}`);
    }
  });

  it('maps the old item shape (2024): day from the top-level publishedAt, no AI summary', () => {
    const p = mapDailyPapers(fixture('2024-05-27')).days[0]!.papers[0]!;
    expect(p).toEqual({
      id: '2405.15738',
      title: 'ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models',
      authors: [
        'Chunjiang Ge',
        'Sijie Cheng',
        'Ziming Wang',
        'Jiale Yuan',
        'Yuan Gao',
        'Jun Song',
        'Shiji Song',
        'Gao Huang',
        'Bo Zheng',
      ],
      date: '2024-05-27',
      publishedAt: '2024-05-24T17:34:15.000Z',
      abstract: expect.stringMatching(
        /^High-resolution Large Multimodal Models \(LMMs\) encounter the challenges of excessive visual tokens/,
      ) as unknown,
      summary: '',
      takeaways: [],
      keywords: [],
      upvotes: 32,
      numComments: 3,
      links: { abs: 'https://arxiv.org/abs/2405.15738', pdf: 'https://arxiv.org/pdf/2405.15738' },
      sources: ['hf-api'],
    });
    expect(p.abstract).not.toContain('\n');
  });

  it('maps the 2025 shape: AI summary, keywords, code, project, stars', () => {
    const papers = mapDailyPapers(fixture('2025-07-08')).days[0]!.papers;
    const memos = papers[0]!;
    expect(memos.id).toBe('2507.03724');
    expect(memos.title).toBe('MemOS: A Memory OS for AI System');
    expect(memos.authors).toHaveLength(39);
    expect(memos.authors.slice(0, 3)).toEqual(['Zhiyu Li', 'Shichao Song', 'Chenyang Xi']);
    expect(memos.summary).toMatch(/^MemOS is proposed as a memory operating system/);
    expect(memos.summarySource).toBe('Hugging Face AI summary');
    expect(memos.keywords).toContain('memory operating system');
    expect(memos.keywords).toHaveLength(9);
    expect(memos.upvotes).toBe(53);
    expect(memos.numComments).toBe(1);
    expect(memos.githubStars).toBe(472);
    expect(memos.publishedAt).toBe('2025-07-04T17:21:46.000Z');
    expect(memos.links).toEqual({
      abs: 'https://arxiv.org/abs/2507.03724',
      pdf: 'https://arxiv.org/pdf/2507.03724',
      code: 'https://github.com/MemTensor/MemOS',
      project: 'https://memos.openmem.net/',
    });

    expect(papers.filter((p) => p.summarySource === 'Hugging Face AI summary')).toHaveLength(14);
    const noAi = papers[6]!; // 2507.05108: code link, no AI summary, no stars
    expect(noAi.id).toBe('2507.05108');
    expect(noAi.summary).toBe('');
    expect(noAi.summarySource).toBeUndefined();
    expect(noAi.githubStars).toBeUndefined();
    expect(noAi.links.code).toBe('https://github.com/SCUT-DLVCLab/AutoHDR');
    expect(noAi.links.project).toBeUndefined();
    expect(papers[7]!.links.project).toBe('https://cumulo-autumn.github.io/StreamDiT/');
    expect(papers[7]!.links.code).toBeUndefined();
  });

  it('maps the newest shape (2026) and leaves out hidden authors', () => {
    const papers = mapDailyPapers(fixture('2026-06-12')).days[0]!.papers;
    const evo = papers[0]!;
    expect(evo.title).toBe(
      'EvoArena: Tracking Memory Evolution for Robust LLM Agents in Dynamic Environments',
    );
    expect(evo.upvotes).toBe(90);
    expect(evo.githubStars).toBe(4);
    expect(evo.authors).toHaveLength(14);
    expect(evo.authors[0]).toBe('Jundong Xu');
    expect(evo.links.code).toBe('https://github.com/Aiden0526/EvoArena');
    expect(evo.links.project).toBe('https://aiden0526.github.io/EvoArena/');
    expect(evo.keywords).toHaveLength(11);
    expect(evo.publishedAt).toBe('2026-06-11T00:00:00.000Z');
    const withHidden = papers.find((p) => p.id === '2606.12575')!;
    expect(withHidden.authors).toHaveLength(9);
    expect(withHidden.authors).not.toContain('Dengyang Jiang');
  });
});

const item = (paper: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  paper: {
    id: '2501.00001',
    title: 'A title',
    submittedOnDailyAt: '2025-03-04T05:00:00Z',
    ...paper,
  },
  ...top,
});

describe('mapDailyPapers at the boundary', () => {
  it('throws a typed error when the response is not a list', () => {
    expect(() => mapDailyPapers({ error: 'Invalid date' })).toThrow(HfShapeError);
    expect(() => mapDailyPapers({ error: 'Invalid date' })).toThrow(
      'expected a list of papers, got an error object: "Invalid date"',
    );
    expect(() => mapDailyPapers(null)).toThrow('got null');
    expect(() => mapDailyPapers('[]')).toThrow('got string');
  });

  it('drops and counts items it cannot use, keeps the rest', () => {
    const r = mapDailyPapers([
      item({}),
      null,
      { title: 'no paper wrapper' },
      item({ id: null }),
      item({ id: '2501.00002', title: null }),
      item({ id: '2501.00003', submittedOnDailyAt: null }),
      item({ id: '2501.00004', title: '  Second\n  paper ' }),
    ]);
    expect(r.dropped).toBe(5);
    expect(r.warnings).toEqual([
      'item 2 skipped: not an object',
      'item 3 skipped: no "paper" object',
      'item 4 skipped: no paper.id',
      'item 5 skipped: 2501.00002: no title',
      'item 6 skipped: 2501.00003: no submittedOnDailyAt or publishedAt to place it on a day',
    ]);
    expect(r.days).toHaveLength(1);
    expect(r.days[0]!.papers.map((p) => [p.id, p.title])).toEqual([
      ['2501.00001', 'A title'],
      ['2501.00004', 'Second paper'],
    ]);
  });

  it('treats null and wrongly typed optional fields as absent', () => {
    const r = mapDailyPapers([
      item(
        {
          authors: null,
          summary: null,
          ai_summary: null,
          ai_keywords: [null, 'ok', 3],
          upvotes: '12',
          githubRepo: 'javascript:alert(1)',
          projectPage: null,
          githubStars: null,
          publishedAt: 'not a date',
        },
        { numComments: null, upvotes: 7 },
      ),
    ]);
    expect(r.dropped).toBe(0);
    const p = r.days[0]!.papers[0]!;
    expect(p).toEqual({
      id: '2501.00001',
      title: 'A title',
      authors: [],
      date: '2025-03-04',
      abstract: '',
      summary: '',
      takeaways: [],
      keywords: ['ok'],
      upvotes: 7,
      links: { abs: 'https://arxiv.org/abs/2501.00001', pdf: 'https://arxiv.org/pdf/2501.00001' },
      sources: ['hf-api'],
    });
  });

  it('groups by the UTC day of submittedOnDailyAt, else the item publishedAt', () => {
    const r = mapDailyPapers([
      item({ id: '2501.00001', submittedOnDailyAt: '2025-03-04T23:30:00-02:00' }),
      item(
        { id: '2501.00002', submittedOnDailyAt: undefined },
        { publishedAt: '2024-05-27T03:50:58Z' },
      ),
      item({ id: '2501.00003', submittedOnDailyAt: '2025-03-04T01:00:00Z' }),
    ]);
    expect(r.days.map((d) => [d.date, d.papers.map((p) => p.id)])).toEqual([
      ['2024-05-27', ['2501.00002']],
      ['2025-03-04', ['2501.00003']],
      ['2025-03-05', ['2501.00001']],
    ]);
  });

  it('puts everything on a forced date, and an empty response is an empty day', () => {
    const r = mapDailyPapers(
      [item({}), item({ id: '2501.00002', submittedOnDailyAt: null })],
      '2025-03-10',
    );
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([['2025-03-10', 2]]);
    expect(mapDailyPapers([], '2025-03-08')).toEqual({
      days: [{ date: '2025-03-08', papers: [], sources: ['hf-api'] }],
      dropped: 0,
      warnings: [],
    });
    expect(mapDailyPapers([])).toEqual({ days: [], dropped: 0, warnings: [] });
  });

  it('merges the same paper listed twice', () => {
    const r = mapDailyPapers([item({ upvotes: 1 }), item({ upvotes: 5 })]);
    expect(r.days[0]!.papers).toHaveLength(1);
    expect(r.days[0]!.papers[0]!.upvotes).toBe(5);
  });

  it('keeps abstract paragraphs but joins hard-wrapped lines', () => {
    const p = mapDailyPapers([item({ summary: 'one\ntwo  three\n\n  four\nfive' })]).days[0]!
      .papers[0]!;
    expect(p.abstract).toBe('one two three\n\nfour five');
  });
});
