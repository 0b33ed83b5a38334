import { cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskDayStore } from '../../src/library/day-store.js';
import { LibraryIndex } from '../../src/search/disk/library-index.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

/** Replaces `to`'s index files by `from`'s, the way another process's merge does. */
function swapIndex(from: string, to: string) {
  for (const n of readdirSync(to)) rmSync(path.join(to, n), { recursive: true, force: true });
  for (const n of readdirSync(from)) cpSync(path.join(from, n), path.join(to, n));
}

describe('an index replaced while it is read', () => {
  it('a search that loses its files to another process reads the new manifest and answers', async () => {
    const dir = tmp();
    const store = new DiskDayStore(dir);
    for (let i = 1; i <= 3; i++)
      await store.writeDay(
        day(`2026-11-2${i}`, [paper(i, { title: `Robot grasping ${i}` }), paper(10 + i)]),
      );
    const reader = await LibraryIndex.open(dir, store);
    expect(((await reader.search('robot')) ?? []).length).toBe(3);

    // What another process leaves behind: a new day, and every old segment merged away.
    const other = tmp();
    cpSync(dir, other, { recursive: true });
    const otherStore = new DiskDayStore(other);
    const writer = await LibraryIndex.open(other, otherStore);
    for (let i = 4; i <= 9; i++) {
      const d = day(`2026-11-0${i}`, [paper(i, { title: `Robot walking ${i}` })]);
      await otherStore.writeDay(d);
      await writer.updateDay(d);
    }
    cpSync(path.join(other, 'days'), path.join(dir, 'days'), { recursive: true });

    // The swap lands in the middle of the search, after it checked the manifest.
    let calls = 0;
    const hits = await reader.search('robot', {
      isStale: () => {
        if (++calls === 2) swapIndex(path.join(other, 'index'), path.join(dir, 'index'));
        return false;
      },
    });
    expect(calls).toBeGreaterThan(1);
    expect((hits ?? []).map((h) => h.id).sort()).toHaveLength(9);
  });
});
