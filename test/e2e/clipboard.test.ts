// `y` copies with OSC 52. Inside tmux the sequence goes out plain (tmux 3.3+ blocks
// passthrough by default): with `set-clipboard on`, tmux takes it into its paste buffer.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { shellQuote, tempHome } from './tmux.js';

const socket = `papers-clip-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
let cleanup: (() => void) | undefined;

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
  cleanup?.();
});

/** copyText from the source, as a script: `node copy.mjs TEXT`. */
function copyScript(dir: string): string {
  const file = path.join(dir, 'copy.mjs');
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import { copyText } from './src/platform/clipboard.ts';
        console.log('copied with ' + (await copyText(process.argv[2])));`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  writeFileSync(file, outputFiles[0]!.text);
  return file;
}

describe('copy inside tmux', () => {
  it('puts the text in the tmux buffer with set-clipboard on', async () => {
    const t = tempHome();
    cleanup = t.cleanup;
    const script = copyScript(t.home);
    tmux('new-session', '-d', '-s', 'clip', '-x', '80', '-y', '10', 'sh');
    tmux('set-option', '-g', 'set-clipboard', 'on');
    const text = 'Attention Is All You Need — 1706.03762';
    // No display: OSC 52 is the only way, as over ssh.
    const command = `env -u DISPLAY -u WAYLAND_DISPLAY node ${shellQuote(script)} ${shellQuote(text)}`;
    tmux('send-keys', '-t', 'clip', '-l', command);
    tmux('send-keys', '-t', 'clip', 'Enter');
    await vi.waitFor(
      () => expect(tmux('capture-pane', '-p', '-t', 'clip')).toContain('copied with OSC 52'),
      {
        timeout: 10_000,
      },
    );
    expect(tmux('show-buffer')).toBe(text);
  });
});
