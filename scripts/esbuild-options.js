// The esbuild settings the CLI is built with; the benchmark builds its bundles with the same.
import { fileURLToPath } from 'node:url';

const fastTokenize = fileURLToPath(new URL('../src/render/ansi-tokenize-fast.ts', import.meta.url));

/**
 * Ink's frame composer (ink/build/output.js) gets our drop-in ANSI tokenizer, which returns
 * the same results several times faster; every other importer keeps the library.
 */
const inkFastTokenize = {
  name: 'ink-fast-tokenize',
  setup(build) {
    let swapped = false;
    build.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]ink[\\/]/.test(args.importer)) return undefined;
      swapped = true;
      return { path: fastTokenize };
    });
    // An Ink upgrade that stops importing the library must not quietly lose the speed-up.
    build.onEnd((result) => {
      const bundlesInk = Object.keys(result.metafile?.inputs ?? {}).some((f) =>
        f.includes('node_modules/ink/'),
      );
      if (bundlesInk && !swapped)
        throw new Error('Ink no longer imports @alcalzone/ansi-tokenize: see esbuild-options.js');
    });
  },
};

/** Options for one ESM bundle per entry, code-split so late imports stay their own chunks. */
export function bundleOptions(define) {
  return {
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    logLevel: 'warning',
    metafile: true,
    // Ink imports react-devtools-core only when DEV is set; it is not a dependency.
    external: ['react-devtools-core'],
    plugins: [inkFastTokenize],
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    banner: {
      // Bundled CommonJS dependencies still call require().
      js: "import { createRequire as __papersRequire } from 'node:module'; const require = __papersRequire(import.meta.url);",
    },
  };
}
