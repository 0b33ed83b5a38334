// Hostile text pushed through sync (a real 127.0.0.1 server), import and a cache file planted
// behind the store's back, then printed by every command: piped and on a terminal (`script`
// gives the binary a pty). Assertions are on the bytes that reach stdout.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import type { TestServer } from '../net/servers.js';
import { startDailyPapers } from '../sources/hf-server.js';
import { BIN, shellQuote, tempHome } from './tmux.js';

const run = promisify(execFile);
const HOSTILE = path.join(repoRoot, 'test', 'fixtures', 'hostile');
const PLANTED_DATE = '2025-04-05';
const PLANTED_ID = '2504.00001';
const E = '\x1b';

// Written straight into the cache, as an older version or another tool might have left it:
// nothing on this path went through the sanitizer on write.
const planted = {
  format: 1,
  date: PLANTED_DATE,
  sources: [`hf-api${E}]0;PWNED source${E}\\\u009b2J`],
  papers: [
    {
      id: PLANTED_ID,
      title: `Planted ${E}]0;PWNED\x07\u009b2J\u202etitle\u{e0041}`,
      authors: [`Ann${E}]52;c;PWNED${E}\\ Other`],
      date: PLANTED_DATE,
      abstract: `Planted abstract ${E}[2J${E}P$qPWNED${E}\\ \u009d0;PWNED\u009c end\rOVER`,
      summary: `sum \u0090PWNED\u009c\ufeff`,
      takeaways: [`take ${E}_PWNED${E}\\`],
      links: { abs: 'javascript:alert(1)', code: `https://x.example/${E}]8;;y${E}\\` },
      keywords: [`kw${E}c`],
      sources: [`hf-api${E}]0;PWNED${E}\\`],
    },
  ],
};

let home: string;
let cleanup: () => void;
let server: TestServer;
const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  PAPERS_HOME: home,
  PAPERS_API_BASE: server.url,
  PAPERS_OFFLINE: '1',
  TERM: 'xterm-256color',
});

async function papers(args: string[]) {
  const r = await run('node', [BIN, ...args], { env: env(), encoding: 'buffer' });
  return r.stdout as Buffer;
}

/** The command's output when stdout is a terminal (100×30), \r\n as the pty writes it. */
async function onTerminal(args: string[]) {
  const cmd = `stty cols 100 rows 30; exec node ${[BIN, ...args].map(shellQuote).join(' ')}`;
  const r = await run('script', ['-qfec', cmd, '/dev/null'], { env: env(), encoding: 'buffer' });
  return r.stdout as Buffer;
}

/** Code points that must never reach a terminal, whatever the mode. */
function banned(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const bad =
      (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x1b) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x061c ||
      c === 0x200e ||
      c === 0x200f ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff ||
      (c >= 0xfff9 && c <= 0xfffb) ||
      (c >= 0xe0000 && c <= 0xe007f);
    if (bad) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

/** Every escape sequence in `s`, as written. */
const sequences = (s: string) => s.match(/\x1b(?:\[[0-?]*[ -/]*[@-~]|[^[])?/g) ?? [];

function expectSafe(bytes: Buffer, { tty }: { tty: boolean }) {
  const s = bytes.toString('utf8');
  expect(Buffer.from(s, 'utf8').equals(bytes), 'stdout is valid UTF-8 (no raw 8-bit C1)').toBe(
    true,
  );
  expect(banned(s)).toEqual([]);
  // A pty turns \n into \r\n; any other \r could overwrite what was printed.
  expect(/\r(?!\n)/.test(s), 'a carriage return that is not part of \\r\\n').toBe(false);
  if (!tty) expect(/\r/.test(s)).toBe(false);
  const seqs = sequences(s);
  if (tty) expect(seqs.filter((q) => !/^\x1b\[[0-9;]*m$/.test(q))).toEqual([]);
  else expect(seqs).toEqual([]);
  // The hostile SGR (red + blink) in the data never survives, even on a terminal.
  expect(s).not.toContain('31;5m');
}

beforeAll(async () => {
  ({ home, cleanup } = tempHome());
  const hf = readFileSync(path.join(HOSTILE, 'hf-daily-papers-2025-01-15.json'), 'utf8');
  server = await startDailyPapers((q) => ({ body: q.get('p') === '0' ? hf : '[]' }));
  await papers(['sync', '--date', '2025-01-15']);
  await papers([
    'import',
    path.join(HOSTILE, 'chatpaperfree-2025-02-03-hostile.md'),
    path.join(HOSTILE, '2025-03-04_AI_enhanced_English.jsonl'),
  ]);
  mkdirSync(path.join(home, 'cache', 'days'), { recursive: true });
  writeFileSync(path.join(home, 'cache', 'days', `${PLANTED_DATE}.json`), JSON.stringify(planted));
});

afterAll(async () => {
  await server?.close();
  cleanup?.();
});

describe('hostile text never drives the terminal', () => {
  it('sync and import store every field without control, bidi or tag characters', () => {
    // Synced days are in the cache, imported ones in the data folder.
    const dir = path.join(home, 'cache', 'days');
    const dataDir = path.join(home, 'data', 'days');
    const stored = [
      ...readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith(PLANTED_DATE)),
      ...readdirSync(dataDir).map((n) => path.join('..', '..', 'data', 'days', n)),
    ];
    expect(stored.map((n) => path.basename(n)).sort()).toEqual([
      '2025-01-15.json',
      '2025-02-03.json',
      '2025-03-04.json',
    ]);
    for (const name of stored) {
      const strings: string[] = [];
      JSON.parse(readFileSync(path.join(dir, name), 'utf8'), (_k, v: unknown) => {
        if (typeof v === 'string') strings.push(v);
        return v;
      });
      const text = strings.join('\n');
      expect(banned(text), name).toEqual([]);
      expect(text, name).not.toContain(E);
    }
    const hf = readFileSync(path.join(dir, '2025-01-15.json'), 'utf8');
    expect(hf).not.toContain('PWNED');
    expect(hf).not.toContain('javascript:');
    expect(hf).not.toContain('evil.example');
  });

  // The ChatPaperFree page is split into fields before it is sanitized, so pieces of its broken
  // sequences (e.g. "PWNED") can survive as plain text: harmless, but not checked for here.
  const commands: [string[], { markers: boolean }][] = [
    [['list', '--all'], { markers: true }],
    [['list', '--date', PLANTED_DATE], { markers: true }],
    [['list', '--all', '--json'], { markers: false }],
    [['show', '2501.09901'], { markers: true }],
    [['show', '2501.09902'], { markers: true }],
    [['show', '2502.01234'], { markers: false }],
    [['show', '2503.07701'], { markers: true }],
    [['show', PLANTED_ID], { markers: true }],
    [['show', PLANTED_ID, '--json'], { markers: true }],
    [['search', 'hostile'], { markers: true }],
    [['search', 'planted', '--json'], { markers: true }],
    [['days'], { markers: true }],
    [['days', '--json'], { markers: true }],
    [['export', '--all', '--format', 'md'], { markers: false }],
    [['export', '--date', '2025-01-15', '--format', 'bibtex'], { markers: true }],
    [['export', '--date', PLANTED_DATE, '--format', 'json'], { markers: true }],
  ];
  const cases = commands.map(([args, o]) => [args.join(' '), args, o.markers] as const);

  it.each(cases)(
    '`papers %s` piped prints no escape or control characters',
    async (_n, args, m) => {
      const out = await papers([...args]);
      expect(out.length).toBeGreaterThan(0);
      expectSafe(out, { tty: false });
      if (m) expect(out.toString('utf8')).not.toContain('PWNED');
    },
  );

  it.each(cases)('`papers %s` on a terminal writes only SGR colour', async (_n, args, m) => {
    const out = await onTerminal([...args]);
    expect(out.length).toBeGreaterThan(0);
    expectSafe(out, { tty: true });
    if (m) expect(out.toString('utf8')).not.toContain('PWNED');
  });

  it('shows only clean http(s) links', async () => {
    const shown = (await papers(['show', '2501.09901'])).toString('utf8');
    expect(shown).toContain('https://arxiv.org/abs/2501.09901');
    expect(shown).not.toMatch(/javascript:|evil\.example|user:pw/);
    const plantedShown = (await papers(['show', PLANTED_ID])).toString('utf8');
    expect(plantedShown).not.toMatch(/javascript:|x\.example/);
  });
});
