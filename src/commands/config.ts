import type { Context } from '../library/context.js';
import { jsonSafe, jsonText } from '../text/plain.js';
import { isSettingKey, parseSetting, SettingError, SETTING_KEYS } from '../domain/settings.js';

/** `papers config get [KEY] | set KEY VALUE | unset KEY | path`. */
export async function runConfig(ctx: Context, args: string[], json: boolean): Promise<number> {
  const [action, key, ...rest] = args;
  const store = ctx.settingsStore;
  switch (action) {
    case 'path':
      ctx.io.out(store.file);
      return 0;
    case 'get':
    case undefined: {
      const settings = ctx.settings as unknown as Record<string, unknown>;
      if (key && !key.startsWith('keymap.') && !isSettingKey(key)) {
        ctx.io.err(`papers: unknown setting "${key}" (known: ${SETTING_KEYS.join(', ')})`);
        return 2;
      }
      const keymap = ctx.settings.keymap as Record<string, unknown>;
      const value = key?.startsWith('keymap.')
        ? Object.hasOwn(keymap, key.slice(7))
          ? keymap[key.slice(7)]
          : undefined
        : key
          ? settings[key]
          : settings;
      if (json || typeof value === 'object') ctx.io.out(jsonText(value ?? null));
      else ctx.io.out(String(value ?? ''));
      return 0;
    }
    case 'set': {
      if (!key || rest.length === 0) {
        ctx.io.err('papers: usage: papers config set KEY VALUE');
        return 2;
      }
      try {
        const { key: k, value } = parseSetting(key, rest.join(' '), otherBindings(ctx, key));
        await store.set(k, value);
        ctx.io.out(`${k} = ${jsonSafe(JSON.stringify(value))}`);
        return 0;
      } catch (e) {
        if (e instanceof SettingError) {
          ctx.io.err(`papers: invalid value for ${key}: ${e.message}`);
          return 2;
        }
        throw e;
      }
    }
    case 'unset': {
      if (!key) {
        ctx.io.err('papers: usage: papers config unset KEY');
        return 2;
      }
      await store.delete(key);
      ctx.io.out(`${key} reset to default`);
      return 0;
    }
    default:
      ctx.io.err(`papers: unknown config action "${action}" (get, set, unset, path)`);
      return 2;
  }
}

/** The keymap overrides in force besides the one `key` sets (it replaces its own). */
function otherBindings(ctx: Context, key: string) {
  const others = { ...ctx.settings.keymap };
  delete others[key.slice('keymap.'.length) as keyof typeof others];
  return others;
}
