#!/usr/bin/env node
// Tiny launcher: the real program is one esbuild bundle (fast start), built by `npm run build`
// and started by dist/boot.js with V8's code cache.
if (process.env.NO_COLOR && !process.env.FORCE_COLOR) process.env.FORCE_COLOR = '0';
const notBuilt = (err) =>
  (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/boot.js')) ||
  (err?.code === 'ENOENT' && String(err.path).endsWith('cli.js'));
import('../dist/boot.js')
  .then((boot) => boot.started)
  .catch((err) => {
    if (notBuilt(err)) {
      console.error('papers: not built yet; run `npm run build` in the papers folder');
    } else {
      console.error(`papers: ${err && err.message ? err.message : err}`);
    }
    process.exitCode = 70;
  });
