import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/sources/import/index.js';
import { repairCutUrl } from '../../../src/sources/import/repair-url.js';
import { paperToMarkdown } from '../../../src/text/markdown.js';
import { paperJson } from '../../../src/text/plain.js';
import { readSharedFixture } from '../../helpers/fixtures.js';

const noFlags = { has: () => false };

/** A 2025-03 daily_papers item: no submittedOnDailyAt, dated by publication. */
const item = (n: number, publishedAt: string) => ({
  paper: { id: `2503.${String(n).padStart(5, '0')}`, title: `Paper ${n}`, summary: 'A.' },
  publishedAt,
});
const savedList = JSON.stringify([
  ...Array.from({ length: 9 }, (_, i) => item(i + 1, '2025-03-04T10:00:00.000Z')),
  ...Array.from({ length: 3 }, (_, i) => item(i + 20, '2025-03-05T10:00:00.000Z')),
]);

describe('a saved daily_papers response is one day', () => {
  it('takes the day from the file name', () => {
    const r = parseImport(savedList, { fileName: 'daily_papers-2025-03-05.json' });
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([['2025-03-05', 12]]);
  });

  it('else from the most common day of its items, saying so', () => {
    const r = parseImport(savedList, { fileName: 'saved.json' });
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([['2025-03-04', 12]]);
    expect(r.warnings[0]).toMatch(/2 different days; all placed on 2025-03-04/);
  });

  it('and --date beats both', () => {
    const r = parseImport(savedList, { fileName: 'x-2025-03-05.json', date: '2025-03-06' });
    expect(r.days.map((d) => d.date)).toEqual(['2025-03-06']);
  });

  it('keeps the organization a paper was submitted under', () => {
    const r = parseImport(readSharedFixture('hf-daily-papers-2026-06-12.json'), {});
    const p = r.days[0]!.papers[0]!;
    expect(p.organization).toBe('Massachusetts Institute of Technology');
    expect(paperJson(p, noFlags).organization).toBe('Massachusetts Institute of Technology');
  });
});

describe('ChatPaperFree front matter', () => {
  it('keeps the post tags as topics, shown by `show` and in --json', () => {
    const r = parseImport(readSharedFixture('chatpaperfree-2024-12-07-3DGS.md'), {});
    const p = r.days[0]!.papers[0]!;
    expect(paperJson(p, noFlags).topics).toEqual(['3DGS']);
    expect(paperToMarkdown(p)).toMatch(/^Topics: 3DGS$/m);
  });
});

describe('daily-arXiv JSONL', () => {
  const jsonl = readSharedFixture('daily-arxiv-ai-enhanced-2026-06-29_AI_enhanced_Chinese.jsonl');
  const papers = parseImport(jsonl, { fileName: '2026-06-29_AI_enhanced_Chinese.jsonl' }).days[0]!
    .papers;

  it('repairs the code URLs the digest cut short, from the same record', () => {
    const code = papers.map((p) => p.links.code).filter(Boolean);
    expect(code).toContain('https://github.com/2186cloud/hipnet');
    expect(code).toContain('https://github.com/anaanaa/TIRNet');
    expect(code).toContain('https://github.com/J-C-Zhao/StructSplat');
    // Complete URLs stay as they are, whatever punctuation follows them in the prose.
    expect(code).toContain('https://github.com/AlexColagrande/HO-FNO');
    expect(code).toContain('https://lijiaxin0111.github.io/HAT4D');
    expect(code).toContain('https://github.com/XiruiTeng/LVDR_Official');
  });

  it('keeps arXiv categories as categories', () => {
    const p = papers.find((x) => x.links.code === 'https://github.com/FanBroWell/CryptoGAT');
    expect(p?.categories).toEqual(['cs.CE', 'q-fin.ST']);
    expect(paperJson(p!, noFlags).categories).toEqual(['cs.CE', 'q-fin.ST']);
  });

  it('never repairs from two different longer URLs', () => {
    const texts = ['see https://x.org/ab and https://x.org/ac.'];
    expect(repairCutUrl('https://x.org/a', texts)).toBe('https://x.org/a');
    expect(repairCutUrl('https://x.org/a', ['at https://x.org/abc.'])).toBe('https://x.org/abc');
  });
});
