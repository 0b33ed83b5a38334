import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryDayStore } from '../../src/library/library-store.js';
import { moveDataFiles, moveToDataDir } from '../../src/library/move-layout.js';
import { resolvePaths } from '../../src/library/paths.js';
import { day, paper } from '../helpers/papers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

/** A home as the previous version left it: state in config/, every day in cache/days. */
function oldHome() {
  const paths = resolvePaths({ PAPERS_HOME: tmp() });
  const days = path.join(paths.cacheDir, 'days');
  mkdirSync(days, { recursive: true });
  mkdirSync(paths.configDir, { recursive: true });
  const write = (d: object, date: string) =>
    writeFileSync(path.join(days, `${date}.json`), JSON.stringify({ format: 1, ...d }));
  write(day('2025-03-04', [paper(1)]), '2025-03-04');
  write(
    {
      ...day('2025-03-05', [paper(2, { sources: ['chatpaperfree'] })]),
      sources: ['chatpaperfree'],
    },
    '2025-03-05',
  );
  write(
    day('2025-03-06', [paper(3), paper(4, { summary: 'S.', summarySource: 'LLM: m' })]),
    '2025-03-06',
  );
  const state = { read: { '2611.10001': 1 }, starred: { '2611.10002': 2 } };
  writeFileSync(path.join(paths.configDir, 'state.json'), JSON.stringify(state));
  return { paths, days, state };
}

describe('moving an old home to the data dir', () => {
  it('moves state and what cannot be fetched again, says so once, and loses nothing', async () => {
    const { paths, days, state } = oldHome();
    const store = new LibraryDayStore(paths.cacheDir, paths.dataDir);
    const before = await Promise.all(
      ['2025-03-04', '2025-03-05', '2025-03-06'].map((d) => store.readDay(d)),
    );

    const notice = moveToDataDir(paths);
    expect(notice).toMatch(
      /moved your read\/star state and 2 imported or summarized days to .*data/,
    );
    expect(JSON.parse(readFileSync(path.join(paths.dataDir, 'state.json'), 'utf8'))).toEqual(state);
    expect(existsSync(path.join(paths.configDir, 'state.json'))).toBe(false);
    // The import-only day left the cache; the mixed day stays there for its synced papers.
    expect(existsSync(path.join(days, '2025-03-05.json'))).toBe(false);
    expect(existsSync(path.join(paths.dataDir, 'days', '2025-03-05.json'))).toBe(true);
    const after = await Promise.all(
      ['2025-03-04', '2025-03-05', '2025-03-06'].map((d) => store.readDay(d)),
    );
    expect(after).toEqual(before);

    expect(moveToDataDir(paths)).toBeUndefined();
  });

  it('does nothing in a fresh home', () => {
    const paths = resolvePaths({ PAPERS_HOME: tmp() });
    expect(moveToDataDir(paths)).toBeUndefined();
    expect(existsSync(paths.dataDir)).toBe(false);
  });

  it('marks a home with only synced days as moved, silently', () => {
    const paths = resolvePaths({ PAPERS_HOME: tmp() });
    mkdirSync(path.join(paths.cacheDir, 'days'), { recursive: true });
    writeFileSync(
      path.join(paths.cacheDir, 'days', '2025-03-04.json'),
      JSON.stringify(day('2025-03-04', [paper(1)])),
    );
    expect(moveToDataDir(paths)).toBeUndefined();
    expect(existsSync(paths.dataDir)).toBe(true);
    expect(existsSync(path.join(paths.cacheDir, 'days', '2025-03-04.json'))).toBe(true);
  });
});

describe('follows, the interest model and the resume point', () => {
  it('move from the config folder to the data folder, once, content intact', () => {
    const paths = resolvePaths({ PAPERS_HOME: tmp() });
    mkdirSync(paths.configDir, { recursive: true });
    writeFileSync(path.join(paths.configDir, 'follows.json'), '[{"kind":"author","value":"A"}]');
    writeFileSync(path.join(paths.configDir, 'config.json'), '{}');
    expect(moveDataFiles(paths)).toEqual(['follows.json']);
    expect(readFileSync(path.join(paths.dataDir, 'follows.json'), 'utf8')).toContain('"A"');
    expect(existsSync(path.join(paths.configDir, 'follows.json'))).toBe(false);
    expect(existsSync(path.join(paths.configDir, 'config.json'))).toBe(true);
    expect(moveDataFiles(paths)).toEqual([]);
  });
});
