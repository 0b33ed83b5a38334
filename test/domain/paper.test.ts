import { describe, expect, it } from 'vitest';
import {
  extractArxivId,
  isValidDate,
  makePaper,
  mergeDay,
  mergePaper,
  titleId,
} from '../../src/domain/paper.js';
import { validateDay, ValidationError } from '../../src/domain/validate.js';
import { day, paper } from '../helpers/papers.js';

describe('paper identity', () => {
  it('finds arXiv ids in ids and URLs and drops the version', () => {
    expect(extractArxivId('http://arxiv.org/abs/2401.12345v2')).toBe('2401.12345');
    expect(extractArxivId('2405.1234')).toBe('2405.1234');
    expect(extractArxivId('cs/0112017v1')).toBe('cs/0112017');
    expect(extractArxivId('no id here')).toBeUndefined();
  });

  it('gives a paper without an arXiv id a stable id from its normalized title', () => {
    expect(titleId('Attention Is All You Need')).toBe(titleId('  attention is all   you need!'));
    expect(titleId('Attention Is All You Need')).not.toBe(titleId('Attention Is Not All You Need'));
    const p = makePaper({ title: 'A paper', date: '2026-11-24' });
    expect(p.id).toMatch(/^t-[0-9a-f]{16}$/);
  });

  it('builds abs and pdf links from the arXiv id', () => {
    const p = makePaper({ id: '2405.12345', title: 'x', date: '2026-11-24' });
    expect(p.links).toEqual({
      abs: 'https://arxiv.org/abs/2405.12345',
      pdf: 'https://arxiv.org/pdf/2405.12345',
    });
  });

  it('validates dates for real calendar days only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-2-1')).toBe(false);
  });
});

describe('merging the same paper from two sources', () => {
  it('keeps HF upvotes and code links together with ChatPaperFree summary and translation', () => {
    const hf = paper(1, {
      upvotes: 42,
      links: { code: 'https://github.com/x/y' },
      summary: 'HF one-liner',
      summarySource: 'Hugging Face AI summary',
    });
    const cpf = paper(1, {
      upvotes: undefined,
      summary: '中文总结',
      summarySource: 'ChatPaperFree',
      takeaways: ['要点一', '要点二', '要点三'],
      takeawaysSource: 'ChatPaperFree',
      translation: '中文摘要',
      sources: ['chatpaperfree'],
    });
    const m = mergePaper(hf, cpf);
    expect(m.upvotes).toBe(42);
    expect(m.links.code).toBe('https://github.com/x/y');
    expect(m.translation).toBe('中文摘要');
    expect(m.takeaways).toEqual(['要点一', '要点二', '要点三']);
    expect(m.sources).toEqual(['hf-api', 'chatpaperfree']);
  });

  it('never lets generated text replace a source summary; an LLM result beats extraction', () => {
    const source = paper(1, {
      summary: 'From the source',
      summarySource: 'Hugging Face AI summary',
    });
    const llm = paper(1, { summary: 'From the LLM', summarySource: 'LLM: m' });
    const extracted = paper(1, {
      summary: 'Extracted',
      summarySource: 'extracted from the abstract',
    });
    expect(mergePaper(source, llm).summary).toBe('From the source');
    expect(mergePaper(extracted, llm).summary).toBe('From the LLM');
    expect(mergePaper(llm, extracted).summary).toBe('From the LLM');
  });

  it('re-merging the same day adds nothing and keeps order; new papers are appended', () => {
    const d = day('2026-11-24', [paper(1), paper(2)]);
    const again = mergeDay(d, d);
    expect(again.added).toBe(0);
    expect(again.day.papers.map((p) => p.id)).toEqual(['2611.10001', '2611.10002']);
    const more = mergeDay(d, day('2026-11-24', [paper(3), paper(1, { upvotes: 99 })]));
    expect(more.added).toBe(1);
    expect(more.merged).toBe(1);
    expect(more.day.papers.map((p) => p.upvotes)).toEqual([99, 2, 3]);
  });

  it('matches a title-only record with the arXiv record of the same paper', () => {
    const titleOnly = makePaper({
      title: 'Synthetic paper number 1',
      date: '2026-11-24',
      upvotes: 7,
    });
    const merged = mergeDay(
      day('2026-11-24', [titleOnly]),
      day('2026-11-24', [paper(1, { upvotes: undefined })]),
    );
    expect(merged.day.papers).toHaveLength(1);
    expect(merged.day.papers[0]!.id).toBe('2611.10001');
  });
});

describe('day file validation', () => {
  it('accepts what we write and names the bad field otherwise', () => {
    const d = day('2026-11-24', [paper(1)]);
    expect(validateDay(JSON.parse(JSON.stringify(d))).papers[0]!.id).toBe('2611.10001');
    expect(() => validateDay({ date: '2026-11-24', papers: [{ id: 1 }] }, 'x.json')).toThrow(
      new ValidationError('x.json.papers[0].id is not a string'),
    );
    expect(() => validateDay({ date: 'yesterday', papers: [] })).toThrow(/not YYYY-MM-DD/);
    expect(() => validateDay([])).toThrow(ValidationError);
  });
});

describe('merging regardless of import order', () => {
  it('a title-only record arriving after the arXiv record merges into it', () => {
    const titleOnly = makePaper({
      title: 'Synthetic paper number 1',
      date: '2026-11-24',
      publishedAt: '2026-11-20',
    });
    const withId = paper(1, { publishedAt: '2026-11-20T17:00:00.000Z' });
    const merged = mergeDay(day('2026-11-24', [withId]), day('2026-11-24', [titleOnly]));
    expect(merged.day.papers).toHaveLength(1);
    expect(merged.day.papers[0]!.id).toBe('2611.10001');
    expect(merged.day.papers[0]!.publishedAt).toBe('2026-11-20T17:00:00.000Z');
  });
});
