// A disk that fills up in the middle of a write, simulated with an fs that writes half the data
// and then fails with ENOSPC (the e2e tests use a real full tmpfs). The old file must stay
// whole, no temp file may be left, and the error says which file and why in one line.
import fs, { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/library/atomic.js';
import { DiskDayStore } from '../../src/library/day-store.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();
afterEach(() => {
  vi.restoreAllMocks();
});

const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** fsp.open whose handles write the first half of the data, then fail as a full disk would. */
function fillUpHalfway(): void {
  const open = fsp.open.bind(fsp);
  vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const fh = await open(...args);
    const writeFile = fh.writeFile.bind(fh);
    fh.writeFile = async (data: unknown) => {
      await writeFile(String(data).slice(0, String(data).length / 2));
      throw enospc();
    };
    return fh;
  });
}

describe('a disk that fills up mid-write', () => {
  it('writeFileAtomic leaves the old file whole and no temp file', async () => {
    const dir = tmp();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old content');
    fillUpHalfway();
    const err = await writeFileAtomic(file, 'new content '.repeat(1000)).catch((e: Error) => e);
    expect(err).toMatchObject({
      message: `cannot write ${file}: the disk is full`,
      code: 'ENOSPC',
    });
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writeFileAtomicSync leaves the old file whole and no temp file', () => {
    const dir = tmp();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old content');
    const write = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((target, data) => {
      write(target, String(data).slice(0, 10));
      throw enospc();
    });
    expect(() => writeFileAtomicSync(file, 'new content '.repeat(1000))).toThrow(
      `cannot write ${file}: the disk is full`,
    );
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('a day write that fails keeps the cached day readable as it was', async () => {
    const store = new DiskDayStore(tmp());
    await store.writeDay(day('2025-03-04', [paper(1)]));
    fillUpHalfway();
    await expect(store.writeDay(day('2025-03-04', [paper(1), paper(2)]))).rejects.toThrow(
      /the disk is full/,
    );
    vi.restoreAllMocks();
    expect((await store.readDay('2025-03-04'))!.papers).toHaveLength(1);
    expect(readdirSync(store.dir)).toEqual(['2025-03-04.json']);
  });

  it('a day file that cannot be set aside is reported and skipped, not fatal', async () => {
    const warnings: string[] = [];
    const store = new DiskDayStore(tmp(), (m) => warnings.push(m));
    await store.writeDay(day('2025-03-04', [paper(1)]));
    writeFileSync(store.fileFor('2025-03-04'), '{"date": "2025-03-04", "papers": [');
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    expect(await store.readDay('2025-03-04')).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/day 2025-03-04 was unreadable .*could not move it aside/),
    ]);
  });
});
