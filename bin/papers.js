#!/usr/bin/env node
// Tiny launcher: the real program is one esbuild bundle (fast start), built by `npm run build`.
if (process.env.NO_COLOR && !process.env.FORCE_COLOR) process.env.FORCE_COLOR = '0';
import('../dist/cli.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js')) {
    console.error('papers: not built yet; run `npm run build` in the papers folder');
  } else {
    console.error(`papers: ${err && err.message ? err.message : err}`);
  }
  process.exitCode = 70;
});
