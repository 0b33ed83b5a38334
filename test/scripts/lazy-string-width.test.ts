import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../scripts/esbuild-options.js';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'papers-lazy-width-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Patterns of the RegExps built while `run` runs: string-width builds its emoji ones on load. */
async function regexpsBuilt<T>(run: () => Promise<T>): Promise<[T, string[]]> {
  const built: string[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      built.push(String(args[0]));
      return new target(...args);
    },
  });
  try {
    return [await run(), built];
  } finally {
    globalThis.RegExp = Original;
  }
}

describe('width.ts as bundled', () => {
  it('loads string-width only when text needs it, and measures with it then', async () => {
    await build({
      ...bundleOptions({}),
      entryPoints: { width: 'src/text/width.ts' },
      outdir,
    });
    const [width, atLoad] = await regexpsBuilt(
      () => import(pathToFileURL(path.join(outdir, 'width.js')).href),
    );
    expect(atLoad.filter((p) => p.includes('RGI_Emoji'))).toEqual([]);
    const [ascii] = await regexpsBuilt(async () => width.displayWidth('plain title') as number);
    expect(ascii).toBe(11);
    const [emoji, later] = await regexpsBuilt(async () => width.displayWidth('ok 👍🏽') as number);
    expect(emoji).toBe(5);
    expect(later.some((p) => p.includes('RGI_Emoji'))).toBe(true);
  });
});
