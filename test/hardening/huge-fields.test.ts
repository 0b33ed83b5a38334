// A 200k-character title and a 5 MB abstract: cut for display before any text processing, so
// they render like an ordinary paper; the JSON shape for scripts keeps everything. Timing is
// measured separately (see the hardening report), never asserted.
import { describe, expect, it } from 'vitest';
import { paperToMarkdown } from '../../src/text/markdown.js';
import { paperJson, plainRow } from '../../src/text/plain.js';
import { renderPlain } from '../../src/text/plain-markdown.js';
import { renderMarkdown } from '../../src/text/terminal-markdown.js';
import { paper } from '../helpers/papers.js';

const title = `Huge ${'title '.repeat(40_000)}`.slice(0, 200_000);
const abstract = 'An abstract sentence that goes on. '.repeat(150_000).slice(0, 5_000_000);
const huge = paper(1, {
  title,
  abstract,
  summary: 'S'.repeat(1_000_000),
  takeaways: Array.from({ length: 10_000 }, (_, i) => `Takeaway ${i} `.repeat(500)),
  authors: Array.from({ length: 100_000 }, (_, i) => `Author ${i} `.repeat(100)),
  keywords: Array.from({ length: 10_000 }, () => 'kw '.repeat(1000)),
  comment: 'c'.repeat(1_000_000),
  translation: '译'.repeat(2_000_000),
});

describe('huge fields', () => {
  it('the paper Markdown is cut to a few screens and says the abstract was shortened', () => {
    const md = paperToMarkdown(huge);
    expect(md.length).toBeLessThan(50_000);
    const heading = md.split('\n')[0]!;
    expect(heading.length).toBeLessThan(600);
    expect(heading.endsWith('…')).toBe(true);
    expect(md).toContain('shortened for display: 5,000,000 characters in all');
    expect(md).toContain('(100000 authors)');
    const zh = paperToMarkdown(huge, { translation: true });
    expect(zh).toContain('shortened for display: 2,000,000 characters in all');
  });

  it('renders, plain and through marked-terminal, to a bounded number of lines', () => {
    const md = paperToMarkdown(huge);
    for (const lines of [renderPlain(md, 80), renderMarkdown(md, 80)]) {
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.length).toBeLessThan(1_000);
    }
  });

  it('a plain list row stays one short line', () => {
    const row = plainRow(huge, { has: () => false });
    expect(row.length).toBeLessThan(600);
    expect(row).not.toContain('\n');
    expect(row).toContain('Huge title');
  });

  it('the JSON for scripts keeps every character', () => {
    const json = paperJson(huge, { has: () => false });
    expect(json.title).toBe(title);
    expect(json.abstract).toBe(abstract);
  });
});
