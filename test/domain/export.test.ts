import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { EXTRACTED_SOURCE } from '../../src/domain/extract.js';
import { toJsonExport, toMarkdownExport, type ExportedPaper } from '../../src/domain/export.js';
import { makePaper, type Paper } from '../../src/domain/paper.js';

const full = makePaper({
  id: '2405.12345',
  title: 'Stacking <Layers> for \\textbf{Fast} Growth',
  date: '2024-05-27',
  authors: ['Ann Lee', 'Bo *Star* Li'],
  abstract: 'We propose stacking. It is fast. It is cheap. It scales to 7B. It beats baselines.',
  summary: 'Stacking grows models 54.6\\% faster.',
  summarySource: 'Hugging Face AI summary',
  takeaways: ['Depthwise stacking works', 'Growth timing\nmatters'],
  takeawaysSource: 'ChatPaperFree',
  links: { code: 'https://github.com/a/b', project: 'javascript:alert(1)' },
});
const bare = makePaper({
  title: 'No Summary Here',
  date: '2024-05-28',
  abstract:
    'We introduce a tiny model for parsing. It parses tables quickly. It handles nested lists well. Results show large gains on three benchmarks.',
});

describe('toMarkdownExport', () => {
  const md = toMarkdownExport([full, bare]);

  it('has every section for every paper', () => {
    expect(md.startsWith('# Papers\n')).toBe(true);
    expect(md.match(/^## \d+\. /gm)).toHaveLength(2);
    expect(md.match(/^### Summary$/gm)).toHaveLength(2);
    expect(md.match(/^### Key takeaways$/gm)).toHaveLength(2);
    expect(md).toContain('**Authors:** Ann Lee, Bo \\*Star\\* Li');
    expect(md).toContain('**Date:** 2024-05-27 · arXiv 2405.12345');
  });

  it('reads LaTeX and keeps angle brackets literal', () => {
    expect(md).toContain('## 1. Stacking \\<Layers\\> for **Fast** Growth');
    expect(md).toContain('Stacking grows models 54.6% faster.');
  });

  it('lists only clean links', () => {
    expect(md).toContain('[arXiv](<https://arxiv.org/abs/2405.12345>)');
    expect(md).toContain('[PDF](<https://arxiv.org/pdf/2405.12345>)');
    expect(md).toContain('[Code](<https://github.com/a/b>)');
    expect(md).not.toContain('javascript');
  });

  it('keeps provenance and fills missing text from the abstract', () => {
    expect(md).toContain('*Source: Hugging Face AI summary*');
    expect(md).toContain('- Growth timing matters');
    expect(md).toContain(`*Source: ${EXTRACTED_SOURCE}*`);
    const second = md.slice(md.indexOf('## 2.'));
    expect(second).toContain('We introduce a tiny model for parsing.');
    expect(second.match(/^- /gm)!.length).toBeGreaterThanOrEqual(3);
  });

  it('renders as Markdown with the expected structure', () => {
    const html = marked.parse(md, { async: false });
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html).toContain('&lt;Layers&gt;');
    expect(html).toContain('<strong>Fast</strong>');
    expect(html).toContain('<a href="https://github.com/a/b">Code</a>');
  });

  it('says so when there is nothing to show', () => {
    const empty = toMarkdownExport([makePaper({ title: 'Empty', date: '2024-01-01' })]);
    expect(empty).toContain('*No summary.*');
    expect(empty).toContain('*No takeaways.*');
    expect(toMarkdownExport([], 'Starred')).toBe('# Starred\n');
  });
});

describe('toJsonExport', () => {
  it('adds the read and starred marks to each paper', () => {
    const marks: Record<string, { read: boolean; starred: boolean }> = {
      [full.id]: { read: true, starred: false },
      [bare.id]: { read: false, starred: true },
    };
    const json = toJsonExport([full, bare], (id) => marks[id]!);
    expect(json.endsWith('\n')).toBe(true);
    const out = JSON.parse(json) as ExportedPaper[];
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ ...full, read: true, starred: false });
    expect(out[1]).toEqual({ ...bare, read: false, starred: true });
  });

  it('exports an empty list as []', () => {
    expect(
      JSON.parse(toJsonExport([] as Paper[], () => ({ read: false, starred: false }))),
    ).toEqual([]);
  });
});
