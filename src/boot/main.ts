// dist/boot.js, what bin/papers.js loads: finds the code cache and starts the CLI bundle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePaths } from '../library/paths.js';
import { startBundle } from './start.js';

/** PAPERS_CODE_CACHE=0 starts without the cache (to tell a cache problem from another). */
function cacheFile(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PAPERS_CODE_CACHE === '0') return undefined;
  try {
    return path.join(resolvePaths(env).cacheDir, 'code-cache.bin');
  } catch {
    return undefined; // no home folder to find the cache in: start without it
  }
}

export const started = startBundle(
  fileURLToPath(new URL('./cli.js', import.meta.url)),
  cacheFile(process.env),
);
