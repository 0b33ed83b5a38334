import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Context } from '../library/context.js';
import { writeFileAtomicSync } from '../library/atomic.js';
import { jsonSafe, jsonText } from '../text/plain.js';
import {
  isSettingKey,
  parseSetting,
  SettingError,
  settingsFrom,
  SETTING_KEYS,
} from '../domain/settings.js';
import { EXIT } from '../cli/exit-codes.js';
import { configEntries, maskSecret, SECRET_KEYS } from './config-view.js';
import { readRegularFileSync } from '../library/read-file.js';

const known = (key: string) => key.startsWith('keymap.') || isSettingKey(key);

function unknownKey(ctx: Context, key: string): number {
  ctx.io.err(`papers: unknown setting "${key}" (known: ${SETTING_KEYS.join(', ')})`);
  return EXIT.usage;
}

/** `papers config get [KEY] | list | set KEY VALUE | unset KEY | edit | path`. */
export async function runConfig(ctx: Context, args: string[], json: boolean): Promise<number> {
  const [action, key, ...rest] = args;
  const store = ctx.settingsStore;
  switch (action) {
    case 'path':
      ctx.io.out(store.file);
      return EXIT.ok;
    case 'list':
    case 'get':
    case undefined: {
      if (key && !known(key)) return unknownKey(ctx, key);
      const entries = configEntries(ctx.settings, ctx.env);
      if (!key && action !== 'list') {
        // The whole settings object, as earlier versions printed it; secrets masked.
        const all: Record<string, unknown> = { ...ctx.settings };
        for (const e of entries) if (SECRET_KEYS.has(e.key)) all[e.key] = e.value;
        ctx.io.out(jsonText(all));
        return EXIT.ok;
      }
      if (!key) {
        if (json) ctx.io.out(jsonText(Object.fromEntries(entries.map((e) => [e.key, e.value]))));
        else for (const e of entries) ctx.io.out(`${e.key} = ${e.shown}${e.note}`);
        return EXIT.ok;
      }
      const e = entries.find((x) => x.key === key);
      const value = e?.value ?? null;
      if (json || typeof value === 'object') ctx.io.out(jsonText(value));
      else ctx.io.out(value === null ? '' : String(value));
      return EXIT.ok;
    }
    case 'set': {
      if (!key || rest.length === 0) {
        ctx.io.err('papers: usage: papers config set KEY VALUE');
        return EXIT.usage;
      }
      try {
        const { key: k, value } = parseSetting(key, rest.join(' '), otherBindings(ctx, key));
        await store.set(k, value);
        const shown = SECRET_KEYS.has(k) ? maskSecret(String(value)) : JSON.stringify(value);
        ctx.io.out(`${k} = ${jsonSafe(shown)}`);
        if (SECRET_KEYS.has(k))
          ctx.io.err(
            `papers: stored in ${store.file} (readable only by you); PAPERS_LLM_API_KEY in the environment takes precedence`,
          );
        return EXIT.ok;
      } catch (e) {
        if (e instanceof SettingError) {
          ctx.io.err(`papers: invalid value for ${key}: ${e.message}`);
          return EXIT.usage;
        }
        throw e;
      }
    }
    case 'unset': {
      if (!key) {
        ctx.io.err('papers: usage: papers config unset KEY');
        return EXIT.usage;
      }
      if (!known(key)) return unknownKey(ctx, key);
      await store.delete(key);
      ctx.io.out(`${key} reset to default`);
      return EXIT.ok;
    }
    case 'edit':
      return editConfig(ctx);
    default:
      ctx.io.err(`papers: unknown config action "${action}" (get, list, set, unset, edit, path)`);
      return EXIT.usage;
  }
}

/** Problems in an edited settings file, one phrase each; empty when it is valid. */
export function settingsProblems(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [`not valid JSON (${(e as Error).message})`];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return ['not a JSON object'];
  const stored = value as Record<string, unknown>;
  const unknownKeys = Object.keys(stored).filter((k) => !known(k));
  const { bad } = settingsFrom(stored);
  return [
    ...unknownKeys.map((k) => `unknown setting "${k}"`),
    ...bad.map((k) => `invalid value for ${k}`),
  ];
}

/**
 * Opens a copy of the settings file in $VISUAL / $EDITOR; the copy replaces the file only when
 * it is valid, so a typo never costs the old settings.
 */
function editConfig(ctx: Context): number {
  const file = ctx.settingsStore.file;
  const editor =
    ctx.env.VISUAL || ctx.env.EDITOR || (process.platform === 'win32' ? 'notepad' : 'vi');
  let before = '{}\n';
  try {
    before = readRegularFileSync(file).toString('utf8');
  } catch {
    // no file yet: start from an empty object
  }
  const draft = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'papers-config-')), 'config.json');
  fs.writeFileSync(draft, before, { mode: 0o600 });
  // Through the shell, as git does: EDITOR may carry arguments ("code --wait").
  const quoted = process.platform === 'win32' ? `"${draft}"` : `'${draft.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync(`${editor} ${quoted}`, { shell: true, stdio: 'inherit' });
  if (r.status !== 0) {
    ctx.io.err(`papers: the editor (${editor}) failed; ${file} is unchanged`);
    return EXIT.failure;
  }
  const after = fs.readFileSync(draft, 'utf8');
  if (after === before) {
    ctx.io.err('papers: no changes');
    return EXIT.ok;
  }
  const problems = settingsProblems(after);
  if (problems.length > 0) {
    ctx.io.err(`papers: kept the old ${file}: ${problems.join('; ')}. Your edit is in ${draft}`);
    return EXIT.usage;
  }
  writeFileAtomicSync(file, after.endsWith('\n') ? after : `${after}\n`, 0o600);
  fs.rmSync(path.dirname(draft), { recursive: true, force: true });
  ctx.io.err(`papers: saved ${file}`);
  return EXIT.ok;
}

/** The keymap overrides in force besides the one `key` sets (it replaces its own). */
function otherBindings(ctx: Context, key: string) {
  const others = { ...ctx.settings.keymap };
  delete others[key.slice('keymap.'.length) as keyof typeof others];
  return others;
}
