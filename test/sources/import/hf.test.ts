import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseImport } from '../../../src/sources/import/index.js';
import { readSharedFixture } from '../../helpers/fixtures.js';

const own = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function thrown(f: () => unknown): ImportError {
  try {
    f();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('Hugging Face papers page saved as text', () => {
  const name = 'hf-daily-papers-page-oct29.txt';
  const raw = readSharedFixture(name);

  it('imports the 93 entries into the --date day', () => {
    const r = parseImport(raw, { fileName: name, date: '2025-10-29' });
    expect(r.format).toBe('hf-page');
    expect(r.warnings).toEqual([]);
    expect(r.days).toHaveLength(1);
    const papers = r.days[0]!.papers;
    expect(papers).toHaveLength(93);
    for (const p of papers) {
      expect(p).toMatchObject({ date: '2025-10-29', sources: ['hf-page'], authors: [] });
      expect(p.title).not.toBe('');
      expect(p.abstract.length).toBeGreaterThan(100);
      expect(p.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(papers.filter((p) => p.upvotes !== undefined)).toHaveLength(20);
  });

  it('reads dates with and without a year, and upvotes after them', () => {
    const papers = parseImport(raw, { date: '2025-10-29' }).days[0]!.papers;
    const first = papers[0]!;
    expect(first.title.startsWith('Self-Tuning Networks: Bilevel Optimization')).toBe(true);
    expect(first.abstract.startsWith('Hyperparameter optimization can be formulated')).toBe(true);
    expect(first.publishedAt).toBe('2019-03-07');
    expect(first.upvotes).toBeUndefined();
    const third = papers[2]!;
    expect(third.title.startsWith('The Future of MLLM Prompting is Adaptive')).toBe(true);
    expect(third).toMatchObject({ publishedAt: '2025-04-14', upvotes: 1 });
    const last = papers.at(-1)!;
    expect(last.title).toBe("Who's Harry Potter? Approximate Unlearning in LLMs");
    expect(last).toMatchObject({ publishedAt: '2023-10-03', upvotes: 4 });
  });

  it('refuses a page date without a year, saying how to give one', () => {
    const err = thrown(() => parseImport(raw, { fileName: name }));
    expect(err.code).toBe('no-date');
    expect(err.message).toBe(
      'hf-page: the page date "Oct 29" has no year; pass --date YYYY-10-29 (the newest dated paper on it is from 2024)',
    );
  });

  it('takes the year from the file name, and warns when --date is another day', () => {
    expect(parseImport(raw, { fileName: 'hf-2025-oct29.txt' }).days[0]!.date).toBe('2025-10-29');
    expect(parseImport(raw, { fileName: 'papers-2025-10-29.txt' }).days[0]!.date).toBe(
      '2025-10-29',
    );
    const r = parseImport(raw, { date: '2025-10-30' });
    expect(r.warnings).toEqual(['the page is for Oct 29 but --date is 2025-10-30; using --date']);
  });

  it('puts a year-less date after the page date in the year before; reads 1.2k upvotes', () => {
    const r = parseImport(own('hf-page-small.txt'), { date: '2031-01-03' });
    expect(r.format).toBe('hf-page');
    const [winter, older, popular] = r.days[0]!.papers;
    expect(winter).toMatchObject({
      title: 'An Invented Paper About Winter Datasets',
      abstract: 'We collect a winter dataset of imaginary snowflakes.',
      publishedAt: '2030-12-30',
      upvotes: 5,
    });
    expect(older).toMatchObject({ publishedAt: '2021-02-02' });
    expect(older!.upvotes).toBeUndefined();
    expect(popular).toMatchObject({ publishedAt: '2031-01-02', upvotes: 1200 });
  });
});

describe('Hugging Face daily_papers API JSON', () => {
  it.each([
    ['hf-daily-papers-2024-05-27.json', '2024-05-27', 13],
    ['hf-daily-papers-2025-07-08.json', '2025-07-08', 16],
    ['hf-daily-papers-2026-06-12.json', '2026-06-12', 35],
  ])('imports %s as %s with %i papers', (name, date, count) => {
    const r = parseImport(readSharedFixture(name), { fileName: name });
    expect(r.format).toBe('hf-api');
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([[date, count]]);
    expect(r.days[0]!.papers.every((p) => p.sources.includes('hf-api'))).toBe(true);
  });

  it('keeps the mapping of hf-map (ids, upvotes, AI summary) and adds --topic', () => {
    const raw = readSharedFixture('hf-daily-papers-2025-07-08.json');
    const items = JSON.parse(raw) as {
      paper: { id: string; upvotes: number; ai_summary?: string };
    }[];
    const r = parseImport(raw, { topic: 'Agents' });
    const papers = r.days[0]!.papers;
    expect(papers.map((p) => p.id)).toEqual(items.map((i) => i.paper.id));
    expect(papers.map((p) => p.upvotes)).toEqual(items.map((i) => i.paper.upvotes));
    expect(papers.filter((p) => p.summary !== '')).toHaveLength(14);
    expect(papers.every((p) => p.topics?.[0] === 'Agents')).toBe(true);
  });

  it('imports an empty list only when --date says which day it is', () => {
    expect(parseImport('[]', { date: '2025-01-02' }).days).toEqual([
      { date: '2025-01-02', papers: [], sources: ['hf-api'] },
    ]);
    expect(thrown(() => parseImport('[]')).code).toBe('no-date');
  });

  it('fails when no item is a paper, even with --date', () => {
    const err = thrown(() => parseImport('[{"paper": {}}, {"paper": {}}]', { date: '2025-01-02' }));
    expect(err.message).toBe(
      'hf-api: none of the 2 items is a paper (item 1 skipped: no paper.id)',
    );
  });

  it('turns broken JSON and a wrong shape into ImportErrors', () => {
    expect(thrown(() => parseImport('[{"paper": {', { format: 'hf-api' })).message).toMatch(
      /^hf-api: not valid JSON/,
    );
    expect(thrown(() => parseImport('{"error": "x"}', { format: 'hf-api' })).code).toBe(
      'malformed',
    );
  });
});
