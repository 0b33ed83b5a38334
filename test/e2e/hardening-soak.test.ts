// A soak: the reader searches in a real terminal while three other processes write the same
// library, importing days, syncing days from a server on 127.0.0.1, and marking papers. No
// process may crash, no search may fail, and every mark must be on disk at the end.
// Runs for PAPERS_SOAK_SECONDS (.ci/run sets 60; test/e2e/setup.ts clears CI, so CI alone is not enough).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { BIN, shellQuote, tempHome, TmuxSession } from './tmux.js';

const exec = promisify(execFile);
const SECONDS = Number(process.env.PAPERS_SOAK_SECONDS ?? (process.env.CI ? 60 : 0));
const DAYS = path.join(sharedFixtures, 'hf-days-2025q4');
const QUERIES = ['model', 'language', 'vision', 'diffusion', 'reasoning', 'agent'];

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * Serves the real responses of the quarter, paged like the API, from a process of its own:
 * the test's own event loop is busy reading the terminal.
 */
async function server(home: string): Promise<string> {
  const script = path.join(home, 'api.mjs');
  writeFileSync(
    script,
    `import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
const server = http.createServer((req, res) => {
  const q = new URL(req.url, 'http://x').searchParams;
  const file = ${JSON.stringify(DAYS)} + '/' + q.get('date') + '.json';
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const limit = Number(q.get('limit') ?? 50), p = Number(q.get('p') ?? 0);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(all.slice(p * limit, (p + 1) * limit)));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`,
  );
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill());
  const [port] = (await once(child.stdout, 'data')) as [Buffer];
  return `http://127.0.0.1:${port.toString().trim()}`;
}

/**
 * Runs `body` (a shell snippet using $P for the binary and $i for the round) until the
 * deadline; resolves to "runs fails" and the failures' stderr.
 */
async function loop(env: Record<string, string>, body: string, seconds: number) {
  const script = `end=$(( $(date +%s) + ${seconds} )); i=0; runs=0; fails=0
while [ "$(date +%s)" -lt "$end" ]; do
  i=$((i+1)); runs=$((runs+1))
  ${body} >/dev/null 2>"$HOME/err" || { fails=$((fails+1)); cat "$HOME/err" >&2; }
done
echo "$runs $fails"`;
  const r = await exec('sh', ['-c', script], {
    env: { PATH: process.env.PATH ?? '', P: BIN, ...env },
    maxBuffer: 8 << 20,
  });
  const [runs, fails] = r.stdout.trim().split(' ').map(Number);
  return { runs: runs!, fails: fails!, stderr: r.stderr };
}

describe.skipIf(SECONDS <= 0)('soak', () => {
  it(
    'a searching reader and three writers: no crash, no failed run, no lost mark',
    { timeout: (SECONDS + 180) * 1000 },
    async () => {
      const t = tempHome();
      cleanups.push(t.cleanup);
      const home = t.home;
      const files = readdirSync(DAYS).sort();
      const env = { PAPERS_HOME: home, HOME: home, PAPERS_OFFLINE: '1' };
      // A library to search from the start: the first 15 days.
      const seed = files.slice(0, 15).map((f) => shellQuote(path.join(DAYS, f)));
      await exec('sh', ['-c', `node ${shellQuote(BIN)} import ${seed.join(' ')}`], {
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      const api = await server(home);

      const reader = new TmuxSession(home);
      cleanups.push(() => reader.stop());
      reader.start([], { columns: 100, rows: 30 });
      await reader.waitFor((s) => s.includes('2025-10'));

      // Papers of the seeded days, in order: `papers mark` takes only ids in the library.
      const markIds = files
        .slice(0, 15)
        .flatMap((f) =>
          (JSON.parse(readFileSync(path.join(DAYS, f), 'utf8')) as { paper: { id: string } }[]).map(
            (it) => it.paper.id,
          ),
        );
      const imports = files.slice(15, 35).map((f) => path.join(DAYS, f));
      const syncs = files.slice(35).map((f) => f.replace('.json', ''));
      const importList = imports.map(shellQuote).join(' ');
      const syncList = syncs.join(' ');
      const writers = Promise.all([
        loop(
          env,
          `f=$(echo ${importList} | tr ' ' '\\n' | sed -n "$(( (i - 1) % ${imports.length} + 1 ))p"); node "$P" import "$f"`,
          SECONDS,
        ),
        loop(
          { ...env, PAPERS_OFFLINE: '', PAPERS_API_BASE: api },
          `d=$(echo ${syncList} | tr ' ' '\\n' | sed -n "$(( (i - 1) % ${syncs.length} + 1 ))p"); node "$P" sync --date "$d"`,
          SECONDS,
        ),
        loop(
          env,
          `id=$(echo ${markIds.join(' ')} | tr ' ' '\\n' | sed -n "$(( (i - 1) % ${markIds.length} + 1 ))p"); node "$P" mark "$id"`,
          SECONDS,
        ),
      ]);

      // The reader searches, one query after another, until the writers are done.
      let done = false;
      void writers.finally(() => (done = true));
      let searches = 0;
      reader.keys('S');
      // Typing waits for the box: this test is about the index, not about early keys.
      await reader.waitFor((s) => s.includes('search all days'), 30_000);
      while (!done) {
        const q = QUERIES[searches % QUERIES.length]!;
        // A key at a time: each one starts a search over the changing index. (Each waits for
        // the box to show it: keys sent during a search can come out of order, a reader
        // matter this test is not about.)
        for (let k = 1; k <= q.length; k++) {
          reader.type(q[k - 1]!);
          await reader.waitFor((s) => s.includes(`search all days: ${q.slice(0, k)}`), 30_000);
        }
        const line = new RegExp(`search all days: ${q}\\s+\\d+ found|internal error|\\[exit`);
        await reader.waitFor((s) => line.test(s), 30_000);
        expect(reader.screen()).not.toMatch(/internal error|\[exit/);
        reader.keys(...Array<string>(q.length).fill('BSpace'));
        await reader.waitFor((s) => /search all days: *(\d+ found)?\s*$/m.test(s), 30_000);
        searches++;
      }
      const [imported, synced, marked] = await writers;

      expect(searches).toBeGreaterThan(0);
      for (const w of [imported, synced, marked]) {
        expect(w.runs).toBeGreaterThan(0);
        expect(w.fails, w.stderr).toBe(0);
        expect(w.stderr).not.toMatch(/internal error|warning/);
      }
      // Only this loop marks: every id it marked is read, none lost to another writer.
      const state = JSON.parse(readFileSync(path.join(home, 'data', 'state.json'), 'utf8'));
      const want = markIds.slice(0, Math.min(marked.runs, markIds.length)).sort();
      expect(Object.keys(state.read).sort()).toEqual(want);
      // Ctrl-C quits from anywhere (q would be typed into the search box).
      reader.keys('C-c');
      await reader.waitFor((s) => s.includes('[exit 0]') || s.includes('[exit 130]'));
      const days = await exec('node', [BIN, 'days', '--json'], {
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      expect(JSON.parse(days.stdout).length).toBeGreaterThanOrEqual(
        15 + Math.min(imported.runs, imports.length),
      );
    },
  );
});
