import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, toBibtex, toBibtexAll } from '../../src/domain/bibtex.js';
import { makePaper, type Paper } from '../../src/domain/paper.js';

const paper = (over: Partial<Paper> = {}): Paper =>
  makePaper({
    id: '2405.12345',
    title: 'Attention Is All You Need',
    date: '2024-05-27',
    authors: ['Ashish Vaswani', 'Noam Shazeer'],
    ...over,
  });

/** Braces must balance for BibTeX, which counts every brace, escaped or not. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('toBibtex', () => {
  it('writes an arXiv @misc entry', () => {
    expect(toBibtex(paper())).toBe(
      [
        '@misc{vaswani2024attention,',
        '  title = {{Attention Is All You Need}},',
        '  author = {Ashish Vaswani and Noam Shazeer},',
        '  year = {2024},',
        '  eprint = {2405.12345},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2405.12345},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes LaTeX specials in fields', () => {
    const bib = toBibtex(paper({ title: 'Q&A at 100% with snake_case, #1 and $5' }));
    expect(bib).toContain('title = {{Q\\&A at 100\\% with snake\\_case, \\#1 and \\$5}}');
  });

  it('reads LaTeX in titles before escaping (no double escaping)', () => {
    const bib = toBibtex(paper({ title: 'Reaching 54.6\\% with \\textbf{Stacking} and $O(1/t)$' }));
    expect(bib).toContain('title = {{Reaching 54.6\\% with Stacking and O(1/t)}}');
  });

  it('keeps braces balanced', () => {
    const bib = toBibtex(paper({ title: 'Sets {a, b} and } stray {', authors: ['A {B'] }));
    expect(bib).toContain('\\textbraceleft{}');
    expect(bib).toContain('\\textbraceright{}');
    expect(balanced(bib)).toBe(true);
  });

  it('writes accents as LaTeX commands and leaves other scripts in UTF-8', () => {
    expect(bibtexEscape('Müller Gödel Łukasz Ståhl José Dvořák Çelik ß')).toBe(
      'M{\\"u}ller G{\\"o}del {\\L}ukasz St{\\aa}hl Jos{\\\'e} Dvo{\\v{r}}{\\\'a}k {\\c{C}}elik {\\ss}',
    );
    expect(bibtexEscape('张三 α')).toBe('张三 α');
    expect(bibtexEscape('e\u0301')).toBe("{\\'e}"); // decomposed input composes first
  });

  it('escapes backslash, tilde and caret', () => {
    expect(bibtexEscape('a\\b ~c ^d')).toBe(
      'a\\textbackslash{}b \\textasciitilde{}c \\textasciicircum{}d',
    );
  });

  it('keeps a name containing "and" whole', () => {
    const bib = toBibtex(paper({ authors: ['Research and Development Team', 'Bo Li'] }));
    expect(bib).toContain('author = {{Research and Development Team} and Bo Li}');
  });

  it('omits arXiv fields for papers without an arXiv id', () => {
    const p = makePaper({
      title: 'A Blog Post',
      date: '2025-01-02',
      authors: ['Ann Lee'],
      links: { project: 'https://example.org/post' },
    });
    const bib = toBibtex(p);
    expect(bib).not.toContain('eprint');
    expect(bib).not.toContain('archivePrefix');
    expect(bib).toContain('year = {2025}');
    expect(bib).toContain('url = {https://example.org/post}');
  });

  it('uses the year of the arXiv id and the archive of old-style ids', () => {
    expect(bibtexKey(paper({ id: '2001.00001', date: '2024-01-01' }))).toBe('vaswani2020attention');
    const old = toBibtex(paper({ id: 'math.GT/0309136' }));
    expect(old).toContain('year = {2003}');
    expect(old).toContain('eprint = {math.GT/0309136}');
    expect(old).toContain('primaryClass = {math.GT}');
  });

  it('builds keys from folded names and the first significant title word', () => {
    expect(bibtexKey(paper({ authors: ['José Müller-Łęcki'], title: 'On the Road to AGI' }))).toBe(
      'mullerlecki2024road',
    );
    expect(bibtexKey(paper({ authors: ['Smith, John'] }))).toBe('smith2024attention');
    expect(bibtexKey(paper({ authors: [] }))).toBe('anon2024attention');
    expect(bibtexKey(paper({ authors: ['张三'] }))).toBe('anon2024attention');
  });

  it('drops links that are not clean URLs', () => {
    const p = makePaper({ title: 'T', date: '2024-01-01', links: { abs: 'javascript:alert(1)' } });
    expect(toBibtex(p)).not.toContain('url');
  });
});

describe('toBibtexAll', () => {
  it('deduplicates colliding keys with b, c, … suffixes', () => {
    const bib = toBibtexAll([paper(), paper({ id: '2405.22222' }), paper({ id: '2405.33333' })]);
    const keys = [...bib.matchAll(/@misc\{([^,]+),/g)].map((m) => m[1]);
    expect(keys).toEqual([
      'vaswani2024attention',
      'vaswani2024attentionb',
      'vaswani2024attentionc',
    ]);
    expect(balanced(bib)).toBe(true);
  });

  it('never reuses a key that a suffix would produce', () => {
    const bib = toBibtexAll([paper({ title: 'Attentionb' }), paper(), paper({ id: '2405.22222' })]);
    const keys = [...bib.matchAll(/@misc\{([^,]+),/g)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(3);
  });

  it('returns an empty string for no papers', () => {
    expect(toBibtexAll([])).toBe('');
  });
});
