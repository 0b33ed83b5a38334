// A read-only file system and a full disk, for real: each run happens in a private mount
// namespace (`unshare -m`) with a read-only bind mount or a tiny full tmpfs, so nothing leaks
// to the host. Tests run as root, where chmod would not stop a write; without the right to
// mount they are skipped (the unit tests in test/hardening simulate the same errors).
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, shellQuote, tempHome } from './tmux.js';

const exec = promisify(execFile);

const canMount = (() => {
  try {
    execFileSync('unshare', ['-m', '--propagation', 'private', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function dir(): string {
  const t = tempHome();
  cleanups.push(t.cleanup);
  return t.home;
}

const record = (id: string, title: string) =>
  JSON.stringify({ id, title, abs: `https://arxiv.org/abs/${id}`, summary: 'Text. '.repeat(400) });

/** A home with one day (2025-03-04, one paper) and one read mark, made with the binary. */
async function stagedHome(): Promise<{ home: string; extra: string }> {
  const home = dir();
  const files = dir();
  const one = path.join(files, '2025-03-04_AI_enhanced_English.jsonl');
  writeFileSync(one, `${record('2503.00001', 'The paper already cached')}\n`);
  const extra = path.join(files, 'more.jsonl');
  const more = Array.from({ length: 40 }, (_, i) => record(`2503.${1000 + i}`, `New paper ${i}`));
  writeFileSync(extra, `${more.join('\n')}\n`);
  const env = { PATH: process.env.PATH ?? '', PAPERS_HOME: home };
  await exec('node', [BIN, 'import', one], { env });
  await exec('node', [BIN, 'mark', '2503.00001'], { env });
  mkdirSync(path.join(home, 'config')); // settings are written there; state is in data/
  return { home, extra };
}

/** Every file under `root` with its content, to compare before and after. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const file = path.join(e.parentPath, e.name);
      out[path.relative(root, file)] = readFileSync(file, 'utf8');
    }
  }
  return out;
}

/**
 * Runs `setup` (shell, as root in a private mount namespace), each papers command, then `after`;
 * returns each command's exit code, stdout and stderr.
 */
async function inNamespace(home: string, setup: string, commands: string[][], after = '') {
  const out = dir();
  const runs = commands
    .map((args, i) => {
      const argv = ['node', BIN, ...args].map(shellQuote).join(' ');
      const o = shellQuote(path.join(out, String(i)));
      return `set +e; ${argv} > ${o}.out 2> ${o}.err; echo $? > ${o}.code; set -e`;
    })
    .join('\n');
  const script = `set -e\n${setup}\n${runs}\n${after}\n`;
  await exec('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], {
    env: { PATH: process.env.PATH ?? '', PAPERS_HOME: home },
  });
  return commands.map((_, i) => {
    const f = (ext: string) => readFileSync(path.join(out, `${i}.${ext}`), 'utf8');
    return { code: Number(f('code')), out: f('out'), err: f('err') };
  });
}

describe.skipIf(!canMount)('disk errors, for real', () => {
  it('a read-only cache, data and config: reading works, writing says why and changes nothing', async () => {
    const { home, extra } = await stagedHome();
    const before = snapshot(home);
    const ro = (d: string) => `mount --bind ${d} ${d}; mount -o remount,bind,ro ${d}`;
    const [list, imp, mark, set] = await inNamespace(
      home,
      ['cache', 'data', 'config'].map((d) => ro(shellQuote(path.join(home, d)))).join('\n'),
      [
        ['list'],
        ['import', extra, '--date', '2025-03-04'],
        ['star', '2503.00001'],
        ['config', 'set', 'lang', 'zh'],
      ],
    );
    expect(list).toMatchObject({ code: 0, err: '' });
    expect(list!.out).toContain('2025-03-04 · 1 paper · 0 unread');
    for (const r of [imp!, mark!, set!]) {
      expect(r.code, r.err).toBe(1);
      expect(r.err).toMatch(/cannot write \S+: the file system is read-only/);
      expect(r.err.trim().split('\n').pop()).not.toMatch(/\bat \S+:\d+/);
    }
    expect(snapshot(home)).toEqual(before);
  });

  it('a full disk: the cache and the state stay whole, no temp file is left behind', async () => {
    const { home, extra } = await stagedHome();
    const stage = dir();
    cpSync(home, stage, { recursive: true });
    const before = snapshot(stage);
    const fill = `dd if=/dev/zero of=${shellQuote(path.join(home, 'fill'))} bs=1k 2>/dev/null || true`;
    // The tmpfs vanishes with the namespace: what it held is copied out (without the filler).
    const keep = dir();
    const copyOut = `rm ${shellQuote(path.join(home, 'fill'))}\ncp -a ${shellQuote(home)}/. ${shellQuote(keep)}/`;
    const [imp, mark, set, list] = await inNamespace(
      home,
      `mount -t tmpfs -o size=1m tmpfs ${shellQuote(home)}\ncp -a ${shellQuote(stage)}/. ${shellQuote(home)}/\n${fill}`,
      [
        ['import', extra, '--date', '2025-03-04'],
        ['star', '2503.00001'],
        ['config', 'set', 'lang', 'zh'],
        ['list'],
      ],
      copyOut,
    );
    const full = (r: typeof imp, file: string) => {
      expect(r!.code, r!.err).toBe(1);
      expect(r!.err).toBe(`${r!.err.split(':')[0]}: cannot write ${file}: the disk is full\n`);
    };
    full(imp, path.join(home, 'data', 'days', '2025-03-04.json'));
    full(mark, path.join(home, 'data', 'state.json'));
    full(set, path.join(home, 'config', 'config.json'));
    expect(list).toMatchObject({ code: 0 });
    expect(list!.out).toContain('2025-03-04 · 1 paper · 0 unread');
    // Same files, same bytes: no half-written day or state, no temp file, no stale lock.
    expect(snapshot(keep)).toEqual(before);
    for (const d of ['config', 'data'])
      expect(readdirSync(path.join(keep, d))).toEqual(readdirSync(path.join(stage, d)));
  });
});
