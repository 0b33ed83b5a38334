// The libraries Ink itself loads, found the way Node finds them from Ink's folder: the tests
// that check our drop-in modules compare them with exactly what Ink would otherwise use.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './fixtures.js';

const inkDir = path.join(repoRoot, 'node_modules', 'ink');

function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not in Ink's dependency tree`);
  }
}

type Exports = string | { import?: Exports; default?: Exports; '.'?: Exports };
function entry(exp: Exports | undefined): string | undefined {
  if (typeof exp === 'string' || exp === undefined) return exp;
  return entry(exp['.'] ?? exp.import ?? exp.default);
}

/** Imports the copy of `name` that Ink resolves. */
export async function inkDependency<T>(name: string): Promise<T> {
  const dir = packageDir(name, inkDir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    exports?: Exports;
    main?: string;
  };
  const file = entry(pkg.exports) ?? pkg.main ?? 'index.js';
  return (await import(pathToFileURL(path.join(dir, file)).href)) as T;
}
