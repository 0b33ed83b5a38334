// Flipped bytes in every kind of index file: the next search answers as a fresh index would,
// and when it noticed damage it rebuilt and said so in one line. Never a crash, never a
// silently different answer.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { LibraryIndex } from '../../src/search/disk/library-index.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();
const QUERIES = ['robot', 'diffusion model', 'au:lovelace', "'grasping", 'synthetic paper'];
const SEEDS = 16;

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let pristine: string;
let expected: string[][];

async function answers(dir: string, warn: (m: string) => void = () => {}) {
  const index = await LibraryIndex.open(dir, new DiskDayStore(dir), warn);
  const out: string[][] = [];
  for (const q of QUERIES) out.push(((await index.search(q)) ?? []).map((h) => h.id).sort());
  return out;
}

// Shared by every test of the file, so not one of the per-test folders.
afterAll(() => rmSync(pristine, { recursive: true, force: true }));
beforeAll(async () => {
  pristine = mkdtempSync(path.join(os.tmpdir(), 'papers-fuzz-'));
  const store = new DiskDayStore(pristine);
  for (let d = 1; d <= 6; d++) {
    const papers = Array.from({ length: 8 }, (_, i) => {
      const n = d * 100 + i;
      const title = ['Robot grasping', 'Diffusion model for video', 'Synthetic data'][i % 3]!;
      const authors = i % 4 === 0 ? ['Ada Lovelace'] : [`Author ${n}`];
      return paper(n, { title: `${title} ${n}`, authors });
    });
    await store.writeDay(day(`2026-11-1${d}`, papers));
  }
  // Two segments (one day written after the first build), so merges and masks are in play.
  await LibraryIndex.open(pristine, store);
  await store.writeDay(day('2026-11-17', [paper(999, { title: 'Robot diffusion' })]));
  const fresh = tmp();
  cpSync(path.join(pristine, 'days'), path.join(fresh, 'days'), { recursive: true });
  expected = await answers(fresh);
  await answers(pristine); // brings the pristine index up to date with the last day
});

const kinds: [string, (n: string) => boolean][] = [
  ['manifest', (n) => n === 'manifest.json'],
  ['segment', (n) => n.endsWith('.seg')],
  ['record file', (n) => n.endsWith('.rec')],
];

describe('an index with flipped bytes', () => {
  it.each(kinds)(
    'in a %s: same answers as a fresh index, or a rebuild said once',
    async (_, isKind) => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const dir = tmp();
        cpSync(pristine, dir, { recursive: true, preserveTimestamps: true });
        const index = path.join(dir, 'index');
        const rnd = random(seed);
        const files = readdirSync(index).filter(isKind);
        const file = path.join(index, files[Math.floor(rnd() * files.length)]!);
        const bytes = readFileSync(file);
        const flips = 1 + Math.floor(rnd() * 4);
        for (let i = 0; i < flips; i++)
          bytes[Math.floor(rnd() * bytes.length)]! ^= 1 << Math.floor(rnd() * 8);
        writeFileSync(file, bytes);
        const warnings: string[] = [];
        const got = await answers(dir, (m) => warnings.push(m));
        expect(got, `seed ${seed}, ${path.basename(file)}`).toEqual(expected);
        expect(warnings.length, `seed ${seed}: ${warnings.join(' | ')}`).toBeLessThanOrEqual(1);
        if (warnings.length) expect(warnings[0]).toMatch(/search index was (damaged|unreadable)/);
        // Whatever was found is repaired for good: a second run says nothing.
        const again: string[] = [];
        expect(await answers(dir, (m) => again.push(m))).toEqual(expected);
        expect(again, `seed ${seed}`).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('in a record file, truncated or emptied: the same', async () => {
    for (const cut of [0, 0.5, 0.99]) {
      const dir = tmp();
      cpSync(pristine, dir, { recursive: true, preserveTimestamps: true });
      const index = path.join(dir, 'index');
      for (const n of readdirSync(index).filter((x) => x.endsWith('.rec'))) {
        const bytes = readFileSync(path.join(index, n));
        writeFileSync(path.join(index, n), bytes.subarray(0, Math.floor(bytes.length * cut)));
      }
      const warnings: string[] = [];
      expect(await answers(dir, (m) => warnings.push(m))).toEqual(expected);
      expect(warnings).toHaveLength(1);
    }
  });
});
