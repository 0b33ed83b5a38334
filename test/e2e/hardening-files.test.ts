// Broken files, end to end with the binary: a corrupt, empty or wrong-typed config or state
// file, and a corrupt day file. The app starts, the bad file is set aside with one warning that
// says where, and what can be kept is kept.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../net/servers.js';
import { startDailyPapers, syntheticItems } from '../sources/hf-server.js';
import { BIN, tempHome, TmuxSession } from './tmux.js';

const exec = promisify(execFile);
const SAMPLE_ID = '2611.05126';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function home(): { home: string; config: string; data: string; days: string } {
  const t = tempHome();
  cleanups.push(t.cleanup);
  const dirs = {
    home: t.home,
    config: path.join(t.home, 'config'),
    data: path.join(t.home, 'data'),
    days: path.join(t.home, 'cache', 'days'),
  };
  mkdirSync(dirs.config, { recursive: true });
  mkdirSync(dirs.data, { recursive: true });
  mkdirSync(dirs.days, { recursive: true });
  return dirs;
}

async function papers(h: string, args: string[], env: Record<string, string> = {}) {
  const e = { PATH: process.env.PATH ?? '', PAPERS_HOME: h, PAPERS_OFFLINE: '1', ...env };
  try {
    const r = await exec('node', [BIN, ...args], { env: e });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (x) {
    const r = x as { code: number; stdout: string; stderr: string };
    return { code: r.code, out: r.stdout, err: r.stderr };
  }
}

const lines = (s: string) => s.split('\n').filter(Boolean);
const asideOf = (dir: string, name: string) =>
  readdirSync(dir)
    .filter((n) => n.startsWith(`${name}.corrupt-`))
    .map((n) => path.join(dir, n));

describe('a config or state file that is not what we wrote', () => {
  it.each([
    ['invalid JSON', 'config.json', '{"sort": "upvotes",'],
    ['an empty', 'config.json', ''],
    ['a null', 'config.json', 'null'],
    ['a list as', 'config.json', '[1, 2]'],
    ['invalid JSON', 'state.json', '{"read": {"2611.05126": 1'],
    ['an empty', 'state.json', ''],
    ['a string as', 'state.json', '"read"'],
  ])('%s %s is moved aside with a one-line warning and the app starts', async (_k, name, text) => {
    const h = home();
    // Settings live in the config dir, read/star state in the data dir.
    const dir = name === 'state.json' ? h.data : h.config;
    writeFileSync(path.join(dir, name), text);
    const r = await papers(h.home, ['list', '--sample']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('14 papers · 14 unread');
    const [aside] = asideOf(dir, name);
    expect(lines(r.err)).toEqual([expect.stringContaining(`warning: ${path.join(dir, name)}`)]);
    expect(r.err).toContain(`moved it to ${aside}`);
    expect(readFileSync(aside!, 'utf8')).toBe(text);
    expect(existsSync(path.join(h.config, name))).toBe(false);
    // The next run is clean, and marking starts a new state file beside the kept one.
    const mark = await papers(h.home, ['mark', SAMPLE_ID]);
    expect([mark.code, mark.err]).toEqual([0, '']);
    expect(asideOf(dir, name)).toEqual([aside]);
  });

  it('wrong-typed settings are dropped once; the good ones are kept', async () => {
    const h = home();
    const file = path.join(h.config, 'config.json');
    const text = JSON.stringify({ sort: 42, lang: 'zh', timeoutSeconds: 'soon', minUpvotes: 1 });
    writeFileSync(file, text);
    const first = await papers(h.home, ['config', 'get']);
    expect(first.code).toBe(0);
    expect(lines(first.err)).toHaveLength(1);
    expect(first.err).toMatch(/invalid settings sort, timeoutSeconds/);
    expect(JSON.parse(first.out)).toMatchObject({ lang: 'zh', minUpvotes: 1, sort: 'listed' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'zh', minUpvotes: 1 });
    const [aside] = asideOf(h.config, 'config.json');
    expect(readFileSync(aside!, 'utf8')).toBe(text);
    const again = await papers(h.home, ['config', 'get', 'lang']);
    expect(again).toEqual({ code: 0, out: 'zh\n', err: '' });
    expect(asideOf(h.config, 'config.json')).toHaveLength(1);
  });

  it('`papers config set` on a corrupt config keeps the bad file and saves the new value', async () => {
    const h = home();
    const file = path.join(h.config, 'config.json');
    writeFileSync(file, '{"lang": "zh", "sort": "upv');
    const r = await papers(h.home, ['config', 'set', 'sort', 'upvotes']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('sort = "upvotes"\n');
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).toContain(`moved it to ${asideOf(h.config, 'config.json')[0]}`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ sort: 'upvotes' });

    writeFileSync(file, JSON.stringify({ lang: 'zh', sort: 7 }));
    const typed = await papers(h.home, ['config', 'set', 'minUpvotes', '3']);
    expect(typed.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'zh', minUpvotes: 3 });
  });

  it('a wrong-typed state file keeps its valid marks and is repaired once', async () => {
    const h = home();
    const file = path.join(h.data, 'state.json');
    const text = JSON.stringify({ read: { [SAMPLE_ID]: 1 }, starred: 'oops' });
    writeFileSync(file, text);
    const r = await papers(h.home, ['list', '--sample']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('14 papers · 13 unread');
    expect(lines(r.err)).toHaveLength(1);
    const [aside] = asideOf(h.data, 'state.json');
    expect(r.err).toContain(aside);
    expect(readFileSync(aside!, 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      read: { [SAMPLE_ID]: 1 },
      starred: {},
    });
    expect(await papers(h.home, ['list', '--sample'])).toMatchObject({ code: 0, err: '' });
  });
});

describe('a corrupt day file', () => {
  it('is set aside; the reader opens the next day and says so; sync fetches it again', async () => {
    const h = home();
    const day = (date: string, title: string) => ({
      format: 1,
      date,
      sources: ['hf-api'],
      papers: [{ id: '2501.00009', title, authors: [], date, sources: ['hf-api'] }],
    });
    writeFileSync(
      path.join(h.days, '2025-01-14.json'),
      JSON.stringify(day('2025-01-14', 'Older day paper')),
    );
    writeFileSync(path.join(h.days, '2025-01-15.json'), '{"date": "2025-01-15", "papers": [');

    const s = new TmuxSession(h.home);
    cleanups.push(() => s.stop());
    s.start();
    const screen = await s.waitFor((x) => x.includes('Older day paper'));
    expect(screen).toMatch(/2025-01-14 · 1\/1/);
    expect(screen).toContain('day 2025-01-15 was unreadable');
    s.keys('q');
    await s.waitFor((x) => x.includes('[exit 0]'));
    expect(asideOf(h.days, '2025-01-15.json')).toHaveLength(1);

    const server: TestServer = await startDailyPapers(() => syntheticItems(2, '2025-01-15'));
    cleanups.push(() => server.close());
    const sync = await papers(h.home, ['sync', '--date', '2025-01-15'], {
      PAPERS_API_BASE: server.url,
    });
    expect(sync.code).toBe(0);
    const list = await papers(h.home, ['list']);
    expect(list).toMatchObject({ code: 0, err: '' });
    expect(list.out).toContain('2025-01-15 · 2 papers');
  });
});
