import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { resolvePaths } from '../../src/library/paths.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

describe('day cache on disk', () => {
  it('round-trips a day and lists days in date order', async () => {
    const store = new DiskDayStore(tmp());
    await store.writeDay(day('2026-11-24', [paper(1)]));
    await store.writeDay(day('2026-11-22', [paper(2)]));
    expect(await store.listDays()).toEqual(['2026-11-22', '2026-11-24']);
    expect((await store.readDay('2026-11-24'))?.papers[0]?.title).toBe('Synthetic paper number 1');
    expect(await store.readDay('2026-01-01')).toBeUndefined();
  });

  it('strips escape sequences from text before it is stored', async () => {
    const store = new DiskDayStore(tmp());
    await store.writeDay(
      day('2026-11-24', [paper(1, { title: 'Evil\x1b]0;pwned\x07 title\x1b[2J' })]),
    );
    const raw = readFileSync(store.fileFor('2026-11-24'), 'utf8');
    expect(raw).not.toMatch(/\\u001b/);
    expect((await store.readDay('2026-11-24'))?.papers[0]?.title).toBe('Evil title');
  });

  it('moves a corrupt day file aside, says where, and keeps other days readable', async () => {
    const warnings: string[] = [];
    const store = new DiskDayStore(tmp(), (m) => warnings.push(m));
    await store.writeDay(day('2026-11-23', [paper(1)]));
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(store.fileFor('2026-11-24'), '{"date": "2026-11-24", "papers": [tru');
    expect(await store.readDay('2026-11-24')).toBeUndefined();
    const aside = readdirSync(store.dir).filter((n) => n.startsWith('2026-11-24.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(warnings[0]).toContain(aside[0]);
    expect(warnings[0]).toContain('papers sync --date 2026-11-24');
    expect((await store.readDay('2026-11-23'))?.papers).toHaveLength(1);
  });

  it('leaves the old file intact when a write fails', async () => {
    if (process.getuid?.() === 0) return; // root ignores permission bits
    const store = new DiskDayStore(tmp());
    await store.writeDay(day('2026-11-24', [paper(1)]));
    chmodSync(store.dir, 0o500);
    try {
      await expect(store.writeDay(day('2026-11-24', [paper(2)]))).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      chmodSync(store.dir, 0o700);
    }
    expect((await store.readDay('2026-11-24'))?.papers[0]?.id).toBe('2611.10001');
  });

  it('never leaves temp files behind after writing', async () => {
    const store = new DiskDayStore(tmp());
    await store.writeDay(day('2026-11-24', [paper(1)]));
    expect(readdirSync(store.dir)).toEqual(['2026-11-24.json']);
    expect(existsSync(path.join(store.dir, '2026-11-24.json'))).toBe(true);
  });
});

describe('where state lives', () => {
  it('puts everything under PAPERS_HOME when it is set', () => {
    const p = resolvePaths({ PAPERS_HOME: '/x/home' }, 'linux');
    expect(p).toEqual({
      cacheDir: '/x/home/cache',
      dataDir: '/x/home/data',
      configDir: '/x/home/config',
    });
  });

  it('uses the XDG dirs on Linux, with the spec defaults when unset or relative', () => {
    const set = { XDG_CACHE_HOME: '/c', XDG_DATA_HOME: '/d', XDG_CONFIG_HOME: '/f' };
    expect(resolvePaths(set, 'linux', '/home/u')).toEqual({
      cacheDir: '/c/papers',
      dataDir: '/d/papers',
      configDir: '/f/papers',
    });
    expect(resolvePaths({ XDG_DATA_HOME: 'rel' }, 'linux', '/home/u').dataDir).toBe(
      '/home/u/.local/share/papers',
    );
  });

  it('uses Application Support on macOS and LOCALAPPDATA\\papers\\Data on Windows', () => {
    expect(resolvePaths({}, 'darwin', '/Users/u').dataDir).toBe(
      '/Users/u/Library/Application Support/papers',
    );
    const win = resolvePaths({ LOCALAPPDATA: 'C:/L', APPDATA: 'C:/R' }, 'win32', 'C:/U');
    expect(win.dataDir).toBe(path.join('C:/L', 'papers', 'Data'));
    expect(win.cacheDir).toBe(path.join('C:/L', 'papers', 'Cache'));
  });
});
