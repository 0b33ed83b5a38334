import path from 'node:path';
import type Conf from 'conf';
import { sanitizeText } from '../text/sanitize.js';
import { SettingError, settingsFrom, type Settings } from '../domain/settings.js';
import { describeFsError, writeFileAtomicSync } from './atomic.js';
import { backupCopy, openConf, readJsonObject, type JsonObject } from './json-file.js';

const holdsControls = (v: unknown): boolean =>
  typeof v === 'string' ? sanitizeText(v) !== v : Array.isArray(v) && v.some(holdsControls);

/**
 * Settings in <config>/config.json. Read with a plain JSON read at start (conf costs
 * start-up time and would throw on a corrupt file); written through conf.
 */
export class SettingsStore {
  readonly file: string;
  private conf: Conf<JsonObject> | undefined;

  constructor(
    private readonly configDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(configDir, 'config.json');
  }

  read(): { settings: Settings; stored: JsonObject } {
    const stored = readJsonObject(this.file, this.warn) ?? {};
    const parsed = settingsFrom(stored);
    // Settings are shown (the help screen, `config get`): text that would drive the terminal
    // is as invalid as a wrong type.
    const hostile = Object.keys(stored).filter(
      (k) => !parsed.bad.includes(k) && holdsControls(stored[k]),
    );
    if (parsed.bad.length === 0 && hostile.length === 0)
      return { settings: parsed.settings, stored };
    const bad = [...parsed.bad, ...hostile];
    // Copy the file aside, then drop the bad values from it: the good ones stay, and the next
    // start neither warns again nor makes another copy.
    const kept = backupCopy(this.file, this.warn);
    const clean = Object.fromEntries(Object.entries(stored).filter(([k]) => !bad.includes(k)));
    const { settings } = settingsFrom(clean);
    let fixed = 'removed them';
    try {
      writeFileAtomicSync(this.file, `${JSON.stringify(clean, undefined, '\t')}\n`, 0o600);
    } catch (err) {
      fixed = `could not remove them (${(err as Error).message})`;
    }
    this.warn(
      `ignored invalid settings ${bad.join(', ')} in ${this.file} and ${fixed}${kept ? `; the old file is at ${kept}` : ''}`,
    );
    return { settings, stored: clean };
  }

  private async open(): Promise<Conf<JsonObject>> {
    this.conf ??= await openConf(this.configDir, 'config');
    return this.conf;
  }

  async set(key: string, value: unknown): Promise<void> {
    if (holdsControls(value)) throw new SettingError('control characters are not allowed');
    this.read(); // moves a corrupt file aside before conf would throw on it
    const conf = await this.open();
    this.write(() => conf.set(key, value));
  }

  async delete(key: string): Promise<void> {
    this.read();
    const conf = await this.open();
    this.write(() => conf.delete(key));
  }

  /** conf writes atomically; its errors become the one line every disk error gets. */
  private write(change: () => void): void {
    try {
      change();
    } catch (err) {
      throw describeFsError(err, this.file);
    }
  }
}
