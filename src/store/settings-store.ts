import path from 'node:path';
import type Conf from 'conf';
import { settingsFrom, type Settings } from '../core/settings.js';
import { backupCopy, readJsonObject, type JsonObject } from './json-file.js';

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
    const { settings, bad } = settingsFrom(stored);
    if (bad.length) {
      const kept = backupCopy(this.file);
      this.warn(
        `ignored invalid settings ${bad.join(', ')} in ${this.file} (a copy is at ${kept})`,
      );
    }
    return { settings, stored };
  }

  private async open(): Promise<Conf<JsonObject>> {
    if (!this.conf) {
      const { default: ConfClass } = await import('conf');
      this.conf = new ConfClass<JsonObject>({
        cwd: this.configDir,
        configName: 'config',
        accessPropertiesByDotNotation: false,
      });
    }
    return this.conf;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.read(); // moves a corrupt file aside before conf would throw on it
    (await this.open()).set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.read();
    (await this.open()).delete(key);
  }
}
