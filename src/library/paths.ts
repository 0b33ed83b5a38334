import os from 'node:os';
import path from 'node:path';

export interface Paths {
  /** Day files and the search index: safe to delete, can be re-fetched. */
  cacheDir: string;
  /** Read/star state and settings: the user's data. */
  configDir: string;
}

/** All state goes under $PAPERS_HOME when set; otherwise the platform's standard dirs. */
export function resolvePaths(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Paths {
  const home = env.PAPERS_HOME;
  if (home) {
    const root = path.resolve(home);
    return { cacheDir: path.join(root, 'cache'), configDir: path.join(root, 'config') };
  }
  const user = os.homedir();
  if (platform === 'darwin') {
    return {
      cacheDir: path.join(user, 'Library', 'Caches', 'papers'),
      configDir: path.join(user, 'Library', 'Preferences', 'papers'),
    };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? path.join(user, 'AppData', 'Local');
    const roaming = env.APPDATA ?? path.join(user, 'AppData', 'Roaming');
    return {
      cacheDir: path.join(local, 'papers', 'Cache'),
      configDir: path.join(roaming, 'papers', 'Config'),
    };
  }
  return {
    cacheDir: path.join(env.XDG_CACHE_HOME || path.join(user, '.cache'), 'papers'),
    configDir: path.join(env.XDG_CONFIG_HOME || path.join(user, '.config'), 'papers'),
  };
}
