// The user's settings: names, defaults and validation. Pure; stored by store/settings-store.
import { ALWAYS_QUIT, isCommand, keymapProblem, type Command } from './keymap.js';
import { SORT_ORDERS, type SortOrder } from './list-view.js';

export interface Settings {
  /** Refresh the newest day on start when it is older than this many minutes. */
  staleMinutes: number;
  sort: SortOrder;
  /** Preferred language for LLM summaries and the detail view ("en" or "zh"). */
  lang: 'en' | 'zh';
  theme: 'auto' | 'mono';
  minUpvotes: number;
  hasCode: boolean;
  /** Two-line list rows with each paper's one-line summary (T toggles). */
  tldr: boolean;
  /** The detail view shows Summary and Key takeaways above the Abstract. */
  summaryFirst: boolean;
  /** Request timeout for sync and LLM calls, in seconds. */
  timeoutSeconds: number;
  /** Per-command chords, e.g. keymap.quit = "q,ctrl+q". */
  keymap: Partial<Record<Command, string[]>>;
  'llm.baseUrl': string;
  'llm.model': string;
  'llm.apiKey': string;
}

export const DEFAULT_SETTINGS: Settings = {
  staleMinutes: 60,
  sort: 'listed',
  lang: 'en',
  theme: 'auto',
  minUpvotes: 0,
  hasCode: false,
  tldr: false,
  summaryFirst: true,
  timeoutSeconds: 15,
  keymap: {},
  'llm.baseUrl': '',
  'llm.model': '',
  'llm.apiKey': '',
};

export class SettingError extends Error {}

type Parser = (raw: string) => unknown;

const number =
  (min: number, max: number): Parser =>
  (raw) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new SettingError(`expected a number from ${min} to ${max}`);
    return n;
  };
const oneOf =
  (values: readonly string[]): Parser =>
  (raw) => {
    if (!values.includes(raw)) throw new SettingError(`expected one of: ${values.join(', ')}`);
    return raw;
  };
const text: Parser = (raw) => raw;

const PARSERS: Record<Exclude<keyof Settings, 'keymap'>, Parser> = {
  staleMinutes: number(0, 60 * 24 * 30),
  sort: oneOf(SORT_ORDERS),
  lang: oneOf(['en', 'zh']),
  theme: oneOf(['auto', 'mono']),
  minUpvotes: number(0, 100000),
  hasCode: oneOf(['true', 'false']),
  tldr: oneOf(['true', 'false']),
  summaryFirst: oneOf(['true', 'false']),
  timeoutSeconds: number(1, 600),
  'llm.baseUrl': (raw) => {
    if (raw && !/^https?:\/\/\S+$/.test(raw)) throw new SettingError('expected an http(s) URL');
    return raw;
  },
  'llm.model': text,
  'llm.apiKey': text,
};

/** Settings stored as true/false. */
const BOOLEANS = new Set(['hasCode', 'tldr', 'summaryFirst']);

export const SETTING_KEYS = [...Object.keys(PARSERS), 'keymap.<command>'];

/** A plain setting's name (own keys only: not toString, constructor or __proto__). */
export const isSettingKey = (k: string): k is keyof typeof PARSERS => Object.hasOwn(PARSERS, k);

/**
 * Parses `papers config set KEY VALUE` into the stored key and value, or throws a
 * SettingError saying what is expected. A keymap entry is checked against `keymap` (the other
 * overrides in force): no binding may lock the user out, and quit always keeps ctrl+c.
 */
export function parseSetting(
  key: string,
  raw: string,
  keymap: Settings['keymap'] = {},
): { key: string; value: unknown } {
  if (key.startsWith('keymap.')) {
    const command = key.slice('keymap.'.length);
    if (!isCommand(command)) throw new SettingError(`unknown command "${command}" in ${key}`);
    const chords = raw
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (chords.length === 0)
      throw new SettingError('expected one or more keys separated by commas');
    if (command === 'quit' && !chords.includes(ALWAYS_QUIT)) chords.push(ALWAYS_QUIT);
    const problem = keymapProblem({ ...keymap, [command]: chords });
    if (problem) throw new SettingError(problem);
    return { key, value: chords };
  }
  if (!isSettingKey(key))
    throw new SettingError(`unknown setting "${key}" (known: ${SETTING_KEYS.join(', ')})`);
  const value = PARSERS[key](raw);
  return { key, value: BOOLEANS.has(key) ? value === 'true' : value };
}

/** Builds Settings from a stored object, dropping (and reporting) values that do not fit. */
export function settingsFrom(stored: Record<string, unknown>): {
  settings: Settings;
  bad: string[];
} {
  const settings: Settings = { ...DEFAULT_SETTINGS, keymap: {} };
  const bad: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    try {
      if (key.startsWith('keymap.')) {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
          throw new SettingError('');
        const { value: chords } = parseSetting(key, value.join(','), settings.keymap);
        settings.keymap[key.slice(7) as Command] = chords as string[];
      } else if (isSettingKey(key)) {
        const { value: v } = parseSetting(key, String(value));
        (settings as unknown as Record<string, unknown>)[key] = v;
      }
    } catch {
      bad.push(key);
    }
  }
  return { settings, bad };
}
