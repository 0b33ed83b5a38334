import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/domain/paper.js';
import { ImportError, parseImport } from '../../../src/sources/import/index.js';
import { readSharedFixture } from '../../helpers/fixtures.js';

const own = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function byTitle(papers: Paper[], start: string): Paper {
  const p = papers.find((x) => x.title.startsWith(start));
  if (!p) throw new Error(`no paper titled ${start}…`);
  return p;
}

// An independent reading of the raw page: the list lines between a paper's takeaways heading
// and the next "Cool Papers" (or the next bold block in a post), markers stripped.
function rawTakeaways(raw: string, title: string, heading: string): string[] {
  const lines = raw.split('\n');
  const t = lines.findIndex((l) => l.includes(title));
  const h = lines.findIndex((l, i) => i > t && l.trim().replace(/\*\*/g, '') === heading);
  const items: string[] = [];
  for (const l of lines.slice(h + 1)) {
    if (/^(Cool Papers|\*\*\[)/.test(l.trim())) break;
    const m = /^\s*(?:\d+\.|[-•])\s+(.*)$/.exec(l);
    if (m) items.push(m[1]!.trim());
  }
  if (items.length === 0) throw new Error(`no raw takeaways for ${title}`);
  return items;
}

describe('ChatPaperFree page saved as text', () => {
  const name = 'chatpaperfree-llm-2025-06-01.txt';
  const raw = readSharedFixture(name);
  const result = parseImport(raw, { fileName: name });
  const papers = result.days[0]!.papers;

  it('imports the 19 papers of 2025-06-01 under topic LLM', () => {
    expect(result.format).toBe('chatpaperfree-text');
    expect(result.days.map((d) => d.date)).toEqual(['2025-06-01']);
    expect(papers).toHaveLength(19);
    expect(result.warnings).toEqual([]);
    for (const p of papers) {
      expect(p).toMatchObject({ date: '2025-06-01', topics: ['LLM'], sources: ['chatpaperfree'] });
      expect(p.summarySource).toBe('ChatPaperFree');
      expect(p.takeawaysSource).toBe('ChatPaperFree');
      expect(p.translationLang).toBe('zh');
      expect(p.summary).not.toBe('');
      expect(p.takeaways.length).toBeGreaterThanOrEqual(3);
      expect(p.id).toMatch(/^t-/); // a saved page loses the arXiv links
    }
  });

  it('reads a paper with numbered takeaways and a Summary heading', () => {
    const title = 'How Transformers Learn Regular Language Recognition';
    const p = byTitle(papers, title);
    expect(p.authors).toEqual(['Ruiquan Huang', 'Yingbin Liang', 'Jing Yang']);
    expect(p.comment).toBe('accepted by ICML 2025');
    expect(p.abstract.startsWith('Language recognition tasks are fundamental')).toBe(true);
    expect(p.abstract.endsWith('Our experiments validate those theoretical results.')).toBe(true);
    expect(p.translation?.startsWith('语言识别任务')).toBe(true);
    expect(p.summary.startsWith('本文探讨了')).toBe(true);
    expect(p.takeaways).toHaveLength(6);
    expect(p.takeaways).toEqual(rawTakeaways(raw, title, 'Key Takeaways'));
  });

  it('reads 总结 / 要点摘要 with bulleted takeaways', () => {
    const title = 'HiDe-LLaVA';
    const p = byTitle(papers, title);
    expect(p.comment).toBe('ACL 2025 (Main)');
    expect(p.summary.startsWith('训练数据受限的真实世界中')).toBe(true);
    expect(p.takeaways).toHaveLength(3);
    expect(p.takeaways).toEqual(rawTakeaways(raw, title, '要点摘要'));
  });

  it('reads takeaways separated by blank lines', () => {
    const title = 'MUDDFormer';
    const p = byTitle(papers, title);
    expect(p.authors).toHaveLength(4);
    expect(p.takeaways).toEqual(rawTakeaways(raw, title, 'Key Takeaways'));
    expect(p.takeaways).toHaveLength(6);
  });

  it('reads an inline "Summary:" and a paper whose PDF line has no comment', () => {
    expect(byTitle(papers, 'Core Context Aware').summary.startsWith('基于Transformer的')).toBe(
      true,
    );
    const visatronic = byTitle(papers, 'Visatronic');
    expect(visatronic.comment).toBeUndefined();
    expect(visatronic.takeaways).toHaveLength(6);
  });

  it('reads 摘要 / 关键见解 and "Key Takeaways:"', () => {
    const title = 'Controllable Context Sensitivity';
    const p = byTitle(papers, title);
    expect(p.summary.startsWith('本文探索了')).toBe(true);
    expect(p.takeaways).toEqual(rawTakeaways(raw, title, '关键见解'));
    const last = byTitle(papers, 'Can Small Language Models Learn');
    expect(last.takeaways).toEqual(
      rawTakeaways(raw, 'Can Small Language Models', 'Key Takeaways:'),
    );
  });
});

describe('ChatPaperFree Markdown posts', () => {
  it('imports the 22 NeRF papers of 2024-01-24 with arXiv ids', () => {
    const name = 'chatpaperfree-2024-01-24-NeRF.md';
    const raw = readSharedFixture(name);
    const r = parseImport(raw, { fileName: name });
    const papers = r.days[0]!.papers;
    expect(r.format).toBe('chatpaperfree-md');
    expect(r.days[0]!.date).toBe('2024-01-24');
    expect(papers).toHaveLength(22);
    expect(papers.every((p) => /^\d{4}\.\d{5}$/.test(p.id) && p.topics?.[0] === 'NeRF')).toBe(true);

    const prov = papers[0]!;
    expect(prov.id).toBe('2401.08140');
    expect(prov.links.abs).toBe('https://arxiv.org/abs/2401.08140');
    expect(prov.authors.at(-1)).toBe('Leonidas Guibas');
    expect(prov.comment).toBeUndefined();
    expect(prov.translation).toBeUndefined();
    expect(prov.takeaways).toEqual(rawTakeaways(raw, 'ProvNeRF', 'Key Takeaways'));

    const tri = byTitle(papers, 'TriNeRFLet');
    expect(tri.comment).toBe('webpage link: https://rajaeekh.github.io/trinerflet-web');
    expect(tri.summary.startsWith('引入了基于二维小波表示的')).toBe(true);
    expect(tri.takeaways).toEqual(rawTakeaways(raw, 'TriNeRFLet', '主要内容'));

    const fprf = byTitle(papers, 'FPRF');
    expect(fprf.title).toBe(
      'FPRF: Feed-Forward Photorealistic Style Transfer of Large-Scale 3D Neural Radiance Fields',
    );
    expect(fprf.takeaways).toEqual(rawTakeaways(raw, 'FPRF:', '要点'));
    expect(byTitle(papers, 'MixRT').authors).toHaveLength(5);
  });

  it('imports the 13 3DGS papers of 2024-12-07, skipping the write-up and <details>', () => {
    const name = 'chatpaperfree-2024-12-07-3DGS.md';
    const raw = readSharedFixture(name);
    const papers = parseImport(raw, { fileName: name }).days[0]!.papers;
    expect(papers).toHaveLength(13);
    const turbo = papers[0]!;
    expect(turbo).toMatchObject({
      id: '2412.04470',
      comment: 'project page: https://turbo-3d.github.io/',
    });
    expect(turbo.takeaways).toEqual(rawTakeaways(raw, 'Turbo3D', 'Key Takeaways'));
    expect(turbo.takeaways).toHaveLength(7);
    expect(turbo.summary.startsWith('我们提出Turbo3D')).toBe(true);
    const queen = byTitle(papers, 'QUEEN');
    expect(queen.title).not.toMatch(/\s{2}/);
    expect(queen.comment).toMatch(/^Accepted at NeurIPS 2024, Project website: https:/);
  });

  it('imports a post without papers as an empty day', () => {
    const r = parseImport(readSharedFixture('chatpaperfree-2024-05-06-3DGS-empty.md'));
    expect(r).toEqual({
      format: 'chatpaperfree-md',
      days: [{ date: '2024-05-06', papers: [], sources: ['chatpaperfree'] }],
      warnings: [],
    });
  });
});

describe('ChatPaperFree variants', () => {
  const page = own('cpf-page-variants.txt');

  it('reads other headings, another section order, inline text and list styles', () => {
    const r = parseImport(page);
    expect(r.format).toBe('chatpaperfree-text');
    const [towels, sheep, tea] = r.days[0]!.papers;
    expect(r.days[0]!.date).toBe('2031-02-14');
    expect(towels).toMatchObject({
      title: 'Folding Towels with Imaginary Grippers',
      authors: ['Ada Quill', 'Bram Vos', 'Cyra Lind'],
      comment: '8 pages, 3 figures',
      translation: '我们研究了使用不存在的夹爪折叠毛巾。我们的方法在仿真中每分钟折叠12条毛巾。',
      summary: '本文提出了一种折叠毛巾的虚构方法。',
      takeaways: ['虚构夹爪可以折叠毛巾。', '每分钟折叠12条。'],
      topics: ['Robotics'],
    });
    expect(sheep).toMatchObject({
      abstract:
        'PDF files of sheep are counted by a neural network. We count sheep in PDF documents.',
      summary: '本文用神经网络数羊。',
      takeaways: ['数羊是一项重要任务, 它需要耐心。', '神经网络可以数羊。'],
    });
    expect(sheep!.comment).toBeUndefined();
    expect(sheep!.translation).toBeUndefined();
    expect(tea).toMatchObject({
      abstract: 'We forecast the temperature of tea.\n\nA second paragraph of the abstract.',
      summary: '茶的温度可以预测。\n\n第二段总结。',
      takeaways: ['茶会变凉。', '预测很准确。', '1.5x faster than a thermometer.'],
    });
    expect(r.days[0]!.papers).toHaveLength(3);
  });

  it('gives the same result with Windows line endings and a BOM', () => {
    const crlf = `\uFEFF${page.replace(/\n/g, '\r\n')}`;
    expect(parseImport(crlf)).toEqual(parseImport(page));
  });

  it('lets --topic and --date replace what the page says, with a warning for the date', () => {
    const r = parseImport(page, { topic: 'Towels', date: '2031-02-15' });
    expect(r.days[0]!.date).toBe('2031-02-15');
    expect(r.days[0]!.papers[0]!.topics).toEqual(['Towels']);
    expect(r.warnings).toEqual(['the file says 2031-02-14 but --date is 2031-02-15; using --date']);
  });

  it('reads a post with inline lists, bold labels, a non-arXiv PDF and sections reordered', () => {
    const r = parseImport(own('cpf-post-variants.md'));
    expect(r.format).toBe('chatpaperfree-md');
    const [socks, sandwich] = r.days[0]!.papers;
    expect(r.days[0]!.date).toBe('2031-03-01');
    expect(socks).toMatchObject({
      title: 'Invented Paper About Folding Socks',
      authors: ['Gus Hale', 'Ivy Nord'],
      comment: 'Workshop on Pretend Robots',
      links: { pdf: 'https://openreview.net/pdf?id=abc123' },
      summary: '袜子折叠方法完全是虚构的。',
      takeaways: ['袜子可以被折叠。', '方法是虚构的。'],
      topics: ['Robotics', 'Towels'],
    });
    expect(socks!.id).toMatch(/^t-/);
    expect(sandwich).toMatchObject({
      id: '2103.00042',
      summary: '三明治堆叠基准。',
      takeaways: ['Stacking sandwiches is hard.', 'The benchmark has 40 sandwiches.'],
    });
    expect(sandwich!.comment).toBeUndefined();
  });

  it('says a page without any date needs --date', () => {
    const undated = page.replace('2031-02-14 更新', '更新');
    expect(() => parseImport(undated, { format: 'chatpaperfree-text' })).toThrow(ImportError);
    expect(() => parseImport(undated, { format: 'chatpaperfree-text' })).toThrow(/pass --date/);
    expect(
      parseImport(undated, { format: 'chatpaperfree-text', fileName: 'x-2031-02-01.txt' }).days[0]!
        .date,
    ).toBe('2031-02-01');
  });
});
