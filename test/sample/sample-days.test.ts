import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../src/domain/paper.js';
import { validateDay } from '../../src/domain/validate.js';
import { SAMPLE_DATES, SAMPLE_NOTE } from '../../src/sample/catalog.js';
import { SAMPLE_DAYS } from '../../src/sample/days.js';

const all = SAMPLE_DAYS.flatMap((d) => d.papers);
const CJK = /[\u4e00-\u9fff]/;

describe('bundled sample days', () => {
  it('has two distinct, valid days with at least 12 papers each', () => {
    expect(SAMPLE_DAYS).toHaveLength(2);
    expect(SAMPLE_DAYS.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24']);
    // The catalog lists the dates without loading the data: it must match the data.
    expect(SAMPLE_DATES).toEqual(SAMPLE_DAYS.map((d) => d.date));
    for (const day of SAMPLE_DAYS) {
      expect(isValidDate(day.date)).toBe(true);
      expect(day.papers.length).toBeGreaterThanOrEqual(12);
      expect(day.sources).toEqual(['sample']);
      for (const p of day.papers) expect(p.date).toBe(day.date);
    }
  });

  it('survives the same validation as a stored day file', () => {
    for (const day of SAMPLE_DAYS) {
      const json = JSON.parse(JSON.stringify(day)) as unknown;
      expect(validateDay(json, `sample ${day.date}`)).toEqual(json);
    }
  });

  it('gives every paper a unique arXiv-style id with abs and pdf links', () => {
    const ids = all.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of all) {
      expect(p.id).toMatch(/^\d{4}\.\d{5}$/);
      expect(p.links.abs).toBe(`https://arxiv.org/abs/${p.id}`);
      expect(p.links.pdf).toBe(`https://arxiv.org/pdf/${p.id}`);
      expect(p.sources).toEqual(['sample']);
    }
  });

  it('fills in everything the reader shows', () => {
    for (const p of all) {
      expect(p.title.trim(), p.id).not.toBe('');
      expect(p.authors.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.authors.length, p.id).toBeLessThanOrEqual(9);
      const words = p.abstract.split(/\s+/).length;
      expect(words, p.id).toBeGreaterThanOrEqual(120);
      expect(words, p.id).toBeLessThanOrEqual(220);
      expect(p.summary.trim(), p.id).not.toBe('');
      expect(p.summarySource, p.id).toBeTruthy();
      expect(p.takeaways.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.takeaways.length, p.id).toBeLessThanOrEqual(6);
      expect(
        p.takeaways.every((t) => t.trim() !== ''),
        p.id,
      ).toBe(true);
      expect(p.keywords.length, p.id).toBeGreaterThanOrEqual(3);
      expect(
        p.keywords.every((k) => k === k.toLowerCase()),
        p.id,
      ).toBe(true);
      expect(Number.isNaN(Date.parse(p.publishedAt ?? '')), p.id).toBe(false);
    }
  });

  it('includes Chinese translations, some with Chinese summaries', () => {
    const translated = all.filter((p) => p.translation);
    expect(translated.length).toBeGreaterThanOrEqual(3);
    for (const p of translated) {
      expect(p.translationLang).toBe('zh');
      expect(p.translation).toMatch(CJK);
    }
    const zhSummaries = translated.filter((p) => CJK.test(p.summary));
    expect(zhSummaries.length).toBeGreaterThanOrEqual(2);
    for (const p of zhSummaries) expect(p.takeaways.every((t) => CJK.test(t))).toBe(true);
  });

  it('includes code and project links that look like real URLs', () => {
    const code = all.filter((p) => p.links.code);
    expect(code.length).toBeGreaterThanOrEqual(all.length / 3);
    for (const p of code) expect(p.links.code).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(all.some((p) => p.links.project?.startsWith('https://'))).toBe(true);
  });

  it('covers the text shapes the renderer must handle', () => {
    expect(all.some((p) => p.abstract.includes('\\textbf{'))).toBe(true);
    expect(all.some((p) => /\$[^$]+\$/.test(p.abstract))).toBe(true);
    expect(all.some((p) => p.abstract.includes('<subject, relation, object>'))).toBe(true);
    expect(Math.max(...all.map((p) => p.title.length))).toBeGreaterThanOrEqual(140);
    expect(Math.min(...all.map((p) => p.title.length))).toBeLessThanOrEqual(15);
  });

  it('tells the user how to get real papers', () => {
    expect(SAMPLE_NOTE).toContain('papers sync');
    expect(SAMPLE_NOTE).toContain('papers import');
  });
});
