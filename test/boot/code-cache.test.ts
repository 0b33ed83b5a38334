import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheKey, readCodeCache, writeCodeCache } from '../../src/boot/code-cache.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tempDir = makeTempDirs();
const SOURCE = 'function add(a, b) { return a + b; } add(1, 2);';
const compiled = () => new vm.Script(SOURCE, { filename: 'sample.js' });
const key = cacheKey('0123456789abcdef');

function written(dir: string): string {
  const file = path.join(dir, 'cache', 'code-cache.bin');
  expect(writeCodeCache(file, key, compiled().createCachedData())).toBe(true);
  return file;
}

describe('code cache file', () => {
  it('gives back what was written, and V8 accepts it', () => {
    const file = written(tempDir());
    const data = readCodeCache(file, key);
    expect(data).toBeDefined();
    const script = new vm.Script(SOURCE, { filename: 'sample.js', cachedData: data });
    expect(script.cachedDataRejected).toBe(false);
    expect(script.runInThisContext()).toBe(3);
  });

  it('is ignored when missing or made for another build or another Node', () => {
    const dir = tempDir();
    expect(readCodeCache(path.join(dir, 'none.bin'), key)).toBeUndefined();
    const file = written(dir);
    expect(readCodeCache(file, cacheKey('fedcba9876543210'))).toBeUndefined();
    expect(readCodeCache(file, key.replace(process.version, 'v99.0.0'))).toBeUndefined();
  });

  it('is ignored when damaged: a flipped byte, cut short, garbage, empty, a folder', () => {
    const dir = tempDir();
    const file = written(dir);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 5]! ^= 0xff;
    const damaged = [
      flipped,
      good.subarray(0, good.length - 10),
      Buffer.concat([good.subarray(0, good.indexOf(10) + 1), Buffer.alloc(64, 7)]),
      Buffer.from('not a cache at all'),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      fs.writeFileSync(file, bytes);
      expect(readCodeCache(file, key)).toBeUndefined();
    }
    const folder = path.join(dir, 'folder.bin');
    fs.mkdirSync(folder);
    expect(readCodeCache(folder, key)).toBeUndefined();
  });

  it('replaces a damaged file with a good one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'code-cache.bin');
    fs.writeFileSync(file, 'garbage');
    expect(writeCodeCache(file, key, compiled().createCachedData())).toBe(true);
    expect(readCodeCache(file, key)).toBeDefined();
  });

  it.skipIf(process.getuid?.() === 0)('a read-only cache folder: not written, no error', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    try {
      const file = path.join(dir, 'code-cache.bin');
      expect(writeCodeCache(file, key, compiled().createCachedData())).toBe(false);
      expect(readCodeCache(file, key)).toBeUndefined();
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('a cache folder that cannot be made (a file in its place): not written, no error', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cache'), 'a file, not a folder');
    const file = path.join(dir, 'cache', 'code-cache.bin');
    expect(writeCodeCache(file, key, compiled().createCachedData())).toBe(false);
  });
});
