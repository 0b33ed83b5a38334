// The launcher's start, in real processes: the cache is written at exit by the first run,
// used by the next, replaced when damaged, and never stops the program.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_WRAPPER } from '../../scripts/esbuild-options.js';
import { readCodeCache, cacheKey } from '../../src/boot/code-cache.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tempDir = makeTempDirs();
const BUILD = '0123456789abcdef';
let tools = '';

beforeAll(async () => {
  tools = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'papers-boot-'));
  await build({
    entryPoints: { start: 'src/boot/start.ts', cache: 'src/boot/code-cache.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outdir: tools,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  // A bundle shaped like dist/cli.js: it asks for its code to be kept, as the reader does.
  const body = `const keep = globalThis[Symbol.for('papers.boot')]; keep.keepCodeCache();
    const { join } = require('node:path');
    console.log('ran ' + join('a', 'b') + ' ' + __papersUrl.startsWith('file:'));`;
  fs.writeFileSync(
    path.join(tools, 'cli.js'),
    `${SCRIPT_WRAPPER.banner}\n${body}\n${SCRIPT_WRAPPER.footer}\n//# papersBuild=${BUILD}\n`,
  );
  fs.writeFileSync(
    path.join(tools, 'run.mjs'),
    `import { startBundle } from './start.mjs';
     await startBundle(${JSON.stringify(path.join(tools, 'cli.js'))}, process.argv[2]);`,
  );
  return () => fs.rmSync(tools, { recursive: true, force: true });
});

function start(cacheFile: string): { out: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(tools, 'run.mjs'), cacheFile], {
    encoding: 'utf8',
  });
  return { out: r.stdout + r.stderr, status: r.status };
}

describe('starting the bundle with a code cache', () => {
  it('the first run writes the cache at exit, the next uses it and leaves it alone', () => {
    const file = path.join(tempDir(), 'cache', 'code-cache.bin');
    expect(start(file)).toEqual({ out: 'ran a/b true\n', status: 0 });
    expect(readCodeCache(file, cacheKey(BUILD))).toBeDefined();
    const before = fs.statSync(file).mtimeMs;
    const bytes = fs.readFileSync(file);
    expect(start(file)).toEqual({ out: 'ran a/b true\n', status: 0 });
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a damaged or foreign cache is ignored and written again', () => {
    const file = path.join(tempDir(), 'code-cache.bin');
    for (const junk of ['garbage', '{"magic":"papers-code-cache 1","key":"other"}\nxxxx']) {
      fs.writeFileSync(file, junk);
      expect(start(file)).toEqual({ out: 'ran a/b true\n', status: 0 });
      expect(readCodeCache(file, cacheKey(BUILD))).toBeDefined();
    }
  });

  it('a cache that cannot be written or read does not stop the program', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cache'), 'a file where the cache folder should be');
    expect(start(path.join(dir, 'cache', 'code-cache.bin'))).toEqual({
      out: 'ran a/b true\n',
      status: 0,
    });
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    expect(start(folder)).toEqual({ out: 'ran a/b true\n', status: 0 });
  });

  it('starts running at once leave one whole cache file, no temp files', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'code-cache.bin');
    const runs = Array.from(
      { length: 6 },
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [path.join(tools, 'run.mjs'), file]);
          let out = '';
          child.stdout.on('data', (b) => (out += b));
          child.on('close', () => resolve(out));
        }),
    );
    expect(await Promise.all(runs)).toEqual(Array(6).fill('ran a/b true\n'));
    expect(readCodeCache(file, cacheKey(BUILD))).toBeDefined();
    expect(fs.readdirSync(dir)).toEqual(['code-cache.bin']);
  });
});
