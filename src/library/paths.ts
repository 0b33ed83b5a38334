import os from 'node:os';
import path from 'node:path';

/**
 * Where `papers` keeps things, by how much losing them would cost:
 * - cacheDir: what can be fetched again (synced Hugging Face days, the search index);
 * - dataDir: what cannot (imported days, LLM summaries, read/star state);
 * - configDir: settings.
 */
export interface Paths {
  cacheDir: string;
  dataDir: string;
  configDir: string;
}

/** All state goes under $PAPERS_HOME when set; otherwise the platform's standard dirs. */
export function resolvePaths(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  user: string = os.homedir(),
): Paths {
  const home = env.PAPERS_HOME;
  if (home) {
    const root = path.resolve(home);
    return {
      cacheDir: path.join(root, 'cache'),
      dataDir: path.join(root, 'data'),
      configDir: path.join(root, 'config'),
    };
  }
  if (platform === 'darwin') {
    const lib = path.join(user, 'Library');
    return {
      cacheDir: path.join(lib, 'Caches', 'papers'),
      dataDir: path.join(lib, 'Application Support', 'papers'),
      configDir: path.join(lib, 'Preferences', 'papers'),
    };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || path.join(user, 'AppData', 'Local');
    const roaming = env.APPDATA || path.join(user, 'AppData', 'Roaming');
    return {
      cacheDir: path.join(local, 'papers', 'Cache'),
      dataDir: path.join(local, 'papers', 'Data'),
      configDir: path.join(roaming, 'papers', 'Config'),
    };
  }
  // XDG: a relative value is invalid by the spec and is ignored.
  const xdg = (name: string, fallback: string) => {
    const v = env[name];
    return v && path.isAbsolute(v) ? v : path.join(user, fallback);
  };
  return {
    cacheDir: path.join(xdg('XDG_CACHE_HOME', '.cache'), 'papers'),
    dataDir: path.join(xdg('XDG_DATA_HOME', path.join('.local', 'share')), 'papers'),
    configDir: path.join(xdg('XDG_CONFIG_HOME', '.config'), 'papers'),
  };
}
