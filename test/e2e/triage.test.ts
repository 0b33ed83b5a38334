import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papers } from './cli.js';
import { tempHome } from './tmux.js';
import { sharedFixtures } from '../helpers/fixtures.js';

// Ten real days imported once; each test works on its own state in the same home, in order.
let env: Record<string, string>;
let cleanup: () => void;
const DAY = '2025-10-14';
const DAYS = [
  '2025-10-01',
  '2025-10-02',
  '2025-10-03',
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
  '2025-10-09',
  '2025-10-10',
  '2025-10-13',
  DAY,
];

interface Row {
  id: string;
  title: string;
  keywords: string[];
  authors: string[];
  date: string;
  hidden: boolean;
  followed: { kind: string; value: string }[];
  forYou?: number;
  why?: string;
  similarity?: number;
  read: boolean;
}

const json = async (args: string[]): Promise<Row[]> => {
  const r = await papers(args, env);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as Row[];
};
/** Every imported paper (day by day: all at once is more than a pipe buffer holds). */
async function everyPaper(): Promise<Row[]> {
  const out: Row[] = [];
  for (const d of DAYS) out.push(...(await json(['list', '--date', d, '--json'])));
  return out;
}
const isRobotics = (p: Row) =>
  /\b(robot\w*|embodied|manipulation|vision-language-action|humanoid)\b/i.test(
    `${p.title} ${p.keywords.join(' ')}`,
  );

beforeAll(async () => {
  const t = tempHome();
  env = { PAPERS_HOME: t.home };
  cleanup = t.cleanup;
  const dir = path.join(sharedFixtures, 'hf-days-2025q4');
  const files = DAYS.map((d) => path.join(dir, `${d}.json`));
  const r = await papers(['import', ...files], env);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => cleanup());

describe('triage commands', () => {
  it('list --sort for-you says it needs 5 stars, then ranks starred topics first', async () => {
    const cold = await papers(['list', '--date', DAY, '--sort', 'for-you'], env);
    expect(cold.code).toBe(0);
    expect(cold.stdout).toMatch(/for you needs 5 stars \(you have 0\)/);
    const all = await everyPaper();
    const robots = all.filter((p) => p.date < DAY && isRobotics(p));
    expect(robots.length).toBeGreaterThanOrEqual(5);
    expect((await papers(['star', ...robots.map((p) => p.id)], env)).code).toBe(0);
    const ranked = await json(['list', '--date', DAY, '--sort', 'for-you', '--json']);
    expect(ranked.length).toBeGreaterThan(5);
    for (const p of ranked) {
      expect(typeof p.forYou).toBe('number');
      expect(p.hidden).toBe(false);
      expect(p.followed).toEqual([]);
    }
    const scores = ranked.map((p) => p.forYou!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(isRobotics(ranked[0]!)).toBe(true);
    expect(ranked[0]!.why).toMatch(/^like \d+ papers? you starred: /);
    // The model lives with the read/star state it is learned from.
    expect(existsSync(path.join(env.PAPERS_HOME!, 'data', 'state.json'))).toBe(true);
    expect(existsSync(path.join(env.PAPERS_HOME!, 'data', 'interest.json'))).toBe(true);
    // Without --sort for-you there is no score.
    const plain = await json(['list', '--date', DAY, '--json']);
    expect(plain[0]).not.toHaveProperty('forYou');
    expect(plain[0]).toHaveProperty('hidden', false);
  });

  it('follow / follows / unfollow, and `followed` in list JSON', async () => {
    const day = await json(['list', '--date', DAY, '--json']);
    const target = day.find((p) => p.authors.length > 1)!;
    const name = target.authors[1]!;
    const r = await papers(['follow', 'author', name.toUpperCase()], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('following author');
    expect(await json(['follows', '--json'])).toEqual([
      { kind: 'author', value: name.toUpperCase() },
    ]);
    const after = await json(['list', '--date', DAY, '--json']);
    expect(after.find((p) => p.id === target.id)!.followed).toEqual([
      { kind: 'author', value: name.toUpperCase() },
    ]);
    expect((await papers(['list', '--date', DAY], env)).stdout).toMatch(/\(followed\)/);
    // The days view's count: each day counts exactly the papers its list marks as followed.
    const days = (await json(['days', '--json'])) as unknown as {
      date: string;
      followed: number;
    }[];
    for (const d of days) {
      const marked = (await json(['list', '--date', d.date, '--json'])).filter(
        (p) => p.followed.length > 0,
      ).length;
      expect(d.followed, d.date).toBe(marked);
    }
    expect(days.find((d) => d.date === DAY)!.followed).toBeGreaterThan(0);
    expect((await papers(['days'], env)).stdout.split('\n')[0]).toContain('followed');
    expect((await papers(['follow', 'planet', 'Mars'], env)).code).toBe(2);
    expect((await papers(['follow', 'author'], env)).code).toBe(2);
    expect((await papers(['unfollow', 'author', name], env)).code).toBe(0);
    expect(await json(['follows', '--json'])).toEqual([]);
  });

  it('hide leaves a paper out of the list but in --json with hidden: true; --off brings it back', async () => {
    const [first] = await json(['list', '--date', DAY, '--json']);
    expect((await papers(['hide', first!.id], env)).stdout).toContain(`hidden: ${first!.id}`);
    const text = (await papers(['list', '--date', DAY], env)).stdout;
    expect(text).toMatch(/· 1 hidden/);
    expect(text).not.toContain(first!.id);
    const rows = await json(['list', '--date', DAY, '--json']);
    expect(rows.find((p) => p.id === first!.id)!.hidden).toBe(true);
    expect((await papers(['hide'], env)).code).toBe(2);
    expect((await papers(['hide', '1234.56789'], env)).code).toBe(3);
    await papers(['hide', first!.id, '--off'], env);
    expect((await papers(['list', '--date', DAY], env)).stdout).toContain(first!.id);
  });

  it('related lists similar papers from every day, never the paper itself', async () => {
    const all = await everyPaper();
    const robot = all.filter(isRobotics).at(-1)!;
    const hits = await json(['related', robot.id, '--limit', '5', '--json']);
    expect(hits.length).toBe(5);
    expect(hits.map((h) => h.id)).not.toContain(robot.id);
    expect(new Set(hits.map((h) => h.date)).size).toBeGreaterThan(1);
    for (const h of hits) expect(h.similarity).toBeGreaterThan(0);
    const text = await papers(['related', robot.id], env);
    expect(text.stdout.split('\n')[0]).toContain(`# related to ${robot.id}`);
    const missing = await papers(['related', '1234.56789'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect((await papers(['related'], env)).code).toBe(2);
  });

  it('mark --all marks a whole day read, and --unread undoes it', async () => {
    const r = await papers(['mark', '--all', '--date', DAY], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^marked \d+ papers of 2025-10-14 read/);
    expect((await json(['list', '--date', DAY, '--unread', '--json'])).length).toBe(0);
    await papers(['mark', '--all', '--unread', '--date', DAY], env);
    expect((await json(['list', '--date', DAY, '--json'])).every((p) => !p.read)).toBe(true);
    expect((await papers(['mark', '--date', DAY], env)).code).toBe(2);
    expect((await papers(['list', '--sort', 'random'], env)).code).toBe(2);
  });
});
