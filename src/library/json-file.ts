import fs from 'node:fs';
import type Conf from 'conf';
import { describeFsError, setAside } from './atomic.js';
import { FileKindError, isFileKindError, readRegularFileSync } from './read-file.js';

export type JsonObject = Record<string, unknown>;

/**
 * conf over `<dir>/<name>.json`, loaded on first use (importing conf costs start-up time).
 * Dot-notation off: keys such as arXiv ids contain dots and would become nested objects.
 */
export async function openConf(dir: string, name: string): Promise<Conf<JsonObject>> {
  const { default: ConfClass } = await import('conf');
  return new ConfClass<JsonObject>({
    cwd: dir,
    configName: name,
    accessPropertiesByDotNotation: false,
    // Settings may hold an API key, state is the user's reading history: owner only.
    configFileMode: 0o600,
  });
}

/**
 * Reads a JSON object file for a first frame without loading conf. A file that is not a JSON
 * object is moved aside (conf would throw on it, or silently treat `null` as empty).
 */
export function readJsonObject(
  file: string,
  warn: (message: string) => void,
): JsonObject | undefined {
  let value: unknown;
  let why = 'was not a JSON object';
  try {
    value = JSON.parse(readRegularFileSync(file).toString('utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // Unreadable for another reason (permissions): start anyway, leave the file alone. A
    // folder, FIFO or symlink loop in its place is moved aside like a corrupt file.
    if (code !== undefined && !isFileKindError(err)) {
      warn(`could not read ${file} (${(err as Error).message}); using defaults`);
      return undefined;
    }
    if (err instanceof FileKindError) why = `was ${err.what}, not a file`;
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as JsonObject;
  }
  warn(`${file} ${why}; ${setAside(file)} and started with an empty one`);
  return undefined;
}

/**
 * Keeps a copy of a file before we repair it, so nothing the user had is lost. Returns where,
 * or undefined (after a warning) when the copy could not be made.
 */
export function backupCopy(
  file: string,
  warn: (message: string) => void,
  now: Date = new Date(),
): string | undefined {
  const target = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    fs.copyFileSync(file, target);
    return target;
  } catch (err) {
    warn(`could not keep a copy of ${file}: ${describeFsError(err, target).message}`);
    return undefined;
  }
}
