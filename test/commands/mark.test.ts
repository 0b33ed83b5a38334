import { describe, expect, it } from 'vitest';
import { runFlag } from '../../src/commands/mark.js';
import { runShow } from '../../src/commands/show.js';
import { createContext } from '../../src/library/context.js';
import { wantColor } from '../../src/cli/color.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';
import { capture } from './command-helpers.js';

const tmp = makeTempDirs();

async function library() {
  const io = capture();
  const ctx = createContext({ PAPERS_HOME: tmp() }, io);
  const untitled = paper(2, {
    id: 't-0123456789abcdef',
    title: 'A Paper Without an arXiv Id',
    links: { project: 'https://example.org/p' },
    sources: ['chatpaperfree'],
  });
  await ctx.store.writeDay(day('2025-03-05', [paper(1), untitled]));
  return { ctx, io };
}

describe('papers star / mark', () => {
  it('refuses an id that is not in the library, changing nothing (exit 3)', async () => {
    const { ctx, io } = await library();
    expect(await runFlag(ctx, 'starred', ['2611.10001', '2611.99999'], true)).toBe(3);
    expect(io.stderr.join('\n')).toMatch(
      /no paper "2611.99999" in the library .*; nothing changed/,
    );
    expect(ctx.flags.ids('starred')).toEqual([]);
  });

  it('finds a paper by URL or title and never names it by its internal id', async () => {
    const { ctx, io } = await library();
    expect(await runFlag(ctx, 'starred', ['https://arxiv.org/abs/2611.10001v2'], true)).toBe(0);
    expect(await runFlag(ctx, 'read', ['a paper without an arxiv id'], true)).toBe(0);
    expect(ctx.flags.has('read', 't-0123456789abcdef')).toBe(true);
    expect(io.stdout).toEqual([
      'starred: 2611.10001',
      'marked read: "A Paper Without an arXiv Id"',
    ]);
    expect(await runShow(ctx, 'https://example.org/p', {})).toBe(0);
    expect(io.stdout.join('\n')).not.toContain('t-0123');
  });

  it('lets a flag be cleared from an id whose paper is gone', async () => {
    const { ctx } = await library();
    await ctx.flags.set('starred', ['2401.00001'], true);
    expect(await runFlag(ctx, 'starred', ['2401.00001'], false)).toBe(0);
    expect(ctx.flags.has('starred', '2401.00001')).toBe(false);
  });
});

describe('colour', () => {
  it('--color wins, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal', () => {
    expect(wantColor('always', { NO_COLOR: '1' }, false)).toBe(true);
    expect(wantColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantColor('auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantColor(undefined, {}, true)).toBe(true);
    expect(wantColor(undefined, {}, false)).toBe(false);
  });
});
