// Which system clipboard tool to run, by platform and session. Pure.

export interface Tool {
  command: string;
  args: string[];
}

/**
 * Candidates in order; the first that runs wins. None over plain ssh on Linux (no display):
 * there OSC 52, which the terminal at the other end handles, is the one way to a clipboard.
 */
export function clipboardTools(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): Tool[] {
  if (platform === 'darwin') return [{ command: 'pbcopy', args: [] }];
  if (platform === 'win32') return [{ command: 'clip.exe', args: [] }];
  const tools: Tool[] = [];
  if (env.WAYLAND_DISPLAY) tools.push({ command: 'wl-copy', args: [] });
  if (env.DISPLAY)
    tools.push(
      { command: 'xclip', args: ['-selection', 'clipboard'] },
      { command: 'xsel', args: ['--clipboard', '--input'] },
    );
  // WSL: the Windows clipboard, reachable through interop.
  if (env.WSL_DISTRO_NAME) tools.push({ command: 'clip.exe', args: [] });
  return tools;
}

/**
 * OSC 52 "set the clipboard" as is. Inside tmux it is not wrapped for passthrough (tmux 3.3+
 * blocks that by default): tmux takes plain OSC 52 itself when `set-clipboard` is on, puts the
 * text in its buffer and forwards it to the outer terminal.
 */
export function osc52(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
