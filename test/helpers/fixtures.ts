import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Real pages live beside the repo (never copied into it): ../shared/fixtures. */
export const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');

export function readSharedFixture(name: string): string {
  return readFileSync(path.join(sharedFixtures, name), 'utf8');
}
