// One-time move from the old layout (state in the config dir, imported days in the cache) to
// the data dir. Synchronous: it runs before anything reads, once per home.
import fs from 'node:fs';
import path from 'node:path';
import type { DayList } from '../domain/paper.js';
import { validateDay } from '../domain/validate.js';
import { writeFileAtomicSync } from './atomic.js';
import { splitDay } from './keep.js';
import type { Paths } from './paths.js';
import { readRegularFileSync } from './read-file.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

function dayFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => DAY_FILE.test(n));
  } catch {
    return [];
  }
}

function readDayFile(file: string): DayList | undefined {
  try {
    return validateDay(JSON.parse(readRegularFileSync(file).toString('utf8')), path.basename(file));
  } catch {
    return undefined; // left where it is: the day store sets it aside with a warning on read
  }
}

/** Files an earlier build kept in the config folder that are the user's data. */
const DATA_FILES = ['follows.json', 'interest.json', 'resume.json'];

/**
 * Moves follows, the interest model and the resume point from the config folder to the data
 * folder, where they belong (a copy renamed into place, then the old file removed). Cheap
 * enough to run on every start: three existence checks when there is nothing to move.
 */
export function moveDataFiles(paths: Paths): string[] {
  const moved: string[] = [];
  for (const name of DATA_FILES) {
    const from = path.join(paths.configDir, name);
    const to = path.join(paths.dataDir, name);
    if (!fs.existsSync(from) || fs.existsSync(to)) continue;
    fs.mkdirSync(paths.dataDir, { recursive: true });
    const tmp = `${to}.moving-${process.pid}`;
    fs.copyFileSync(from, tmp);
    fs.renameSync(tmp, to);
    fs.rmSync(from, { force: true });
    moved.push(name);
  }
  return moved;
}

const dayText = (day: DayList) => JSON.stringify({ format: 1, ...day });

/**
 * Moves read/star state and the parts of cached days that cannot be fetched again into the
 * data dir. The data dir is built beside its final place and renamed into it, so it appears
 * whole or not at all; only then are the old copies removed. Returns a one-line notice when
 * something moved. Does nothing when the data dir exists (the move is done, or a fresh home).
 */
export function moveToDataDir(paths: Paths): string | undefined {
  if (fs.existsSync(paths.dataDir)) return undefined;
  const oldState = path.join(paths.configDir, 'state.json');
  const oldDays = path.join(paths.cacheDir, 'days');
  const hasState = fs.existsSync(oldState);
  const files = dayFiles(oldDays);
  if (!hasState && files.length === 0) return undefined;

  const stage = `${paths.dataDir}.moving-${process.pid}`;
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(path.join(stage, 'days'), { recursive: true });
  if (hasState) fs.copyFileSync(oldState, path.join(stage, 'state.json'));
  const moved: { file: string; synced?: DayList }[] = [];
  for (const name of files) {
    const file = path.join(oldDays, name);
    const day = readDayFile(file);
    if (!day) continue;
    const { synced, kept } = splitDay(day);
    if (!kept) continue;
    writeFileAtomicSync(path.join(stage, 'days', name), dayText(kept));
    moved.push({ file, synced });
  }
  try {
    fs.renameSync(stage, paths.dataDir);
  } catch (err) {
    fs.rmSync(stage, { recursive: true, force: true });
    // Another papers process made the move first: its copy stands, and it cleans up.
    if (fs.existsSync(paths.dataDir)) return undefined;
    throw err;
  }
  // The data dir is complete on disk; the old copies can go.
  if (hasState) fs.rmSync(oldState, { force: true });
  for (const m of moved) {
    if (m.synced) writeFileAtomicSync(m.file, dayText(m.synced));
    else fs.rmSync(m.file, { force: true });
  }
  if (!hasState && moved.length === 0) return undefined;
  const what = [
    hasState ? 'read/star state' : '',
    moved.length > 0
      ? `${moved.length} imported or summarized day${moved.length === 1 ? '' : 's'}`
      : '',
  ].filter(Boolean);
  return `papers: moved your ${what.join(' and ')} to ${paths.dataDir} (the cache folder now holds only what \`papers sync\` can fetch again)`;
}
