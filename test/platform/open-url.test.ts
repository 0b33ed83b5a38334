import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openUrl } from '../../src/platform/open-url.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

/** A $BROWSER that writes the arguments it was given to a file. */
function recorder() {
  const dir = tmp();
  const script = path.join(dir, 'browser.mjs');
  const out = path.join(dir, 'args.json');
  writeFileSync(
    script,
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)));\n`,
  );
  const args = async () => {
    await vi.waitFor(() => expect(existsSync(out)).toBe(true));
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };
  return { command: `${process.execPath} ${script}`, args };
}

describe('$BROWSER', () => {
  it.each(["https://example.com/a$'b", 'https://example.com/q?x=$&y', 'https://example.com/$$/$1'])(
    'passes %s unchanged in place of the placeholder',
    async (url) => {
      const b = recorder();
      await openUrl(url, { BROWSER: `${b.command} --url=%s` });
      expect(await b.args()).toEqual([`--url=${url}`]);
    },
  );

  it('appends the link when there is no %s', async () => {
    const b = recorder();
    await openUrl('https://example.com/$&', { BROWSER: b.command });
    expect(await b.args()).toEqual(['https://example.com/$&']);
  });
});
