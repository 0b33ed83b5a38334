import fs from 'node:fs';
import { quarantine } from './atomic.js';

export type JsonObject = Record<string, unknown>;

/**
 * Reads a JSON object file for a first frame without loading conf. A file that is not a JSON
 * object is moved aside (conf would throw on it, or silently treat `null` as empty).
 */
export function readJsonObject(
  file: string,
  warn: (message: string) => void,
): JsonObject | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as JsonObject;
  }
  const moved = quarantine(file);
  warn(`${file} was not valid JSON; moved it to ${moved} and started with an empty one`);
  return undefined;
}

/** Keeps a copy of a file before we repair it, so nothing the user had is lost. */
export function backupCopy(file: string, now: Date = new Date()): string {
  const target = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.copyFileSync(file, target);
  return target;
}
