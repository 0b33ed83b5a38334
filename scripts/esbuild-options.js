// The esbuild settings the CLI is built with; the benchmark builds its bundles with the same.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const stub = (f) => fileURLToPath(new URL(`./stubs/${f}`, import.meta.url));
const src = (f) => fileURLToPath(new URL(`../src/${f}`, import.meta.url));

/**
 * Ink composes and measures every frame with @alcalzone/ansi-tokenize and string-width, which
 * segment text into graphemes and test emoji regexes character by character. Ink (and
 * widest-line and cli-truncate, which Ink measures and cuts text with) get our drop-in
 * modules instead: same answers, checked against the libraries by tests, several times
 * faster, and without the ~25 ms the libraries' first non-ASCII call costs. Every other
 * importer keeps the libraries.
 */
export const swaps = [
  { module: '@alcalzone/ansi-tokenize', by: src('text/ansi-tokenize-fast.ts'), for: ['ink'] },
  // (wrap-ansi keeps its own, older string-width: not swapped.)
  {
    module: 'string-width',
    by: src('text/width.ts'),
    for: ['ink', 'widest-line', 'cli-truncate'],
  },
];

/** width.ts gets string-width through a stub that loads it on first use (see the stub). */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    const widthModule = src('text/width.ts');
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === widthModule ? { path: stub('lazy-string-width.js') } : undefined,
    );
  },
};

const inkFastText = {
  name: 'ink-fast-text',
  setup(build) {
    const swapped = new Set();
    for (const swap of swaps) {
      const filter = new RegExp(`^${swap.module.replace(/[/.]/g, '\\$&')}$`);
      const importers = new RegExp(`[\\\\/]node_modules[\\\\/](${swap.for.join('|')})[\\\\/]`);
      build.onResolve({ filter }, (args) => {
        if (!importers.test(args.importer)) return undefined;
        swapped.add(swap.module);
        return { path: swap.by };
      });
    }
    // An Ink upgrade that stops importing a library must not quietly lose the speed-up.
    build.onEnd((result) => {
      const inputs = Object.keys(result.metafile?.inputs ?? {});
      if (!inputs.some((f) => f.includes('node_modules/ink/'))) return;
      const lost = swaps.filter((s) => !swapped.has(s.module)).map((s) => s.module);
      if (lost.length)
        throw new Error(`Ink no longer imports ${lost.join(', ')}: see esbuild-options.js`);
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
    plugins: [inkFastText, lazyStringWidth],
    // Modules marked-terminal imports that papers never uses (see the stubs): 2 MB less.
    alias: {
      'cli-highlight': stub('cli-highlight.js'),
      'node-emoji': stub('node-emoji.js'),
    },
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    banner: {
      // Bundled CommonJS dependencies still call require().
      js: "import { createRequire as __papersRequire } from 'node:module'; const require = __papersRequire(import.meta.url);",
    },
  };
}

const builtins = new Set(builtinModules);

/**
 * In the script bundle there are no import statements: Node's modules (and the optional
 * react-devtools-core, which Ink loads only with DEV set) are reached through require().
 */
const requireExternals = {
  name: 'require-externals',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      const builtin = builtins.has(bare) || builtins.has(bare.split('/')[0]);
      if (!builtin && args.path !== 'react-devtools-core') return undefined;
      if (args.namespace === 'required') return { path: args.path, external: true };
      return { path: args.path, namespace: 'required' };
    });
    build.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/** What wraps the script bundle: bin/papers.js (src/boot/start.ts) calls the function. */
export const SCRIPT_WRAPPER = {
  banner: '(async function (require, __papersUrl) {',
  footer: '})',
};

/**
 * The CLI as one script (not an ES module) so that node:vm can compile it with V8's code
 * cache (src/boot/): everything in one file, imports turned into require() and
 * import.meta.url into the function's argument. Modules loaded late (marked-terminal, the
 * commands) are bundled in but still initialised only when first imported.
 */
export function scriptBundleOptions(define) {
  const base = bundleOptions(define);
  return {
    ...base,
    splitting: false,
    external: [],
    plugins: [...base.plugins, requireExternals],
    define: { ...base.define, 'import.meta.url': '__papersUrl' },
    banner: { js: SCRIPT_WRAPPER.banner },
    footer: { js: SCRIPT_WRAPPER.footer },
  };
}

/**
 * The index rebuild's worker thread: an ES module bundle of its own (a worker's entry is a
 * file, not the CLI's vm script). src/search/disk/index-build.ts finds it next to the code
 * that asks: in dist/cli.js, import.meta.url is the bundle's URL, handed over by boot.
 */
export function workerOptions(define, outdir) {
  return {
    ...bundleOptions(define),
    splitting: false,
    entryPoints: { 'index-worker': src('search/disk/index-worker.ts') },
    outdir,
  };
}
