// Issue 18's memory figure: RSS of the real reader at 100k cached papers after 100 mixed
// actions in one run (day filters, cross-day searches, day changes), driven in a real terminal
// (tmux) the way a user would, each action waited for on screen before the next. Also the
// peak (VmHWM): a reader that swells and shrinks back still needed that memory once.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILTERS = ['agent', 'difusion', 'model', 'robot', 'vision transformer', 'au:wei', 'laetnt'];
const SEARCHES = ['diffusion model', 'agent', 'reinforcment', 'au:chen', 'gpt-4', 'mamba', 'llm'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function session(home) {
  const socket = `papers-bench-mem-${process.pid}`;
  const tmux = (...args) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const env = `env PAPERS_HOME='${home}' PAPERS_OFFLINE=1 TERM=xterm-256color`;
  tmux(
    'new-session',
    '-d',
    '-s',
    'm',
    '-x',
    '120',
    '-y',
    '40',
    `${env} node ${path.join(root, 'bin/papers.js')}`,
  );
  const screen = () => tmux('capture-pane', '-p', '-t', 'm');
  return {
    keys: (...k) => tmux('send-keys', '-t', 'm', ...k),
    type: (t) => tmux('send-keys', '-t', 'm', '-l', t),
    screen,
    async waitFor(check, what, timeout = 60_000) {
      const end = Date.now() + timeout;
      for (;;) {
        const s = screen();
        if (check(s)) return s;
        if (Date.now() > end) throw new Error(`memory bench: no ${what} on screen:\n${s}`);
        await sleep(20);
      }
    },
    pid() {
      const pane = tmux('display-message', '-p', '-t', 'm', '#{pane_pid}').trim();
      // The pane runs env, which execs node: the pane's process is the reader.
      return Number(pane);
    },
    // Waits for the reader to finish exiting: it writes its resume point and code cache on
    // the way out, and the bench removes its home right after.
    stop: async () => {
      let pid;
      try {
        pid = Number(tmux('display-message', '-p', '-t', 'm', '#{pane_pid}').trim());
        tmux('kill-server');
      } catch {
        // gone
      }
      for (let waited = 0; pid && waited < 10_000; waited += 50) {
        try {
          process.kill(pid, 0);
        } catch {
          return;
        }
        await sleep(50);
      }
    },
  };
}

const kb = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const dayOf = (s) => /(\d{4}-\d{2}-\d{2}) · \d+\/\d+/.exec(s)?.[1];

/** Drives `actions` mixed actions; resolves to { rss, peak } in MB. */
export async function readerMemory(home, actions = 100) {
  const s = session(home);
  try {
    let screen = await s.waitFor((x) => dayOf(x) !== undefined, 'first frame');
    const pid = s.pid();
    let back = false; // walks back through the days, then forward again
    for (let i = 0; i < actions; i++) {
      const kind = i % 3;
      if (kind === 0) {
        const q = FILTERS[((i / 3) % FILTERS.length) | 0];
        s.keys('/');
        s.type(q);
        await s.waitFor(
          (x) => x.includes(`/${q}`) && / match · \d+ similar/.test(x),
          `filter ${q}`,
        );
        s.keys('Escape');
        await s.waitFor((x) => !x.includes(`/${q}`), 'filter closed');
      } else if (kind === 1) {
        const q = SEARCHES[((i / 3) % SEARCHES.length) | 0];
        s.keys('S');
        s.type(q);
        await s.waitFor(
          (x) => x.includes(`search all days: ${q}`) && /\d+ found/.test(x),
          `search ${q}`,
        );
        s.keys('Escape');
        await s.waitFor((x) => !x.includes('search all days'), 'search closed');
      } else {
        const before = dayOf(screen);
        if (i % 30 === 2) back = !back;
        s.keys(back ? '[' : ']');
        screen = await s
          .waitFor((x) => dayOf(x) && dayOf(x) !== before, 'another day', 10_000)
          .catch(
            () => s.screen(), // the newest day has no next one: that key is a no-op
          );
      }
      screen = s.screen();
    }
    await sleep(500); // let a pending save or a late frame settle
    return { rss: kb(pid, 'VmRSS') / 1024, peak: kb(pid, 'VmHWM') / 1024 };
  } finally {
    await s.stop();
  }
}
