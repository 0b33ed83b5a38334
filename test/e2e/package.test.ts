// The package as a user gets it: packed, installed into an empty prefix with no network, and
// run from there (the bundle must need nothing from node_modules).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { tempHome } from './tmux.js';

interface PackResult {
  filename: string;
  unpackedSize: number;
  files: { path: string }[];
}

let dir: { home: string; cleanup: () => void };
let packed: PackResult;
let install: ReturnType<typeof spawnSync>;
const prefix = () => path.join(dir.home, 'prefix');
const bin = () => path.join(prefix(), 'bin', 'papers');

beforeAll(() => {
  dir = tempHome();
  // The e2e run has just built dist/; packing again would only rebuild it.
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', dir.home],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  packed = (JSON.parse(out) as PackResult[])[0]!;
  const env = { ...process.env, npm_config_cache: path.join(dir.home, 'npm-cache') };
  install = spawnSync(
    'npm',
    [
      'install',
      '--global',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix(),
      path.join(dir.home, packed.filename),
    ],
    { encoding: 'utf8', env },
  );
}, 120_000);
afterAll(() => dir.cleanup());

describe('the npm package', () => {
  it('holds the bundle and the man page, no source maps, under 2 MB unpacked', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/papers.1');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('installs offline into an empty prefix without a warning', () => {
    expect(install.status, String(install.stderr)).toBe(0);
    expect(String(install.stderr)).not.toMatch(/warn/i);
    expect(existsSync(bin())).toBe(true);
  });

  it('runs from the install: --version, a completion script, the man page', () => {
    const env = { ...process.env, PAPERS_HOME: path.join(dir.home, 'home'), MANWIDTH: '80' };
    const version = execFileSync(bin(), ['--version'], { env, encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const bash = execFileSync(bin(), ['completion', 'bash'], { env, encoding: 'utf8' });
    expect(bash).toContain('complete -F _papers papers');
    const page = path.join(prefix(), 'share', 'man', 'man1', 'papers.1');
    const man = execFileSync('man', ['-l', page], { env, encoding: 'utf8' });
    expect(man).toMatch(/NAME\s+papers\s+\S\s+a terminal reader/);
    expect(man).toMatch(/EXIT STATUS/);
  });
});
