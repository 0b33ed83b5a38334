// Where a real run puts things, and the one-time move from the old layout, through the binary.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { papers } from './cli.js';
import { tempHome } from './tmux.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function home(): string {
  const t = tempHome();
  cleanup = t.cleanup;
  return t.home;
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('the home folder', () => {
  it('an import goes to data/, settings to config/, nothing to the cache but the index', async () => {
    const h = home();
    const env = { PAPERS_HOME: h };
    const md = path.join(sharedFixtures, 'chatpaperfree-2024-12-07-3DGS.md');
    expect((await papers(['import', md], env)).code).toBe(0);
    expect((await papers(['star', '2412.04470'], env)).code).toBe(0);
    expect((await papers(['config', 'set', 'lang', 'zh'], env)).code).toBe(0);
    expect(files(path.join(h, 'data'))).toEqual(['days', 'days/2024-12-07.json', 'state.json']);
    expect(files(path.join(h, 'config'))).toEqual(['config.json']);
    expect(readdirSync(path.join(h, 'cache'))).toEqual(['index']);
  });

  it('an old home is moved once, with one line on stderr, and reads the same', async () => {
    const h = home();
    const env = { PAPERS_HOME: h };
    // As the previous version left it: imported days in the cache, state in config/.
    const md = path.join(sharedFixtures, 'chatpaperfree-2024-12-07-3DGS.md');
    await papers(['import', md], env);
    await papers(['star', '2412.04470'], env);
    const before = (await papers(['list', '--date', '2024-12-07', '--json'], env)).stdout;
    mkdirSync(path.join(h, 'cache', 'days'), { recursive: true });
    mkdirSync(path.join(h, 'config'), { recursive: true });
    renameSync(
      path.join(h, 'data', 'days', '2024-12-07.json'),
      path.join(h, 'cache', 'days', '2024-12-07.json'),
    );
    renameSync(path.join(h, 'data', 'state.json'), path.join(h, 'config', 'state.json'));
    renameSync(path.join(h, 'data'), path.join(h, 'old-data-folder'));

    const first = await papers(['list', '--date', '2024-12-07', '--json'], env);
    expect(first.stderr).toMatch(
      /^papers: moved your read\/star state and 1 imported or summarized day to \S+data/,
    );
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toBe(before);
    const again = await papers(['list', '--date', '2024-12-07', '--json'], env);
    expect(again.stderr).toBe('');
    expect(files(path.join(h, 'data'))).toEqual(['days', 'days/2024-12-07.json', 'state.json']);
    expect(readdirSync(path.join(h, 'cache', 'days'))).toEqual([]);
  });
});
