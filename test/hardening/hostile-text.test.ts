// Hostile text at every layer on its own: the parsers' output once sanitized, each formatter
// given text that was never sanitized, the store reading a file planted behind its back, and
// the last gate before stdout.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperToMarkdown } from '../../src/text/markdown.js';
import type { Paper } from '../../src/domain/paper.js';
import { jsonText, plainRow } from '../../src/text/plain.js';
import { sanitizePaper } from '../../src/text/sanitize.js';
import { renderPlain } from '../../src/text/plain-markdown.js';
import { renderMarkdown } from '../../src/text/terminal-markdown.js';
import { terminalSafe } from '../../src/text/terminal-safe.js';
import { mapDailyPapers } from '../../src/sources/hf/map.js';
import { parseImport } from '../../src/sources/import/index.js';
import { DiskDayStore } from '../../src/library/day-store.js';
import { LibraryIndex } from '../../src/search/disk/library-index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();
const E = '\x1b';
const fixture = (name: string) =>
  readFileSync(path.join(repoRoot, 'test', 'fixtures', 'hostile', name), 'utf8');

/** Code points that must never reach a terminal (ESC is checked separately). */
const BANNED =
  /[\0-\x09\x0b-\x1a\x1c-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
const onlySgr = (s: string) =>
  (s.match(/\x1b(?:\[[0-?]*[ -/]*[@-~]|[^[])?/g) ?? []).every((q) => /^\x1b\[[0-9;]*m$/.test(q));
const strings = (p: unknown): string[] =>
  typeof p === 'string' ? [p] : typeof p === 'object' && p ? Object.values(p).flatMap(strings) : [];

const hostilePapers = (): Record<string, Paper[]> => ({
  hf: mapDailyPapers(JSON.parse(fixture('hf-daily-papers-2025-01-15.json'))).days.flatMap(
    (d) => d.papers,
  ),
  jsonl: parseImport(fixture('2025-03-04_AI_enhanced_English.jsonl'), {
    fileName: '2025-03-04_AI_enhanced_English.jsonl',
  }).days.flatMap((d) => d.papers),
  cpf: parseImport(fixture('chatpaperfree-2025-02-03-hostile.md')).days.flatMap((d) => d.papers),
});

/** A paper whose every field is hostile and was never sanitized. */
const raw = paper(1, {
  title: `T ${E}]0;PWNED\x07\u009b2J\u202e${E}[2J title\u{e0041}`,
  authors: [`A${E}]52;c;PWNED${E}\\`, `B\u009d0;PWNED\u009c`],
  abstract: `Abstract ${E}P$qPWNED${E}\\ ${E}]8;;https://PWNED.example/${E}\\link${E}]8;;${E}\\\rOVER`,
  summary: `S ${E}_PWNED${E}\\ \ufeff\u2066`,
  takeaways: [`K ${E}XPWNED${E}\\`],
  keywords: [`kw${E}c`],
  comment: `c\u0090PWNED\u009c`,
  links: { abs: 'javascript:alert(1)', code: `https://x.example/${E}]8;;y${E}\\` },
});

describe('hostile fixtures, parsed and sanitized', () => {
  it.each(['hf', 'jsonl', 'cpf'])('%s: no field keeps a control, bidi or tag character', (k) => {
    const papers = hostilePapers()[k]!.map(sanitizePaper);
    expect(papers.length).toBeGreaterThan(0);
    for (const s of papers.flatMap(strings)) {
      expect(s).not.toMatch(BANNED);
      expect(s).not.toContain(E);
    }
  });

  it.each(['hf', 'jsonl'])('%s: no piece of a removed sequence is left as text', (k) => {
    const text = hostilePapers()[k]!.map(sanitizePaper).flatMap(strings).join('\n');
    expect(text).not.toMatch(/PWNED|UFdORUQ|javascript:|evil\.example/);
  });

  // Text pages are split into fields (authors at `;`, lines at `\r`): parseImport cleans the
  // page before that, so no piece of a sequence survives as text.
  it('cpf: no piece of a removed sequence is left as text', () => {
    const text = hostilePapers().cpf!.map(sanitizePaper).flatMap(strings).join('\n');
    expect(text).not.toMatch(/PWNED|UFdORUQ/);
  });
});

describe('formatters given text that was never sanitized', () => {
  it('paper Markdown, plain and terminal-rendered, holds nothing but SGR colour', () => {
    const md = paperToMarkdown(raw);
    expect(md).not.toContain(E);
    expect(md).not.toMatch(BANNED);
    expect(md).not.toMatch(/PWNED|javascript:|x\.example/);
    expect(renderPlain(md, 80).join('\n')).not.toContain(E);
    const rendered = renderMarkdown(md, 80).join('\n');
    expect(onlySgr(rendered)).toBe(true);
    expect(rendered).not.toMatch(BANNED);
  });

  it('a plain list row holds no escape or control character', () => {
    const row = plainRow({ ...raw, id: `2501.00001${E}]0;PWNED\x07` }, { has: () => false });
    expect(row).not.toContain(E);
    expect(row).not.toMatch(BANNED);
    expect(row).not.toContain('PWNED');
  });
});

describe('the day store reading a file planted behind its back', () => {
  it('returns sanitized papers and only known source names', async () => {
    const store = new DiskDayStore(tmp());
    mkdirSync(store.dir, { recursive: true });
    const planted = {
      ...day('2025-04-05', [{ ...raw, sources: ['hf-api', `x${E}]0;PWNED\x07` as never] }]),
      sources: ['hf-api', `hf${E}]0;PWNED\x07`],
    };
    writeFileSync(store.fileFor('2025-04-05'), JSON.stringify(planted));
    const read = (await store.readDay('2025-04-05'))!;
    expect(read.sources).toEqual(['hf-api']);
    expect(read.papers[0]!.sources).toEqual(['hf-api']);
    for (const s of strings(read)) {
      expect(s).not.toContain(E);
      expect(s).not.toMatch(BANNED);
    }
    expect(read.papers[0]!.links.abs).toBeUndefined();
    expect(read.papers[0]!.links.code).toBeUndefined();
  });

  it('the search index summary shows only known source names from its manifest', async () => {
    const cache = tmp();
    const store = new DiskDayStore(cache);
    await store.writeDay(day('2025-04-05', [paper(1)]));
    await LibraryIndex.open(cache, store);
    const file = path.join(cache, 'index', 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.days['2025-04-05'].sources = [`hf-api${E}]0;PWNED\x07`, 'hf-api'];
    writeFileSync(file, JSON.stringify(manifest));
    const index = await LibraryIndex.open(cache, store);
    expect(index.days().map((d) => d.sources)).toEqual([['hf-api']]);
  });
});

describe('the last gate before stdout', () => {
  const mixed = `\x1b[1mbold\x1b[22m ${E}]0;PWNED\x07 \u009b2J ${E}[2J \u202e x ${E}[38;5;12mc\x1b[0m\r`;

  it('keeps SGR colour on a terminal and removes every other control', () => {
    const out = terminalSafe(mixed, true);
    expect(out).toBe('\x1b[1mbold\x1b[22m     x \x1b[38;5;12mc\x1b[0m\n');
  });

  it('removes every escape, SGR included, when stdout is not a terminal', () => {
    expect(terminalSafe(mixed, false)).toBe('bold     x c\n');
  });

  it('JSON for scripts keeps the exact value and passes the gate unchanged', () => {
    const value = { s: `a\u009b2J\u202e\u2028b\u{e0041}${E}]0;x\x07\r\u0085` };
    const text = jsonText(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(terminalSafe(text, false)).toBe(text);
    expect(terminalSafe(text, true)).toBe(text);
  });

  it('is idempotent and leaves clean text as it is', () => {
    const once = terminalSafe(mixed, true);
    expect(terminalSafe(once, true)).toBe(once);
    expect(terminalSafe('plain — 中文 ✓', true)).toBe('plain — 中文 ✓');
  });
});
