// Whole-process start-up, measured from outside: each program runs under `script` (a real
// pseudo-terminal, so the reader draws as it would for a user) and the clock stops when the
// pty output first shows the expected text.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]/g;
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Milliseconds from spawn until `expect` is on screen; rejects after `timeoutMs`. With `quit`,
 * the program is then sent `q` and given a moment to exit as after a user's session (the
 * reader saves its code cache then) before it is killed.
 */
export function timeToText(argv, env, expect, timeoutMs = 15_000, quit = false) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', argv.map(quote).join(' '), '/dev/null'], {
      env: { ...env, COLUMNS: '120', LINES: '40', TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let done = false;
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const finish = (err, ms) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) reject(err);
      if (err || !quit) {
        kill();
        if (!err) resolve(ms);
        return;
      }
      child.stdin.write('q');
      const grace = setTimeout(kill, 3000);
      child.on('exit', () => {
        clearTimeout(grace);
        kill();
        resolve(ms);
      });
    };
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `no "${expect}" within ${timeoutMs} ms; output: ${out.replace(ANSI, '').slice(-300)}`,
          ),
        ),
      timeoutMs,
    );
    child.stdout.on('data', (b) => {
      out += b.toString('utf8');
      if (out.replace(ANSI, '').includes(expect)) finish(undefined, performance.now() - t0);
    });
    child.on('exit', () =>
      setTimeout(
        () => finish(new Error(`exited before "${expect}": ${out.replace(ANSI, '').slice(-300)}`)),
        50,
      ),
    );
  });
}

/** Runs every case `runs` times, interleaved so drift hits them alike; ms samples per case. */
export async function measureStartup(cases, runs) {
  const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
  // Each program once as a user would run it, to the end: warms the file cache and lets the
  // reader write its code cache, as any earlier session would have.
  for (const c of cases) await timeToText(c.argv, c.env, c.expect, 15_000, true);
  for (let i = 0; i < runs; i++) {
    for (const c of cases) samples[c.name].push(await timeToText(c.argv, c.env, c.expect));
  }
  return samples;
}
