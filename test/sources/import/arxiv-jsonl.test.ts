import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseImport } from '../../../src/sources/import/index.js';
import { readSharedFixture } from '../../helpers/fixtures.js';

const OWN = '2030-05-06_AI_enhanced_English.jsonl';
const own = readFileSync(new URL(`../../fixtures/import/${OWN}`, import.meta.url), 'utf8');

describe('daily-arXiv-ai-enhanced JSONL', () => {
  const name = 'daily-arxiv-ai-enhanced-2026-06-29_AI_enhanced_Chinese.jsonl';
  const raw = readSharedFixture(name);
  const records = raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown> & { AI: Record<string, string> });

  it('imports the 166 records into the day named by the file', () => {
    const r = parseImport(raw, { fileName: name });
    expect(r.format).toBe('arxiv-ai-jsonl');
    expect(r.warnings).toEqual([]);
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([['2026-06-29', 166]]);
  });

  it('maps each record field by field, the AI block as summary and labelled takeaways', () => {
    const papers = parseImport(raw, { fileName: name }).days[0]!.papers;
    papers.forEach((p, i) => {
      const rec = records[i]!;
      expect(p.id).toBe(rec.id);
      expect(p.title).toBe(rec.title);
      expect(p.authors).toEqual(rec.authors);
      expect(p.comment).toBe(rec.comment ?? undefined);
      expect(p.categories).toEqual(rec.categories);
      expect(p.links).toMatchObject({ abs: rec.abs, pdf: rec.pdf });
      expect(p.summary).toBe(rec.AI.tldr);
      expect(p.takeaways).toEqual([
        `动机：${rec.AI.motivation}`,
        `方法：${rec.AI.method}`,
        `结果：${rec.AI.result}`,
        `结论：${rec.AI.conclusion}`,
      ]);
      expect(p).toMatchObject({
        date: '2026-06-29',
        summarySource: 'daily-arXiv-ai-enhanced',
        takeawaysSource: 'daily-arXiv-ai-enhanced',
        sources: ['arxiv-ai-jsonl'],
      });
    });
    const withCode = papers.find((p) => p.id === '2606.27670')!;
    expect(withCode).toMatchObject({
      comment: 'Under review',
      githubStars: 1,
      links: { code: 'https://github.com/FanBroWell/CryptoGAT' },
    });
  });

  it('skips bad lines with a warning naming the line, and labels English in English', () => {
    const r = parseImport(own, { fileName: OWN, topic: 'Optimisation' });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^line 2: not valid JSON \(.+\); skipped$/),
      'line 4: not a paper record (no title); skipped',
    ]);
    const [first, second] = r.days[0]!.papers;
    expect(r.days[0]!.date).toBe('2030-05-06');
    expect(first).toMatchObject({
      id: '3005.00001',
      title: 'An Imaginary Learning Rate Schedule',
      authors: ['Mia Stone', 'Noa Reed'],
      abstract: 'We propose a schedule that nobody has tried.',
      summary: 'A made-up schedule.',
      takeaways: [
        'Motivation: Schedules matter.',
        'Method: We invent one.',
        'Result: It works in our heads.',
      ],
      githubStars: 7,
      links: { code: 'https://github.com/example/schedule' },
      topics: ['Optimisation'],
    });
    expect(first!.comment).toBeUndefined();
    expect(second).toMatchObject({ id: '3005.00002', comment: '4 pages', authors: [] });
  });

  it('needs a day from --date or the file name', () => {
    expect(() => parseImport(own)).toThrow(ImportError);
    expect(() => parseImport(own)).toThrow(
      'arxiv-ai-jsonl: the file gives no date; pass --date YYYY-MM-DD',
    );
    expect(parseImport(own, { date: '2030-05-07' }).days[0]!.date).toBe('2030-05-07');
  });

  it('fails when no line is a paper', () => {
    const bad = '{"id": "1", "AI": {}, "title": ""}\n{"id": "2", "AI": {}, "title": 3}\n';
    expect(() => parseImport(bad, { date: '2030-01-01' })).toThrow(
      'arxiv-ai-jsonl: none of the 2 lines is a paper',
    );
  });
});
