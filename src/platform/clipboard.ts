import { spawn } from 'node:child_process';
import { clipboardTools, osc52, type Tool } from './clipboard-tools.js';

/** A tool that has not finished by then is left to finish on its own. */
const TOOL_WAIT_MS = 3000;

/** Runs one tool with `text` on stdin; resolves to whether it took it. */
function runTool(tool: Tool, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    // stdout/stderr ignored: xclip stays in the background holding the selection, and an open
    // pipe to it would keep us waiting.
    const child = spawn(tool.command, tool.args, { stdio: ['pipe', 'ignore', 'ignore'] });
    const timer = setTimeout(() => resolve(true), TOOL_WAIT_MS);
    timer.unref();
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false); // not installed
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}

/**
 * Copies text. OSC 52 asks the terminal itself to copy, which is what works over ssh and in
 * tmux; the platform's clipboard tool (pbcopy, wl-copy, xclip/xsel, clip.exe) covers terminals
 * that ignore OSC 52. Resolves to a short description of what was used.
 */
export async function copyText(
  text: string,
  stdout: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const used: string[] = [];
  if (stdout.isTTY) {
    stdout.write(osc52(text));
    used.push('OSC 52');
  }
  for (const tool of clipboardTools(platform, env)) {
    if (await runTool(tool, text)) {
      used.push(tool.command);
      break;
    }
  }
  if (used.length === 0)
    throw new Error('no clipboard available (not a terminal, no clipboard tool)');
  return used.join(' + ');
}
