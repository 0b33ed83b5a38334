/**
 * Copies text. OSC 52 asks the terminal itself to copy, which is what works over ssh; the
 * system clipboard tool (via clipboardy) covers terminals that ignore OSC 52. Resolves to a
 * short description of what was used.
 */
export async function copyText(
  text: string,
  stdout: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const used: string[] = [];
  if (stdout.isTTY) {
    const payload = Buffer.from(text, 'utf8').toString('base64');
    const osc = `\x1b]52;c;${payload}\x07`;
    // Inside tmux the sequence must be wrapped to reach the outer terminal.
    stdout.write(env.TMUX ? `\x1bPtmux;${osc.replace(/\x1b/g, '\x1b\x1b')}\x1b\\` : osc);
    used.push('OSC 52');
  }
  try {
    const { default: clipboard } = await import('clipboardy');
    await clipboard.write(text);
    used.push('system clipboard');
  } catch {
    // No clipboard tool (headless box, ssh): OSC 52 alone has to do.
  }
  if (used.length === 0)
    throw new Error('no clipboard available (not a terminal, no clipboard tool)');
  return used.join(' + ');
}
