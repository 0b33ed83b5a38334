// One esbuild bundle for the CLI: a bare Ink program starts ~40% faster bundled than when
// resolved from node_modules. Heavy modules loaded after the first frame (marked-terminal)
// become their own chunks through dynamic import().
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { bundleOptions, workerOptions } from './esbuild-options.js';
import { writeManPage } from './man.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  ...bundleOptions({ PAPERS_VERSION: JSON.stringify(pkg.version) }),
  entryPoints: { cli: 'src/main.tsx' },
  outdir: 'dist',
  // Whitespace only: names stay readable in stack traces; the package stays under 2 MB.
  minifyWhitespace: true,
  sourcemap: 'linked',
});

await build({
  ...workerOptions({ PAPERS_VERSION: JSON.stringify(pkg.version) }, 'dist'),
  minifyWhitespace: true,
  sourcemap: 'linked',
});

await writeManPage(pkg.version, new URL('../dist/papers.1', import.meta.url));
