import { describe, expect, it } from 'vitest';
import { SAMPLE_DAYS } from '../../src/sample/days.js';
import { KEY, waitForFrame } from '../helpers/ink.js';
import { day, paper } from '../helpers/papers.js';
import { renderReader } from '../helpers/reader.js';

function setup(days = SAMPLE_DAYS, opts: { sample?: boolean } = {}) {
  return renderReader(days, {
    sample: opts.sample,
    banner: opts.sample ? 'sample data — run papers sync' : undefined,
  });
}

describe('reader', () => {
  it('lists the day with unread markers and says it is a sample', async () => {
    const { lastFrame, newest } = setup(SAMPLE_DAYS, { sample: true });
    const frame = await waitForFrame(lastFrame, (f) =>
      f.includes(newest.papers[0]!.title.slice(0, 20)),
    );
    expect(frame).toContain('sample data — run papers sync');
    expect(frame).toContain(
      `${newest.date} · ${newest.papers.length}/${newest.papers.length} · ${newest.papers.length} unread · sample`,
    );
    expect(frame).toContain('●');
  });

  it('moves with j/k, opens with Enter (marking read) and returns with Esc', async () => {
    const d = day('2026-11-24', [paper(1), paper(2), paper(3)]);
    const { lastFrame, stdin, flag } = setup([d]);
    await waitForFrame(lastFrame, (f) => /›\s*●\s+Synthetic paper number 1/.test(f));
    stdin.write('j');
    await waitForFrame(lastFrame, (f) => /›\s*●\s+Synthetic paper number 2/.test(f));
    stdin.write(KEY.enter);
    const detail = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(detail).toContain('Synthetic paper number 2');
    expect(detail).toContain('Key takeaways');
    expect(flag('read', '2611.10002')).toBe(true);
    stdin.write(KEY.escape);
    const back = await waitForFrame(lastFrame, (f) => !f.includes('Abstract'));
    expect(back).toContain('2 unread');
  });

  it('filters as you type and Esc clears the filter', async () => {
    const d = day('2026-11-24', [
      paper(1, { title: 'Diffusion for proteins' }),
      paper(2, { title: 'Robots that watch video' }),
    ]);
    const { lastFrame, stdin } = setup([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Robots that watch video'));
    stdin.write('/');
    await waitForFrame(lastFrame, (f) => f.includes('/ '));
    stdin.write('robot');
    const filtered = await waitForFrame(lastFrame, (f) => !f.includes('Diffusion for proteins'));
    expect(filtered).toContain('watch video');
    expect(filtered).toContain('1/2');
    stdin.write(KEY.escape);
    await waitForFrame(lastFrame, (f) => f.includes('Diffusion for proteins'));
  });

  it('m toggles read and u hides read papers', async () => {
    const d = day('2026-11-24', [paper(1), paper(2)]);
    const { lastFrame, stdin } = setup([d]);
    await waitForFrame(lastFrame, (f) => f.includes('2 unread'));
    stdin.write('m');
    await waitForFrame(lastFrame, (f) => f.includes('1 unread'));
    stdin.write('u');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('unread only'));
    expect(frame).not.toContain('Synthetic paper number 1');
    expect(frame).toContain('Synthetic paper number 2');
  });

  it('[ and ] move between cached days', async () => {
    const a = day('2026-11-23', [paper(1, { title: 'Older day paper' })]);
    const b = day('2026-11-24', [paper(2, { title: 'Newer day paper' })]);
    const { lastFrame, stdin } = setup([a, b]);
    await waitForFrame(lastFrame, (f) => f.includes('Newer day paper'));
    stdin.write('[');
    await waitForFrame(lastFrame, (f) => f.includes('Older day paper') && f.includes('2026-11-23'));
    stdin.write(']');
    await waitForFrame(lastFrame, (f) => f.includes('Newer day paper'));
  });

  it('? shows help drawn from the keymap', async () => {
    const { lastFrame, stdin } = setup([day('2026-11-24', [paper(1)])]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic'));
    stdin.write('?');
    const help = await waitForFrame(lastFrame, (f) => f.includes('Keys'));
    for (const text of ['fuzzy filter', 'previous cached day', 'toggle read', 'quit'])
      expect(help).toContain(text);
    stdin.write('?');
    await waitForFrame(lastFrame, (f) => !f.includes('Keys ·'));
  });

  it('n jumps to the next unread paper', async () => {
    const d = day('2026-11-24', [paper(1), paper(2), paper(3)]);
    const { lastFrame, stdin, services } = setup([d]);
    await services.flags.set('read', ['2611.10002'], true);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('n');
    await waitForFrame(lastFrame, (f) => /›\s*●\s+Synthetic paper number 3/.test(f));
  });

  it('never draws a frame taller than the terminal', async () => {
    const d = day(
      '2026-11-24',
      Array.from({ length: 200 }, (_, i) => paper(i)),
    );
    const { lastFrame } = setup([d]);
    const frame = await waitForFrame(lastFrame, (f) => f.includes('Synthetic'));
    expect(frame.split('\n').length).toBeLessThanOrEqual(Number(process.env.LINES));
  });

  it('keys that arrive in one chunk (fast typing, tmux) each count, and text after / is the filter', async () => {
    const d = day('2026-11-24', [
      paper(1),
      paper(2),
      paper(3, { title: 'Robots that watch video' }),
    ]);
    const { lastFrame, stdin } = setup([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('jj');
    await waitForFrame(lastFrame, (f) => /›\s*●\s+Robots that watch video/.test(f));
    stdin.write('/robot');
    const filtered = await waitForFrame(lastFrame, (f) => f.includes('1/3'));
    expect(filtered).toContain('/robot');
  });

  it('"j" and Enter in one chunk open the second paper, not the first', async () => {
    const d = day('2026-11-24', [paper(1), paper(2), paper(3)]);
    const { lastFrame, stdin } = setup([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('j\r');
    const detail = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(detail).toContain('Synthetic paper number 2');
    expect(detail).not.toContain('Synthetic paper number 1');
  });

  it('text typed right after / (before the input listens) still lands in the filter', async () => {
    const d = day('2026-11-24', [paper(1), paper(2, { title: 'Robots that watch video' })]);
    const { lastFrame, stdin } = setup([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('/');
    stdin.write('robot');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('1/2'));
    expect(frame).toContain('/robot');
    expect(frame).toContain('sort: as listed');
  });

  it('a day that cannot be read is skipped: the reader stays put, then [ goes past it', async () => {
    const a = day('2026-11-22', [paper(1, { title: 'Readable older day' })]);
    const c = day('2026-11-24', [paper(3, { title: 'Readable newest day' })]);
    let broken = true;
    const { lastFrame, stdin } = renderReader([a, c], {
      days: ['2026-11-22', '2026-11-23', '2026-11-24'],
      services: {
        listDays: async () =>
          broken ? ['2026-11-22', '2026-11-23', '2026-11-24'] : ['2026-11-22', '2026-11-24'],
        loadDay: async (date) => {
          if (date === '2026-11-23') broken = false; // the store moved it aside
          return [a, c].find((d) => d.date === date);
        },
      },
    });
    await waitForFrame(lastFrame, (f) => f.includes('Readable newest day'));
    stdin.write('[');
    await waitForFrame(lastFrame, () => !broken);
    const still = await waitForFrame(lastFrame, (f) => f.includes('Readable newest day'));
    expect(still).toContain('2026-11-24 · 1/1');
    stdin.write('[');
    await waitForFrame(lastFrame, (f) => f.includes('Readable older day'));
  });
});

describe('reader: keys in bursts', () => {
  it('a 5,000-character paste and 200 typed keys in one write give exactly that filter', async () => {
    const d = day('2026-11-24', [paper(1), paper(2)]);
    const { lastFrame, stdin, program } = renderReader([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    const typed = 'abcdefghij'.repeat(20);
    const pasted = 'p'.repeat(4990) + '\nline2';
    stdin.write('/' + typed + '\x1b[200~' + pasted + '\x1b[201~');
    await waitForFrame(lastFrame, (f) => f.includes('0/2'));
    expect(program().getModel().filter.value).toBe(typed + 'p'.repeat(4990) + ' line2');
    expect(program().getModel().filter.cursor).toBe(200 + 4996);
  });

  it('Esc Esc in one write closes the paper and clears the filter', async () => {
    const d = day('2026-11-24', [paper(1), paper(2, { title: 'Robots that watch video' })]);
    const { lastFrame, stdin } = renderReader([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('/robot\r\r');
    await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    stdin.write('\x1b\x1b');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    expect(frame).toContain('2/2');
    expect(frame).not.toContain('filter:');
  });
});

describe('reader: TL;DR rows', () => {
  it('T shows each paper’s one-line summary, dim, under its title', async () => {
    const d = day('2026-11-24', [
      paper(1, {
        summary: 'Robots learn to fold laundry from video.',
        summarySource: 'Hugging Face AI summary',
      }),
      paper(2),
    ]);
    const { lastFrame, stdin } = renderReader([d]);
    await waitForFrame(lastFrame, (f) => f.includes('Synthetic paper number 1'));
    stdin.write('T');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('Robots learn to fold laundry'));
    const lines = frame.split('\n');
    const at = lines.findIndex((l) => l.includes('Synthetic paper number 1'));
    expect(lines[at + 1]).toContain('Robots learn to fold laundry from video.');
  });
});
