// One esbuild bundle for the CLI: a bare Ink program starts ~40% faster bundled than when
// resolved from node_modules. Heavy modules loaded after the first frame (marked-terminal)
// become their own chunks through dynamic import().
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minify: false,
  sourcemap: 'linked',
  logLevel: 'warning',
  // Ink imports react-devtools-core only when DEV is set; it is not a dependency.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"', PAPERS_VERSION: JSON.stringify(pkg.version) },
  banner: {
    // Bundled CommonJS dependencies still call require().
    js: "import { createRequire as __papersRequire } from 'node:module'; const require = __papersRequire(import.meta.url);",
  },
});
