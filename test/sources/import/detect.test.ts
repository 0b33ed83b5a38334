import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, ImportError, parseImport } from '../../../src/sources/import/index.js';
import { readSharedFixture } from '../../helpers/fixtures.js';

const own = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as ImportError).code;
  }
  return undefined;
}

describe('detectFormat', () => {
  it.each([
    ['chatpaperfree-llm-2025-06-01.txt', 'chatpaperfree-text'],
    ['chatpaperfree-2024-01-24-NeRF.md', 'chatpaperfree-md'],
    ['chatpaperfree-2024-12-07-3DGS.md', 'chatpaperfree-md'],
    ['chatpaperfree-2024-05-06-3DGS-empty.md', 'chatpaperfree-md'],
    ['hf-daily-papers-page-oct29.txt', 'hf-page'],
    ['hf-daily-papers-2024-05-27.json', 'hf-api'],
    ['hf-daily-papers-2025-07-08.json', 'hf-api'],
    ['hf-daily-papers-2026-06-12.json', 'hf-api'],
    ['daily-arxiv-ai-enhanced-2026-06-29_AI_enhanced_Chinese.jsonl', 'arxiv-ai-jsonl'],
  ])('reads %s as %s', (name, format) => {
    expect(detectFormat(readSharedFixture(name))).toBe(format);
  });

  it.each([
    ['cpf-page-variants.txt', 'chatpaperfree-text'],
    ['cpf-post-variants.md', 'chatpaperfree-md'],
    ['hf-page-small.txt', 'hf-page'],
    ['2030-05-06_AI_enhanced_English.jsonl', 'arxiv-ai-jsonl'],
  ])('reads own fixture %s as %s', (name, format) => {
    expect(detectFormat(own(name))).toBe(format);
  });

  it.each([
    ['cpf-page-variants.txt', {}],
    ['cpf-post-variants.md', {}],
    ['hf-page-small.txt', { date: '2031-01-03' }],
    ['2030-05-06_AI_enhanced_English.jsonl', { fileName: '2030-05-06.jsonl' }],
  ])('reads %s the same with CRLF line endings', (name, opts) => {
    const text = own(name);
    expect(parseImport(text.replace(/\n/g, '\r\n'), opts)).toEqual(parseImport(text, opts));
  });

  it('looks at content, not the file name', () => {
    const jsonl = own('2030-05-06_AI_enhanced_English.jsonl');
    expect(parseImport(jsonl, { fileName: 'notes-2030-05-06.md' }).format).toBe('arxiv-ai-jsonl');
  });

  it('lets --format override detection', () => {
    const text = own('hf-page-small.txt');
    expect(code(() => parseImport(text, { format: 'hf-api' }))).toBe('malformed');
  });
});

describe('parseImport refuses what is not a digest', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['whitespace', ' \r\n\t\n', 'empty'],
    ['binary bytes', 'PK\u0003\u0004\u0000\u0000binary', 'binary'],
    ['undecodable bytes', '\uFFFD\uFFFD\uFFFDab\uFFFD', 'binary'],
    ['prose', 'Dear diary, today I read no papers.\n', 'unknown-format'],
    ['a JSON object', '{"hello": "world"}', 'unknown-format'],
    ['a JSON list of numbers', '[1, 2, 3]', 'unknown-format'],
  ])('%s', (_what, text, expected) => {
    expect(code(() => parseImport(text))).toBe(expected);
  });

  it('names the problem in one line', () => {
    try {
      parseImport('just some words');
    } catch (err) {
      expect((err as Error).message).toMatch(/^unknown format: /);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('checks --date before anything else', () => {
    expect(code(() => parseImport('[]', { date: '2025-02-30' }))).toBe('bad-option');
  });
});

describe('files that only mention a digest', () => {
  it('a notes file that names ChatPaperFree is not taken for a digest page', () => {
    expect(() => detectFormat('My reading notes\nI like the ChatPaperFree digest.\n')).toThrow(
      /unknown format/,
    );
  });
});
