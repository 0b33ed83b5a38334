import { defineConfig, type Plugin } from 'vitest/config';
import { swaps } from './scripts/esbuild-options.js';

/**
 * The bundle hands Ink our drop-in text modules (scripts/esbuild-options.js); tests render
 * what users get by making the same swap here. Ink and the two libraries it measures text
 * with are run through Vite (inlined) so this hook sees their imports.
 */
const inkFastText: Plugin = {
  name: 'ink-fast-text',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer) return undefined;
    for (const swap of swaps) {
      if (source !== swap.module) continue;
      const from = new RegExp(`[\\\\/]node_modules[\\\\/](${swap.for.join('|')})[\\\\/]`);
      if (from.test(importer)) return swap.by;
    }
    return undefined;
  },
};

// ink-testing-library too: it must share the one (inlined) Ink with the components.
const inlined = [/[\\/]node_modules[\\/](ink|ink-testing-library|widest-line|cli-truncate)[\\/]/];

export default defineConfig({
  plugins: [inkFastText],
  test: {
    projects: [
      {
        plugins: [inkFastText],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          env: { COLUMNS: '100', LINES: '30', FORCE_COLOR: '0' },
          // Property tests run thousands of cases: a busy 2-core machine needs the headroom.
          testTimeout: 20_000,
          server: { deps: { inline: inlined } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
