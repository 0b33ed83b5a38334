import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/commands/search.js';
import { createContext, type Context } from '../../src/library/context.js';
import { paperJson } from '../../src/text/plain.js';
import { capture } from './command-helpers.js';
import { day, paper } from '../helpers/papers.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'papers-search-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** A library of 60 agent papers and one typo'd title (61 matches), and a context on it. */
async function library(): Promise<{ ctx: Context; io: ReturnType<typeof capture> }> {
  const io = capture();
  const ctx = createContext({ PAPERS_HOME: home }, io);
  const agents = Array.from({ length: 60 }, (_, i) =>
    paper(i, { title: `Agents for task ${i}`, keywords: [], summary: '', takeaways: [] }),
  );
  await ctx.store.writeDay(day('2026-11-23', agents.slice(0, 30)));
  await ctx.store.writeDay(
    day('2026-11-24', [...agents.slice(30), paper(99, { title: 'Agnets everywhere' })]),
  );
  return { ctx, io };
}

describe('papers search', () => {
  it('shows 50 by default and says on stderr that it cut the rest', async () => {
    const { ctx, io } = await library();
    expect(await runSearch(ctx, 'agents', {})).toBe(0);
    expect(io.stdout).toHaveLength(50);
    expect(io.stderr).toEqual(['papers: showing 50 of 61; --limit N for more']);
  });

  it('--limit N shows N; nothing is said when nothing was cut', async () => {
    const { ctx, io } = await library();
    await runSearch(ctx, 'agents', { limit: 100 });
    expect(io.stdout).toHaveLength(61);
    // The typo'd title comes last, marked as a similar (fuzzy) match.
    expect(io.stdout.at(-1)).toMatch(/Agnets everywhere.*~$/);
    expect(io.stderr.some((l) => l.includes('showing'))).toBe(false);
  });

  it('--json gives the list --json fields plus score and tier', async () => {
    const { ctx, io } = await library();
    await runSearch(ctx, 'agnets', { json: true, limit: 2 });
    const got = JSON.parse(io.stdout.join('\n')) as Record<string, unknown>[];
    const stored = (await ctx.store.readDay('2026-11-24'))!.papers.find(
      (p) => p.id === got[0]!.id,
    )!;
    const { score, tier, ...rest } = got[0]!;
    expect(rest).toEqual(JSON.parse(JSON.stringify(paperJson(stored, ctx.flags))));
    expect(typeof score).toBe('number');
    expect(tier).toBe('exact');
    expect(got[1]!.tier).toBe('fuzzy');
  });

  it('exits 4 (nothing to show) when nothing matches, with and without --json', async () => {
    const { ctx, io } = await library();
    expect(await runSearch(ctx, 'zebra', {})).toBe(4);
    expect(await runSearch(ctx, 'zebra', { json: true })).toBe(4);
    expect(io.stdout).toEqual(['[]']);
    expect(await runSearch(ctx, 'zebra', { date: '2026-11-24' })).toBe(4);
  });
});
