import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { StateStore } from '../../src/library/state-store.js';
import { modelFile, TriageSession } from '../../src/library/triage-store.js';
import { changeFollow, followsFile, readFollows } from '../../src/library/follows-store.js';
import { readResume, resumeFile, saveResume } from '../../src/library/resume-store.js';
import { TermCache, documentFrequencies } from '../../src/library/term-cache.js';
import { makeTempDirs } from '../helpers/tmp.js';
import { isRobotics, realDays } from '../triage/real-days.js';

const tmp = makeTempDirs();
const days = realDays().slice(0, 12);

async function library() {
  const home = tmp();
  const cacheDir = path.join(home, 'cache');
  const configDir = path.join(home, 'config');
  const store = new DiskDayStore(cacheDir);
  for (const d of days) await store.writeDay(d);
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const flags = new StateStore(configDir, warn);
  const open = (f = flags) =>
    TriageSession.open({ stateDir: configDir, cacheDir, source: store, flags: f, warn });
  return { home, cacheDir, configDir, store, flags, warnings, open };
}

const robots = days.flatMap((d) => d.papers).filter(isRobotics);
if (robots.length < 6)
  throw new Error('the fixture days hold fewer robotics papers than these tests star');

describe('the "for you" model on disk', () => {
  it('is rebuilt from the stars when its file is corrupt, and the stars survive', async () => {
    const lib = await library();
    await lib.flags.set(
      'starred',
      robots.slice(0, 6).map((p) => p.id),
      true,
    );
    const first = await lib.open();
    expect(first.model.stars).toBe(6);
    writeFileSync(modelFile(lib.configDir), '{"format": 1, "profile": [[');
    const state = readFileSync(path.join(lib.configDir, 'state.json'), 'utf8');
    const again = await lib.open();
    expect(again.model.stars).toBe(6);
    expect(lib.warnings.join('\n')).toMatch(/interest\.json/);
    expect(readFileSync(path.join(lib.configDir, 'state.json'), 'utf8')).toBe(state);
    // The damaged file is kept aside, and a good one written in its place.
    expect(readdirSync(lib.configDir).some((f) => f.startsWith('interest.json.corrupt-'))).toBe(
      true,
    );
    expect(JSON.parse(readFileSync(modelFile(lib.configDir), 'utf8')).format).toBe(1);
  });

  it('is rebuilt when its file is valid JSON of the wrong shape, or missing', async () => {
    const lib = await library();
    await lib.flags.set(
      'starred',
      robots.slice(0, 5).map((p) => p.id),
      true,
    );
    writeFileSync(modelFile(lib.configDir), '{"format": 1, "profile": "nope"}');
    expect((await lib.open()).model.stars).toBe(5);
    expect(lib.warnings.join('\n')).toMatch(/rebuilding it from your stars/);
    await import('node:fs/promises').then((f) => f.rm(modelFile(lib.configDir)));
    expect((await lib.open()).model.stars).toBe(5);
  });

  it('catches up with stars and hides another process made', async () => {
    const lib = await library();
    const s = await lib.open();
    expect(s.model.stars).toBe(0);
    const other = new StateStore(lib.configDir);
    await other.set(
      'starred',
      robots.slice(0, 3).map((p) => p.id),
      true,
    );
    await other.set('hidden', [days[0]!.papers[0]!.id], true);
    const later = await lib.open(new StateStore(lib.configDir));
    expect(later.model.stars).toBe(3);
    expect(later.model.contributors.get(days[0]!.papers[0]!.id)).toBeLessThan(0);
    await other.set('starred', [robots[0]!.id], false);
    expect((await lib.open(new StateStore(lib.configDir))).model.stars).toBe(2);
  });

  it('learns a star made in this session at once', async () => {
    const lib = await library();
    const s = await lib.open();
    const p = robots[0]!;
    await lib.flags.set('starred', [p.id], true);
    expect(s.learn(p)).toBe(true);
    expect(s.model.stars).toBe(1);
    await s.save();
    expect((await lib.open()).model.stars).toBe(1);
  });
});

describe('document frequencies over the newest days only', () => {
  it('count the newest days, and a star on an older day is still learned', async () => {
    const lib = await library();
    const newest = days.slice(-3).reduce((n, d) => n + d.papers.length, 0);
    const cache = new TermCache(lib.cacheDir, lib.store, 3);
    expect((await documentFrequencies(cache)).n).toBe(newest);
    const old = robots.filter((p) => p.date < days.at(-3)!.date).slice(0, 5);
    expect(old).toHaveLength(5);
    await lib.flags.set(
      'starred',
      old.map((p) => p.id),
      true,
    );
    const s = await TriageSession.open({
      stateDir: lib.configDir,
      cacheDir: lib.cacheDir,
      source: lib.store,
      flags: lib.flags,
      warn: () => {},
      dfDays: 3,
    });
    expect(s.model.stars).toBe(5);
    expect(s.stats.n).toBe(newest);
    // A new day moves the window: the oldest counted day leaves it.
    const extra = realDays()[20]!;
    await lib.store.writeDay(extra);
    const moved = days.slice(-2).reduce((n, d) => n + d.papers.length, extra.papers.length);
    expect((await documentFrequencies(cache)).n).toBe(moved);
  });
});

describe('related papers from a session', () => {
  it('come from every cached day, best first, without the paper itself', async () => {
    const lib = await library();
    const s = await lib.open();
    const hits = await s.related(robots[0]!.id, 5);
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => h.id)).not.toContain(robots[0]!.id);
    expect(new Set(hits.map((h) => h.date)).size).toBeGreaterThan(1);
  });
});

describe('the term cache', () => {
  it('counts every cached paper, and only a day written since is read again', async () => {
    const lib = await library();
    const cache = new TermCache(lib.cacheDir, lib.store);
    const total = days.reduce((n, d) => n + d.papers.length, 0);
    expect((await documentFrequencies(cache)).n).toBe(total);
    const termDir = path.join(lib.cacheDir, 'triage', 'terms');
    const firstFile = path.join(termDir, `${days[0]!.date}.json`);
    const before = readFileSync(firstFile, 'utf8');
    const extra = realDays()[20]!;
    await lib.store.writeDay(extra);
    const stats = await documentFrequencies(cache);
    expect(stats.n).toBe(total + extra.papers.length);
    expect(readFileSync(firstFile, 'utf8')).toBe(before);
    // A damaged counts file is made again from the days.
    writeFileSync(path.join(lib.cacheDir, 'triage', 'df.json'), 'garbage');
    expect((await documentFrequencies(cache)).n).toBe(total + extra.papers.length);
  });
});

describe('follows and resume files', () => {
  it('keep follows across processes and keep the valid entries of a damaged file', async () => {
    const dir = tmp();
    const warn = () => {};
    await changeFollow(dir, { kind: 'author', value: 'Tomas Pfister' }, true, warn);
    await changeFollow(dir, { kind: 'org', value: 'NVIDIA' }, true, warn);
    expect(readFollows(dir, warn)).toHaveLength(2);
    const raw = JSON.parse(readFileSync(followsFile(dir), 'utf8'));
    raw.follows.push({ kind: 'planet', value: 'Mars' }, 'junk');
    writeFileSync(followsFile(dir), JSON.stringify(raw));
    const warnings: string[] = [];
    expect(readFollows(dir, (m) => warnings.push(m))).toHaveLength(2);
    expect(warnings.join()).toMatch(/skipped 2 invalid entries/);
    expect(readdirSync(dir).some((f) => f.startsWith('follows.json.corrupt-'))).toBe(true);
  });

  it('save a resume point and set a damaged one aside', async () => {
    const dir = tmp();
    const point = {
      day: '2025-10-02',
      paperId: '2510.00001',
      sort: 'upvotes' as const,
      unreadOnly: false,
      tldr: true,
      newestDay: '2025-10-02',
    };
    await saveResume(dir, point);
    expect(readResume(dir, () => {})).toEqual(point);
    mkdirSync(dir, { recursive: true });
    writeFileSync(resumeFile(dir), '{"day": 3}');
    const warnings: string[] = [];
    expect(readResume(dir, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings.join()).toMatch(/resume\.json/);
    expect(existsSync(resumeFile(dir))).toBe(false);
  });
});

describe('the hidden flag', () => {
  it('persists across instances, and unhiding the last paper leaves the file as before', async () => {
    const dir = tmp();
    const a = new StateStore(dir);
    await a.set('read', ['2405.00001'], true);
    const plain = readFileSync(path.join(dir, 'state.json'), 'utf8');
    await a.set('hidden', ['2405.12345'], true);
    expect(new StateStore(dir).has('hidden', '2405.12345')).toBe(true);
    await a.set('hidden', ['2405.12345'], false);
    expect(JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'))).toEqual(
      JSON.parse(plain),
    );
  });
});

describe('the related-papers index on disk', () => {
  it('answers the same from its file as when built, and is rebuilt when damaged or behind', async () => {
    const { openRelatedIndex } = await import('../../src/library/related-store.js');
    const lib = await library();
    const cache = new TermCache(lib.cacheDir, lib.store);
    const id = robots[0]!.id;
    const built = (await openRelatedIndex(cache)).related(id, 5);
    expect(built).toHaveLength(5);
    expect((await openRelatedIndex(cache)).related(id, 5)).toEqual(built);
    const file = path.join(lib.cacheDir, 'triage', 'related.bin');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect((await openRelatedIndex(cache)).related(id, 5)).toEqual(built);
    const extra = realDays()[20]!;
    await lib.store.writeDay(extra);
    expect((await openRelatedIndex(cache)).has(extra.papers[0]!.id)).toBe(true);
  });
});
