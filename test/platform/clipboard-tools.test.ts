import { describe, expect, it } from 'vitest';
import { clipboardTools, osc52 } from '../../src/platform/clipboard-tools.js';

const names = (p: NodeJS.Platform, env: Record<string, string> = {}) =>
  clipboardTools(p, env).map((t) => t.command);

describe('the system clipboard tool', () => {
  it('is the platform’s own tool, and none over plain ssh on Linux', () => {
    expect(names('darwin')).toEqual(['pbcopy']);
    expect(names('win32')).toEqual(['clip.exe']);
    expect(names('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual(['wl-copy']);
    expect(names('linux', { DISPLAY: ':0' })).toEqual(['xclip', 'xsel']);
    expect(names('linux', { WSL_DISTRO_NAME: 'Ubuntu' })).toEqual(['clip.exe']);
    expect(names('linux', { SSH_TTY: '/dev/pts/1' })).toEqual([]);
  });

  it('OSC 52 is sent plain, never wrapped for tmux passthrough', () => {
    expect(osc52('hé')).toBe(`\x1b]52;c;${Buffer.from('hé').toString('base64')}\x07`);
    expect(osc52('x')).not.toContain('\x1bPtmux');
  });
});
