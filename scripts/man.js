// Writes dist/papers.1 from the command table (src/cli/table.ts), so the man page, --help and
// the completions can never disagree.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function writeManPage(version, out) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = await build({
    stdin: {
      contents:
        "export { manPage } from './src/cli/man.ts'; export { TABLE } from './src/cli/table.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  const { manPage, TABLE } = await import(`data:text/javascript;base64,${code}`);
  // SOURCE_DATE_EPOCH keeps rebuilt packages byte-identical.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
  writeFileSync(out, manPage(TABLE, version, date));
}
