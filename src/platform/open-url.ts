import { spawn } from 'node:child_process';

/**
 * Opens a URL in the user's browser. $BROWSER wins (a command, `%s` marks where the URL
 * goes, `:` separates fallbacks, as in the Debian convention); otherwise the `open` package
 * picks the platform opener.
 */
export async function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!/^https?:\/\//.test(url)) throw new Error(`refusing to open a non-http(s) link`);
  const browser = env.BROWSER?.trim();
  if (browser) {
    let lastError: Error | undefined;
    for (const candidate of browser.split(':').filter(Boolean)) {
      try {
        await runBrowser(candidate, url);
        return;
      } catch (e) {
        lastError = e as Error;
      }
    }
    throw lastError ?? new Error('$BROWSER is empty');
  }
  const { default: open } = await import('open');
  const child = await open(url);
  child.on('error', () => {});
}

function runBrowser(command: string, url: string): Promise<void> {
  const parts = command.split(/\s+/);
  // split/join, not replace: a link holding $& or $' would be read as a replacement pattern.
  const args = parts.slice(1).map((a) => a.split('%s').join(url));
  if (!command.includes('%s')) args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(parts[0]!, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
