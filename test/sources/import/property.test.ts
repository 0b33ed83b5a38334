import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, IMPORT_FORMATS, parseImport } from '../../../src/sources/import/index.js';

// Pieces of real page structure, so random inputs reach deep into the parsers, not just the
// "unknown format" exit.
const PIECES = [
  'Authors:',
  '**Authors:A, B**',
  '## Title',
  '论文及项目相关链接',
  'PDF',
  '[PDF](http://arxiv.org/abs/2401.00001v1)',
  'Summary',
  'Summary: x',
  'Key Takeaways',
  '**要点**',
  '1. item',
  '- item',
  'Cool Papers',
  '---',
  'date: 2024-01-02',
  '2024-01-02 更新',
  '  • 3 authors',
  '·',
  'Oct 29',
  'Mar 7, 2019 4',
  '{"id": "2401.00001", "title": "t", "AI": {"tldr": "x"}}',
  '[{"paper": {"id": "2401.00001"}}]',
  '{',
  '',
  '\r',
  '\u0000',
];

const pageLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 40 })
  .map((parts) => parts.join('\n'));

function onlyImportErrors(text: string, opts: Parameters<typeof parseImport>[1]): void {
  try {
    const r = parseImport(text, opts);
    for (const d of r.days) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    expect(err.message).not.toContain('\n');
  }
}

describe('parseImport on arbitrary input', () => {
  it('throws nothing but ImportError on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => onlyImportErrors(s, {})),
      {
        numRuns: 500,
      },
    );
  });

  it('throws nothing but ImportError on page-like text, in every format', () => {
    fc.assert(
      fc.property(
        pageLike,
        fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }),
        fc.option(fc.constant('2024-01-02'), { nil: undefined }),
        (text, format, date) => onlyImportErrors(text, { format, date }),
      ),
      { numRuns: 1500 },
    );
  });

  it('does not hang on long pathological lines', () => {
    const started = Date.now();
    for (const line of [
      `Authors:${' '.repeat(50_000)}x`,
      `**Authors:${' '.repeat(50_000)}**x`,
      `Summary${' '.repeat(50_000)}:`,
      `${'* '.repeat(25_000)}x`,
      `Oct 29${' '.repeat(50_000)}x`,
      `1.${'1.'.repeat(25_000)}`,
    ]) {
      for (const format of IMPORT_FORMATS)
        onlyImportErrors(`${line}\n${line}`, { format, date: '2024-01-02' });
      onlyImportErrors(line, {});
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
