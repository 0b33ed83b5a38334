import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DayList } from '../../src/domain/paper.js';
import { runImport, type ImportCommandOptions } from '../../src/commands/import.js';
import { importFormat } from '../../src/commands/format-aliases.js';
import { MemoryDayStore } from '../../src/library/day-store.js';
import type { Output } from '../../src/library/types.js';
import { sharedFixtures } from '../helpers/fixtures.js';

const ownFixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const NOW = new Date('2031-01-01T12:00:00Z');

/** The real in-memory store, counting writes. */
class CountingStore extends MemoryDayStore {
  writes: string[] = [];
  override async writeDay(day: DayList): Promise<void> {
    this.writes.push(day.date);
    await super.writeDay(day);
  }
}

interface Captured extends Output {
  stdout: string[];
  stderr: string[];
}

function capture(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
let store: CountingStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'papers-import-'));
  store = new CountingStore();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Copies a shared (real) or own fixture into the temp folder; returns its path. */
function place(name: string, from = sharedFixtures, into = dir): string {
  const to = path.join(into, name);
  copyFileSync(path.join(from, name), to);
  return to;
}

function write(name: string, content: string | Buffer): string {
  const to = path.join(dir, name);
  writeFileSync(to, content);
  return to;
}

async function run(paths: string[], opts: ImportCommandOptions = {}) {
  const io = capture();
  const code = await runImport(paths, opts, { store, io, now: () => NOW });
  return { code, ...io };
}

async function snapshot() {
  const days = await store.listDays();
  return Promise.all(days.map((d) => store.readDay(d)));
}

describe('papers import', () => {
  it('prints one line per file and writes the day', async () => {
    const file = place('chatpaperfree-llm-2025-06-01.txt');
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toEqual([
      `${file}: chatpaperfree-text, 2025-06-01, 19 papers (19 new, 0 merged), 0 warnings`,
      'wrote 1 day',
    ]);
    expect(r.stderr).toEqual([]);
    const day = await store.readDay('2025-06-01');
    expect(day?.papers).toHaveLength(19);
    expect(day).toMatchObject({ sources: ['chatpaperfree'], updatedAt: NOW.toISOString() });
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = place('chatpaperfree-2024-12-07-3DGS.md');
    await run([file]);
    const before = await snapshot();
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toEqual([
      `${file}: chatpaperfree-md, 2024-12-07, 13 papers (0 new, 13 merged), 0 warnings`,
      'wrote 0 days, 1 unchanged',
    ]);
    expect(store.writes).toEqual(['2024-12-07']);
    expect(await snapshot()).toEqual(before);
  });

  it('stays idempotent when a page holds escape sequences the store strips', async () => {
    const page = 'Authors:X\n\nAbstract.\n';
    const file = write('esc.txt', `2031-01-01 更新\n\nA \u001b[31mRed\u001b[0m Title\n\n${page}`);
    await run([file]);
    expect((await store.readDay('2031-01-01'))?.papers[0]?.title).toBe('A Red Title');
    await run([file]);
    expect(store.writes).toEqual(['2031-01-01']);
  });

  it('leaves the cache untouched when a file fails, and exits non-zero', async () => {
    await run([place('chatpaperfree-2024-05-06-3DGS-empty.md')]);
    const before = await snapshot();
    const page = place('hf-daily-papers-page-oct29.txt');
    const broken = write('broken.json', '[{"paper": {"id": "2401.00001"}');
    const r = await run([page, broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toEqual([
      `${page}: hf-page: the page date "Oct 29" has no year; pass --date YYYY-10-29 (the newest dated paper on it is from 2024)`,
      `${broken}: unknown format: not a ChatPaperFree page or post, a Hugging Face papers page or API list, or a daily-arXiv-ai-enhanced JSONL file (use --format to say which)`,
      'papers import: nothing could be imported',
    ]);
    expect(await snapshot()).toEqual(before);
    expect(store.writes).toEqual(['2024-05-06']);
  });

  it('imports the files that parse and reports the one that does not', async () => {
    const good = place('hf-daily-papers-2024-05-27.json');
    const missing = path.join(dir, 'nope.txt');
    const r = await run([good, missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toEqual([
      `${good}: hf-api, 2024-05-27, 13 papers (13 new, 0 merged), 0 warnings`,
      'wrote 1 day; 1 file failed',
    ]);
    expect(r.stderr).toEqual([`${missing}: no such file or folder`]);
  });

  it('imports every digest in a folder and skips what is not one', async () => {
    const folder = path.join(dir, 'digests');
    mkdirSync(folder);
    place('chatpaperfree-2024-01-24-NeRF.md', sharedFixtures, folder);
    place('2030-05-06_AI_enhanced_English.jsonl', ownFixtures, folder);
    writeFileSync(path.join(folder, 'notes.txt'), 'My reading list for the week.\n');
    writeFileSync(path.join(folder, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(path.join(folder, '.hidden.md'), 'ignored entirely');
    mkdirSync(path.join(folder, 'sub'));
    symlinkSync(path.join(folder, 'gone.md'), path.join(folder, 'dangling.md'));
    const r = await run([folder]);
    expect(r.code).toBe(0);
    const at = (n: string) => path.join(folder, n);
    expect(r.stdout).toEqual([
      `${at('2030-05-06_AI_enhanced_English.jsonl')}: arxiv-ai-jsonl, 2030-05-06, 2 papers (2 new, 0 merged), 2 warnings`,
      `${at('chatpaperfree-2024-01-24-NeRF.md')}: chatpaperfree-md, 2024-01-24, 22 papers (22 new, 0 merged), 0 warnings`,
      'wrote 2 days',
    ]);
    expect(r.stderr).toEqual([
      expect.stringMatching(/English\.jsonl: warning: line 2: not valid JSON/),
      `${at('2030-05-06_AI_enhanced_English.jsonl')}: warning: line 4: not a paper record (no title); skipped`,
      `${at('cover.png')}: skipped, a binary file, not a text page`,
      `${at('notes.txt')}: skipped, unknown format: not a ChatPaperFree page or post, a Hugging Face papers page or API list, or a daily-arXiv-ai-enhanced JSONL file (use --format to say which)`,
    ]);
    expect(await store.listDays()).toEqual(['2024-01-24', '2030-05-06']);
  });

  it('writes nothing on --dry-run but says what it would do', async () => {
    const r = await run([place('chatpaperfree-2024-01-24-NeRF.md')], { dryRun: true });
    expect(r.code).toBe(0);
    expect(r.stdout.at(-1)).toBe('dry run: would write 1 day');
    expect(store.writes).toEqual([]);
    expect(await store.listDays()).toEqual([]);
  });

  it('writes the empty-day post as an empty day', async () => {
    const file = place('chatpaperfree-2024-05-06-3DGS-empty.md');
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toBe(
      `${file}: chatpaperfree-md, 2024-05-06, 0 papers (0 new, 0 merged), 0 warnings`,
    );
    expect(await store.readDay('2024-05-06')).toEqual({
      date: '2024-05-06',
      papers: [],
      sources: ['chatpaperfree'],
      updatedAt: NOW.toISOString(),
    });
  });

  it('merges the same paper from two sources into one record', async () => {
    const post = place('chatpaperfree-2024-01-24-NeRF.md');
    const record = {
      id: '2401.08140v3',
      title: 'An invented title for a known id',
      authors: ['Some One'],
      abs: 'https://arxiv.org/abs/2401.08140',
      summary: 'Short.',
      AI: { tldr: 'A tl;dr.', motivation: 'M.', method: 'Me.', result: 'R.', conclusion: 'C.' },
    };
    const jsonl = write('2024-01-24.jsonl', `${JSON.stringify(record)}\n`);
    const r = await run([post, jsonl]);
    expect(r.stdout[1]).toBe(
      `${jsonl}: arxiv-ai-jsonl, 2024-01-24, 1 paper (0 new, 1 merged), 0 warnings`,
    );
    const day = (await store.readDay('2024-01-24'))!;
    expect(day.papers).toHaveLength(22);
    expect(day.sources).toEqual(['chatpaperfree', 'arxiv-ai-jsonl']);
    const merged = day.papers.find((p) => p.id === '2401.08140')!;
    expect(merged.sources).toEqual(['chatpaperfree', 'arxiv-ai-jsonl']);
    expect(merged.topics).toEqual(['NeRF']);
  });

  it('passes --format, --date and --topic to the parser', async () => {
    const page = place('hf-daily-papers-page-oct29.txt');
    const r = await run([page], { format: 'hf-page', date: '2025-10-29', topic: 'Pruning' });
    expect(r.code).toBe(0);
    const day = (await store.readDay('2025-10-29'))!;
    expect(day.papers).toHaveLength(93);
    expect(day.papers[0]!.topics).toEqual(['Pruning']);
  });

  it('caps printed warnings per file', async () => {
    const bad = Array.from({ length: 14 }, () => 'not json').join('\n');
    const good = JSON.stringify({ id: '3001.00001', title: 'T', AI: {} });
    const file = write('2031-01-02_AI_enhanced_English.jsonl', `${good}\n${bad}\n`);
    const r = await run([file]);
    expect(r.stdout[0]).toMatch(/1 paper \(1 new, 0 merged\), 14 warnings$/);
    expect(r.stderr).toHaveLength(11);
    expect(r.stderr.at(-1)).toBe(`${file}: … and 4 more warnings`);
  });

  it.each([
    [[], {}, 'papers import: give at least one file or folder to import'],
    [
      ['x'],
      { format: 'pdf' },
      'papers import: unknown --format "pdf"; one of chatpaperfree-text, chatpaperfree-md, hf-page, hf-api, arxiv-ai-jsonl',
    ],
    [['x'], { date: '2025-13-01' }, 'papers import: --date "2025-13-01" is not a YYYY-MM-DD date'],
  ])('refuses bad usage %j %j with exit code 2', async (paths, opts, message) => {
    const r = await run(paths, opts);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([message]);
    expect(store.writes).toEqual([]);
  });
});

describe('import conventions', () => {
  it('reads a digest from standard input with `-`', async () => {
    const text = readFileSync(path.join(sharedFixtures, 'chatpaperfree-2024-12-07-3DGS.md'));
    const io = capture();
    const code = await runImport(
      ['-'],
      {},
      { store, io, now: () => NOW, readStdin: async () => text },
    );
    expect(code).toBe(0);
    expect(io.stdout[0]).toMatch(/^stdin: chatpaperfree-md, 2024-12-07, 13 papers/);
    expect((await store.readDay('2024-12-07'))?.papers).toHaveLength(13);
  });

  it('accepts short --format names', async () => {
    const file = place('daily-arxiv-ai-enhanced-2026-06-29_AI_enhanced_Chinese.jsonl');
    const r = await run([file], { format: importFormat('jsonl') });
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toContain('arxiv-ai-jsonl');
    expect(importFormat('CPF')).toBe('chatpaperfree-md');
    expect(importFormat('hf')).toBe('hf-api');
  });

  it('shows a status line while reading a folder, on a terminal only', async () => {
    for (const n of ['a', 'b', 'c'])
      write(
        `${n}.jsonl`,
        `{"id":"2503.0000${n.charCodeAt(0) - 96}","title":"T ${n}","abs":"https://arxiv.org/abs/2503.0000${n.charCodeAt(0) - 96}"}\n`,
      );
    const chunks: string[] = [];
    const io = { ...capture(), isTTY: true };
    await runImport(
      [dir],
      { date: '2025-03-04' },
      {
        store,
        io,
        now: () => NOW,
        status: { write: (c) => void chunks.push(c), columns: 80 },
      },
    );
    expect(chunks.join('')).toMatch(/reading 2\/3 .*b\.jsonl/);
    expect(io.stdout.join('\n')).not.toMatch(/reading/);
    // Without a terminal there is no status line to draw on: nothing but the results.
    const piped = capture();
    await runImport([dir], { date: '2025-03-04' }, { store, io: piped, now: () => NOW });
    expect([...piped.stdout, ...piped.stderr].join('\n')).not.toMatch(/reading/);
  });
});
