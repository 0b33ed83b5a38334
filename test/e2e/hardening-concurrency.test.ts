// Several processes writing read/star state at once: each write takes the lock, re-reads the
// file and applies only its own change, so nothing another process wrote is lost.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, shellQuote, tempHome, TmuxSession } from './tmux.js';

const exec = promisify(execFile);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function home(): string {
  const t = tempHome();
  cleanups.push(t.cleanup);
  return t.home;
}

/** A shell loop running `papers <command> ID` once per id; resolves to how many runs failed. */
async function loop(h: string, command: string, ids: string[]): Promise<number> {
  const script = `fails=0; for id in ${ids.join(' ')}; do node ${shellQuote(BIN)} ${command} "$id" >/dev/null || fails=$((fails+1)); done; echo $fails`;
  const r = await exec('sh', ['-c', script], {
    env: { PATH: process.env.PATH ?? '', PAPERS_HOME: h },
    maxBuffer: 1 << 20,
  });
  return Number(r.stdout.trim());
}

function state(h: string): { read: Record<string, number>; starred: Record<string, number> } {
  return JSON.parse(readFileSync(path.join(h, 'data', 'state.json'), 'utf8'));
}

const ids = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `2501.${String(from + i).padStart(5, '0')}`);

/** A synced day holding these papers: `papers mark` refuses ids the library does not have. */
function plant(h: string, date: string, paperIds: string[]): void {
  const dir = path.join(h, 'cache', 'days');
  mkdirSync(dir, { recursive: true });
  const papers = paperIds.map((id) => ({
    ...{ id, title: `Paper ${id}`, authors: ['A. Author'], date, abstract: 'An abstract.' },
    ...{ summary: '', takeaways: [], keywords: [], links: {}, sources: ['hf-api'] },
  }));
  writeFileSync(
    path.join(dir, `${date}.json`),
    JSON.stringify({ date, papers, sources: ['hf-api'] }),
  );
}

/** The reader's selected row (`›●` unread, `› ` read, `★` starred). */
const selected = (screen: string) => screen.split('\n').find((l) => l.startsWith('›')) ?? '';

async function markAndMove(s: TmuxSession, star: boolean, move: string): Promise<void> {
  s.keys('m');
  await s.waitFor((x) => !selected(x).includes('●'));
  if (star) {
    s.keys('*');
    await s.waitFor((x) => selected(x).includes('★'));
  }
  s.keys(move);
  await s.waitFor((x) => selected(x).includes('●'));
}

describe('two instances at once', () => {
  it('three processes marking 100 papers each, interleaved, end with all 300 marked', async () => {
    const h = home();
    plant(h, '2025-01-01', [...ids(1, 100), ...ids(1001, 100), ...ids(2001, 100)]);
    // Each id is its own `papers mark` run, so the three loops' writes interleave.
    const fails = await Promise.all([
      loop(h, 'mark', ids(1, 100)),
      loop(h, 'mark', ids(1001, 100)),
      loop(h, 'mark', ids(2001, 100)),
    ]);
    expect(fails).toEqual([0, 0, 0]);
    const read = Object.keys(state(h).read).sort();
    expect(read).toEqual([...ids(1, 100), ...ids(1001, 100), ...ids(2001, 100)]);
    // No lock and no temp file left behind.
    expect(readdirSync(path.join(h, 'data')).filter((n) => n !== 'days')).toEqual(['state.json']);
  }, 180_000);

  it('two readers marking and starring while `papers mark` runs outside keep every change', async () => {
    const h = home();
    // The readers open the newest day (14 papers); `papers mark` works on an older one.
    plant(h, '2025-01-01', ids(5001, 30));
    plant(h, '2025-01-02', ids(9001, 14));
    const a = new TmuxSession(h);
    const b = new TmuxSession(h);
    cleanups.push(
      () => a.stop(),
      () => b.stop(),
    );
    a.start();
    b.start();
    await Promise.all([a, b].map((s) => s.waitFor((x) => x.includes('14 unread'))));
    const outside = loop(h, 'mark', ids(5001, 30));
    // Reader A works down from the top, reader B up from the bottom: four papers each, the
    // first one also starred. Each key waits for its effect, so the readers really interleave.
    const top = selected(a.screen());
    b.keys('G');
    await b.waitFor((x) => selected(x) !== top && selected(x).includes('●'));
    for (let i = 0; i < 4; i++) {
      await markAndMove(a, i === 0, 'j');
      await markAndMove(b, i === 0, 'k');
    }
    expect(await outside).toBe(0);
    for (const s of [a, b]) {
      s.keys('q');
      await s.waitFor((x) => x.includes('[exit 0]'));
    }
    const final = state(h);
    const readerRead = Object.keys(final.read).filter((id) => id.startsWith('2501.09'));
    expect(readerRead).toHaveLength(8);
    expect(
      Object.keys(final.read)
        .filter((id) => id.startsWith('2501.05'))
        .sort(),
    ).toEqual(ids(5001, 30));
    expect(Object.keys(final.starred)).toHaveLength(2);
    expect(existsSync(path.join(h, 'data', 'state.json.lock'))).toBe(false);
  }, 60_000);
});
