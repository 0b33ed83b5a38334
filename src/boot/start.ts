// Runs the CLI bundle (dist/cli.js: one script, see scripts/build.js) through node:vm with
// V8's code cache: on a warm start V8 reads the compiled code instead of compiling ~1.8 MB.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { cacheKey, readCodeCache, writeCodeCache } from './code-cache.js';
import { BOOT_HOOK, type BootHook } from './hook.js';

/** The build appends `//# papersBuild=<hash of the bundle>` (scripts/build.js). */
const BUILD_ID = /\/\/# papersBuild=([0-9a-f]{8,64})\s*$/;

type Bundle = (require: NodeJS.Require, url: string) => Promise<void>;

/** Compiles and starts the bundle; `cacheFile` undefined runs it without a code cache. */
export function startBundle(bundle: string, cacheFile: string | undefined): Promise<void> {
  const source = fs.readFileSync(bundle, 'utf8');
  const buildId = BUILD_ID.exec(source.slice(-120))?.[1];
  const key = buildId && cacheFile ? cacheKey(buildId) : undefined;
  const cachedData = key ? readCodeCache(cacheFile!, key) : undefined;
  const script = new vm.Script(source, {
    filename: bundle,
    cachedData,
    // A dynamic import() left in a dependency (an optional package) resolves as it would in
    // an ES module, instead of failing because a vm script has no loader of its own.
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  let kept = used || key === undefined;
  const hook: BootHook = {
    keepCodeCache() {
      if (kept) return;
      kept = true;
      // At exit, so the cache holds the code the session compiled, not only the top level.
      process.once('exit', () => writeCodeCache(cacheFile!, key!, script.createCachedData()));
    },
  };
  (globalThis as { [BOOT_HOOK]?: BootHook })[BOOT_HOOK] = hook;
  const run = script.runInThisContext() as Bundle;
  return run(createRequire(bundle), pathToFileURL(bundle).href);
}
