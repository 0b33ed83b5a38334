// The settings file when it is not what we wrote: moved aside or repaired once, never reset by
// conf behind the user's back, never a reason for the app not to start.
import fs, { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonObject } from '../../src/library/json-file.js';
import { SettingsStore } from '../../src/library/settings-store.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();
afterEach(() => {
  vi.restoreAllMocks();
});

const aside = (dir: string) => readdirSync(dir).filter((n) => n.includes('.corrupt-'));
const fileIn = (dir: string) => path.join(dir, 'config.json');

describe('settings that do not fit', () => {
  it('wrong-typed values are dropped from the file once; the good ones stay', () => {
    const dir = tmp();
    const text = JSON.stringify({ sort: 42, lang: 'zh', 'keymap.quit': 'q', minUpvotes: 2 });
    writeFileSync(fileIn(dir), text);
    const warnings: string[] = [];
    const { settings } = new SettingsStore(dir, (m) => warnings.push(m)).read();
    expect(settings).toMatchObject({ sort: 'listed', lang: 'zh', minUpvotes: 2 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/invalid settings sort, keymap\.quit .* removed them/);
    expect(JSON.parse(readFileSync(fileIn(dir), 'utf8'))).toEqual({ lang: 'zh', minUpvotes: 2 });
    expect(aside(dir)).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe(text);

    const again: string[] = [];
    new SettingsStore(dir, (m) => again.push(m)).read();
    expect(again).toEqual([]);
    expect(aside(dir)).toHaveLength(1);
  });

  it('text that would drive the terminal is invalid, from the file and from `set`', async () => {
    const dir = tmp();
    const osc = '\x1b]0;PWNED\x07';
    writeFileSync(
      fileIn(dir),
      JSON.stringify({ 'keymap.quit': ['q', `x${osc}`], 'llm.model': osc }),
    );
    const warnings: string[] = [];
    const store = new SettingsStore(dir, (m) => warnings.push(m));
    const { settings } = store.read();
    expect(settings.keymap).toEqual({});
    expect(settings['llm.model']).toBe('');
    expect(warnings).toEqual([expect.stringMatching(/invalid settings keymap\.quit, llm\.model/)]);
    await expect(store.set('llm.model', `m${osc}`)).rejects.toThrow(/control characters/);
  });

  it('`set` on a corrupt file keeps it aside and writes the new value alone', async () => {
    const dir = tmp();
    writeFileSync(fileIn(dir), '{"lang": "zh",');
    const warnings: string[] = [];
    await new SettingsStore(dir, (m) => warnings.push(m)).set('sort', 'upvotes');
    expect(JSON.parse(readFileSync(fileIn(dir), 'utf8'))).toEqual({ sort: 'upvotes' });
    expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe('{"lang": "zh",');
    expect(warnings).toHaveLength(1);
  });
});

describe('a file that cannot be read or moved', () => {
  it('a folder where the file should be is moved aside like a corrupt file', () => {
    const dir = tmp();
    mkdirSync(fileIn(dir));
    const warnings: string[] = [];
    expect(readJsonObject(fileIn(dir), (m) => warnings.push(m))).toBeUndefined();
    expect(aside(dir)).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('a read-only folder: the bad file stays, the app starts with defaults and a warning', () => {
    const dir = tmp();
    writeFileSync(fileIn(dir), JSON.stringify({ sort: 42 }));
    const rofs = () => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    };
    vi.spyOn(fs, 'copyFileSync').mockImplementation(rofs);
    // Reading still works; only opening for writing fails.
    const open = fs.openSync.bind(fs);
    vi.spyOn(fs, 'openSync').mockImplementation((file, flags, mode) =>
      typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) === 0
        ? open(file, flags, mode)
        : rofs(),
    );
    const warnings: string[] = [];
    const { settings } = new SettingsStore(dir, (m) => warnings.push(m)).read();
    expect(settings.sort).toBe('listed');
    expect(warnings.join('\n')).toMatch(/could not keep a copy .*read-only/);
    expect(warnings.join('\n')).toMatch(/could not remove them .*read-only/);
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(JSON.stringify({ sort: 42 }));
  });
});
