// The frame fits the terminal through resizes, and huge fields are cut for display. Timing is
// not asserted here (see the hardening report for measured figures).
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempHome, TmuxSession } from './tmux.js';

const exec = promisify(execFile);

let session: TmuxSession | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  session?.stop();
  cleanup?.();
  session = undefined;
});

function open(): TmuxSession {
  const t = tempHome();
  cleanup = t.cleanup;
  session = new TmuxSession(t.home);
  return session;
}

const count = (screen: string, text: string) =>
  screen.split('\n').filter((l) => l.includes(text)).length;

describe('the frame fits the terminal', () => {
  it('through resizes down and up: one copy of every line, never taller than the screen', async () => {
    const s = open();
    s.start([], { columns: 100, rows: 30 });
    await s.waitFor((x) => x.includes('14 unread'));
    const sizes: [number, number][] = [
      [60, 15],
      [30, 8],
      [120, 40],
      [45, 10],
      [39, 20],
      [80, 12],
      [100, 30],
    ];
    for (const [columns, rows] of sizes) {
      s.resize(columns, rows);
      const small = columns < 40 || rows < 10;
      const screen = await s.waitFor((x) => {
        const lines = x.split('\n');
        if (lines.length < rows || lines.some((l) => l.length > columns)) return false;
        if (small) return count(x, 'terminal too small') === 1 && count(x, 'unread') === 0;
        // The reader draws rows-1 lines: the banner on top, the status bar last, one copy each.
        return (
          count(x, '14 unread') === 1 &&
          lines[rows - 2]!.includes('14 unread') &&
          count(x, 'sample data') === 1 &&
          lines[0]!.includes('sample data')
        );
      });
      const lines = screen.split('\n').slice(0, rows);
      expect(lines[rows - 1]!.trim(), `${columns}×${rows}`).toBe('');
      if (!small) expect(count(screen, 'Verifier-Guided'), `${columns}×${rows}`).toBe(1);
    }
  });
});

describe('huge fields', () => {
  const title = `Huge ${'title '.repeat(40_000)}`.slice(0, 200_000);
  const abstract = 'An abstract sentence that goes on. '.repeat(150_000).slice(0, 5_000_000);

  function plantHuge(home: string): void {
    const days = path.join(home, 'cache', 'days');
    mkdirSync(days, { recursive: true });
    const paper = (id: string, t: string, a: string) => ({
      id,
      title: t,
      authors: ['A. Author'],
      date: '2025-05-05',
      abstract: a,
      sources: ['hf-api'],
    });
    const day = {
      format: 1,
      date: '2025-05-05',
      sources: ['hf-api'],
      papers: [
        paper('2505.00001', title, abstract),
        paper('2505.00002', 'A normal paper', 'Short.'),
      ],
    };
    writeFileSync(path.join(days, '2025-05-05.json'), JSON.stringify(day));
  }

  it('a 200k-character title and a 5 MB abstract are cut in `papers list` and `papers show`', async () => {
    const s = open();
    plantHuge(s.home);
    const env = { PATH: process.env.PATH ?? '', PAPERS_HOME: s.home };
    const list = (await exec('node', [BIN, 'list'], { env })).stdout.split('\n');
    const row = list.find((l) => l.includes('2505.00001'))!;
    expect(row.length).toBeLessThan(600);
    expect(row).toContain('Huge title title');
    expect(row).toContain('…');
    const show = (await exec('node', [BIN, 'show', '2505.00001'], { env })).stdout;
    expect(show.length).toBeLessThan(15_000);
    expect(show).toContain('shortened for display: 5,000,000 characters in all');
    const json = (
      await exec('node', [BIN, 'show', '2505.00001', '--json'], { env, maxBuffer: 64 << 20 })
    ).stdout;
    expect((JSON.parse(json) as { abstract: string }).abstract).toHaveLength(5_000_000);
  });

  it('the reader shows them cut to the screen and the detail ends with the cut note', async () => {
    const s = open();
    plantHuge(s.home);
    s.start([], { columns: 100, rows: 30 });
    const first = await s.waitFor((x) => x.includes('A normal paper') && x.includes('2 unread'));
    expect(count(first, 'Huge title')).toBe(1);
    s.keys('Enter');
    const detail = await s.waitFor((x) => x.includes('more lines'));
    const more = Number(/↓ (\d+) more lines/.exec(detail)?.[1]);
    expect(more).toBeGreaterThan(0);
    expect(more).toBeLessThan(400);
    s.keys('G');
    await s.waitFor((x) => x.includes('shortened for display'));
    s.keys('q');
    await s.waitFor((x) => x.includes('[exit 0]'));
  });
});
