// The CLI is one script bundle, dist/cli.js, run by dist/boot.js through node:vm with V8's
// code cache (src/boot/): a bare Ink program starts ~40% faster bundled than resolved from
// node_modules, and a cached one skips compiling. Modules loaded after the first frame
// (marked-terminal, the commands) are in the bundle but initialised only when imported.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';
import { bundleOptions, scriptBundleOptions, workerOptions } from './esbuild-options.js';
import { writeManPage } from './man.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const root = new URL('..', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
const define = { PAPERS_VERSION: JSON.stringify(pkg.version) };

await build({
  ...bundleOptions(define),
  entryPoints: { boot: 'src/boot/main.ts' },
  outdir: 'dist',
});

const cli = await build({
  ...scriptBundleOptions(define),
  stdin: { contents: "import './src/main.tsx';", resolveDir: root.pathname, sourcefile: 'cli.js' },
  outfile: 'dist/cli.js',
  write: false,
  // Whitespace only: names stay readable in stack traces; the package stays under 2 MB.
  minifyWhitespace: true,
  sourcemap: 'linked',
});
for (const file of cli.outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.js')) {
    // A stray import or export statement would only fail at run time: fail the build.
    new vm.Script(text, { filename: 'dist/cli.js' });
    // The code cache's key (V8 itself compares only the source's length).
    const id = createHash('sha256').update(text).digest('hex').slice(0, 32);
    text += `\n//# papersBuild=${id}\n`;
  }
  writeFileSync(file.path, text);
}

await build({
  ...workerOptions({ PAPERS_VERSION: JSON.stringify(pkg.version) }, 'dist'),
  minifyWhitespace: true,
  sourcemap: 'linked',
});

await writeManPage(pkg.version, new URL('../dist/papers.1', import.meta.url));
