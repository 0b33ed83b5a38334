// What `papers config get/list` shows: every setting with where its value comes from, and
// secrets masked. Pure.
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings.js';

export const SECRET_KEYS = new Set(['llm.apiKey']);

/** Settings the environment overrides (the environment wins: keys stay out of files). */
const ENV_OVERRIDES: Record<string, string> = {
  'llm.baseUrl': 'PAPERS_LLM_BASE_URL',
  'llm.model': 'PAPERS_LLM_MODEL',
  'llm.apiKey': 'PAPERS_LLM_API_KEY',
};

/** Enough of a key to tell two apart, never enough to use: "sk-…cdef". */
export function maskSecret(value: string): string {
  if (value === '') return '';
  return value.length >= 12 ? `${value.slice(0, 3)}…${value.slice(-4)}` : '****';
}

export interface ConfigEntry {
  key: string;
  /** The value for --json and `get` (masked when secret). */
  value: unknown;
  shown: string;
  /** " (default)", " (from PAPERS_LLM_MODEL)" or "". */
  note: string;
}

export function configEntries(settings: Settings, env: Record<string, string | undefined>) {
  const out: ConfigEntry[] = [];
  const flat: Record<string, unknown> = { ...settings };
  delete flat.keymap;
  for (const [cmd, chords] of Object.entries(settings.keymap))
    flat[`keymap.${cmd}`] = chords?.join(',');
  for (const [key, raw] of Object.entries(flat)) {
    const envName = ENV_OVERRIDES[key];
    const fromEnv = envName ? env[envName] : undefined;
    const actual = fromEnv || raw;
    const value = SECRET_KEYS.has(key) ? maskSecret(String(actual ?? '')) : actual;
    const isDefault =
      !fromEnv && (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key] === raw;
    out.push({
      key,
      value,
      shown: typeof value === 'string' ? value : JSON.stringify(value),
      note: fromEnv ? ` (from ${envName})` : isDefault ? ' (default)' : '',
    });
  }
  return out;
}
