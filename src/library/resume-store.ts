// The reader's resume point in <data>/resume.json. Losing it costs a keypress, so a damaged
// file is moved aside with a warning and the reader opens on the newest day.
import path from 'node:path';
import { parseResume, type ResumePoint } from '../triage/resume.js';
import { writeFileAtomic } from './atomic.js';
import { readJsonObject } from './json-file.js';
import { setAside } from './atomic.js';

export const resumeFile = (stateDir: string) => path.join(stateDir, 'resume.json');

export function readResume(stateDir: string, warn: (m: string) => void): ResumePoint | undefined {
  const file = resumeFile(stateDir);
  const raw = readJsonObject(file, warn);
  if (!raw) return undefined;
  const point = parseResume(raw);
  if (!point) warn(`${file} was not a resume point; ${setAside(file)}`);
  return point;
}

export function saveResume(stateDir: string, point: ResumePoint): Promise<void> {
  return writeFileAtomic(resumeFile(stateDir), `${JSON.stringify(point)}\n`);
}
