// The reader's resume point in <config>/resume.json. Losing it costs a keypress, so a damaged
// file is moved aside with a warning and the reader opens on the newest day.
import path from 'node:path';
import { parseResume, type ResumePoint } from '../triage/resume.js';
import { writeFileAtomic } from './atomic.js';
import { readJsonObject } from './json-file.js';
import { setAside } from './atomic.js';

export const resumeFile = (configDir: string) => path.join(configDir, 'resume.json');

export function readResume(configDir: string, warn: (m: string) => void): ResumePoint | undefined {
  const file = resumeFile(configDir);
  const raw = readJsonObject(file, warn);
  if (!raw) return undefined;
  const point = parseResume(raw);
  if (!point) warn(`${file} was not a resume point; ${setAside(file)}`);
  return point;
}

export function saveResume(configDir: string, point: ResumePoint): Promise<void> {
  return writeFileAtomic(resumeFile(configDir), `${JSON.stringify(point)}\n`);
}
