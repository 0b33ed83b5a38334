import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BIN } from './tmux.js';

const run = promisify(execFile);

/** Runs the built binary without a terminal; resolves with its output and exit code. */
export async function papers(
  args: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run('node', [BIN, ...args], {
      env: { ...process.env, PAPERS_OFFLINE: '1', ...env },
      encoding: 'utf8',
    });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}
