import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import fsp from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { LibraryIndex } from '../../src/search/disk/library-index.js';
import { serializeManifest } from '../../src/search/disk/manifest.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

async function library() {
  const dir = tmp();
  const warnings: string[] = [];
  const store = new DiskDayStore(dir, (m) => warnings.push(m));
  await store.writeDay(day('2026-11-23', [paper(1, { title: 'Robot grasping' }), paper(2)]));
  await store.writeDay(day('2026-11-24', [paper(3, { title: 'Robot walking' }), paper(4)]));
  await LibraryIndex.open(dir, store);
  const index = path.join(dir, 'index');
  const files = (ext: string) =>
    readdirSync(index)
      .filter((n) => n.endsWith(ext))
      .map((n) => path.join(index, n));
  const open = () => LibraryIndex.open(dir, store, (m) => warnings.push(m));
  const robots = async () => ((await (await open()).search('robot')) ?? []).map((h) => h.id);
  return { dir, index, files, warnings, open, robots };
}

describe('a damaged index', () => {
  it('a .rec cut to half is rebuilt from the day files, with one warning', async () => {
    const lib = await library();
    for (const f of lib.files('.rec')) truncateSync(f, Math.floor(readFileSync(f).length / 2));
    expect((await lib.robots()).sort()).toEqual(['2611.10001', '2611.10003']);
    expect(lib.warnings).toHaveLength(1);
    expect(lib.warnings[0]).toMatch(/search index was damaged .*rebuilding it from the day files/);
    // Rebuilt for good: the next run finds nothing to say.
    expect((await lib.robots()).sort()).toEqual(['2611.10001', '2611.10003']);
    expect(lib.warnings).toHaveLength(1);
  });

  it('an emptied .rec does not hide its days from the results', async () => {
    const lib = await library();
    for (const f of lib.files('.rec')) writeFileSync(f, '');
    expect((await lib.robots()).sort()).toEqual(['2611.10001', '2611.10003']);
    expect(lib.warnings.join('\n')).toMatch(/damaged/);
  });

  it('a record changed in place (same length) is caught by its checksum', async () => {
    const lib = await library();
    const [rec] = lib.files('.rec');
    writeFileSync(rec!, readFileSync(rec!, 'utf8').replace('Robot grasping', 'Robot grazping'));
    const index = await lib.open();
    const titles = ((await index.search('robot')) ?? []).map((h) => h.title).sort();
    expect(titles).toEqual(['Robot grasping', 'Robot walking']);
    expect(lib.warnings.join('\n')).toMatch(/damaged/);
  });

  it('a flipped byte in a .seg is caught by its checksum', async () => {
    const lib = await library();
    const [seg] = lib.files('.seg');
    const bytes = readFileSync(seg!);
    bytes[40]! ^= 0x40;
    writeFileSync(seg!, bytes);
    expect((await lib.robots()).sort()).toEqual(['2611.10001', '2611.10003']);
    expect(lib.warnings.join('\n')).toMatch(/fails its checksum/);
  });

  it('word positions changed in a .seg are caught when a search reads them', async () => {
    const lib = await library();
    const [seg] = lib.files('.seg');
    const bytes = readFileSync(seg!);
    // The positions are the .seg's tail, after the parts its header sizes (read a word at a
    // time, as records are): every byte of them changed.
    const pad8 = (n: number) => (n + 7) & ~7;
    const headerLen = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.subarray(16, 16 + headerLen).toString('utf8'));
    let at = pad8(16 + headerLen);
    for (const n of header.sizes as number[]) at += pad8(n);
    expect(bytes.length - at).toBe(header.pos);
    for (let i = at; i < bytes.length; i++) bytes[i]! ^= 0x40;
    writeFileSync(seg!, bytes);
    const hits = await (await lib.open()).search('study problem');
    expect(hits!.map((h) => h.id).sort()).toEqual([
      '2611.10001',
      '2611.10002',
      '2611.10003',
      '2611.10004',
    ]);
    expect(lib.warnings).toHaveLength(1);
    expect(lib.warnings[0]).toMatch(/positions of a word .* are damaged/);
  });

  it('a manifest edited behind its checksum is rebuilt', async () => {
    const lib = await library();
    const file = path.join(lib.index, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2611.10002"', '"2611.10009"'));
    const index = await lib.open();
    expect(index.days()[0]!.ids).toEqual(['2611.10001', '2611.10002']);
    expect(lib.warnings.join('\n')).toMatch(/checksum/);
  });
});

describe('the manifest is untrusted input', () => {
  it('a total, date or source holding escape sequences is never shown', async () => {
    const lib = await library();
    const file = path.join(lib.index, 'manifest.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    const seg = m.days['2026-11-24'].seg;
    m.days['2026-11-24'].total = '\u001b]0;PWN\u0007';
    m.days['\u001b]0;PWN\u0007'] = {
      total: 1,
      ids: ['x\u001b[2J'],
      sources: ['hf-api'],
      seg,
      stamp: '',
    };
    m.days['2026-11-23'].sources = ['\u001b]0;PWN\u0007', 'hf-api'];
    delete m.check;
    // Even with a checksum that matches, the fields are checked.
    writeFileSync(file, serializeManifest(m));
    const days = (await lib.open()).days();
    expect(JSON.stringify(days)).not.toMatch(/\u001b|\u0007/);
    expect(days.map((d) => [d.date, d.total, d.sources])).toEqual([
      ['2026-11-23', 2, ['hf-api']],
      ['2026-11-24', 2, ['hf-api']],
    ]);
  });
});

describe('leftovers and read-only caches', () => {
  it('a temporary file of a killed writer is removed the next time the index is written', async () => {
    const lib = await library();
    const dead = path.join(lib.index, `${path.basename(lib.files('.rec')[0]!)}.999999999.1.tmp`);
    const live = path.join(lib.index, `.s1.seg.${process.pid}.1.tmp`);
    writeFileSync(dead, 'half a merge');
    writeFileSync(live, 'a write in progress');
    const index = await lib.open();
    await index.updateDay(day('2026-11-25', [paper(5)]));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a read-only cache with newer day files searches them without writing',
    async () => {
      const lib = await library();
      const store = new DiskDayStore(lib.dir);
      await store.writeDay(day('2026-11-25', [paper(5, { title: 'Robot swimming' })]));
      const before = readdirSync(lib.index).sort();
      chmodSync(lib.index, 0o555);
      chmodSync(path.join(lib.dir, 'days'), 0o555);
      try {
        const index = await lib.open();
        expect(index.days().map((d) => d.date)).toContain('2026-11-25');
        expect((await lib.robots()).sort()).toEqual(['2611.10001', '2611.10003', '2611.10005']);
        expect(readdirSync(lib.index).sort()).toEqual(before);
      } finally {
        chmodSync(lib.index, 0o755);
        chmodSync(path.join(lib.dir, 'days'), 0o755);
      }
    },
  );

  it('a full disk while catching up: the new day is searched from memory, with no error', async () => {
    const lib = await library();
    const store = new DiskDayStore(lib.dir);
    await store.writeDay(day('2026-11-25', [paper(5, { title: 'Robot swimming' })]));
    const open = fsp.open.bind(fsp);
    const full = vi
      .spyOn(fsp, 'open')
      .mockImplementation((file, flags, mode) =>
        flags === 'w'
          ? Promise.reject(
              Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
            )
          : open(file, flags, mode),
      );
    try {
      const index = await lib.open();
      expect(index.days().map((d) => d.date)).toContain('2026-11-25');
      const hits = ((await index.search('robot')) ?? []).map((h) => h.id).sort();
      expect(hits).toEqual(['2611.10001', '2611.10003', '2611.10005']);
    } finally {
      full.mockRestore();
    }
  });
});
