import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/library/state-store.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

function withState(json: string) {
  const dir = tmp();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'state.json'), json);
  const warnings: string[] = [];
  return { dir, warnings, store: () => new StateStore(dir, (m) => warnings.push(m)) };
}

const onDisk = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;

describe('state entries another tool wrote', () => {
  it('true, "1" and 1 all stay read after another mark, with a copy and one warning', async () => {
    const s = withState('{"read":{"a":true,"b":"1","c":1}}');
    const store = s.store();
    await store.set('read', ['d'], true);
    await store.flush();
    expect(Object.keys(onDisk(s.dir).read!).sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const id of ['a', 'b', 'c', 'd']) expect(s.store().has('read', id)).toBe(true);
    expect(readdirSync(s.dir).filter((n) => n.startsWith('state.json.corrupt-'))).toHaveLength(1);
    expect(s.warnings.filter((w) => /wrong type/.test(w))).toHaveLength(1);
  });

  it('an entry that cannot be a flag is kept in the copy, not silently dropped', async () => {
    const s = withState('{"read":{"a":{"when":"yesterday"},"b":2}}');
    await s.store().flush();
    const copy = readdirSync(s.dir).find((n) => n.startsWith('state.json.corrupt-'))!;
    expect(readFileSync(path.join(s.dir, copy), 'utf8')).toContain('yesterday');
    expect(onDisk(s.dir).read).toEqual({ b: 2 });
  });

  it('a clean file is neither copied nor warned about', async () => {
    const s = withState('{"read":{"a":5},"starred":{}}');
    const store = s.store();
    await store.set('starred', ['a'], true);
    expect(readdirSync(s.dir).filter((n) => n.includes('.corrupt-'))).toEqual([]);
    expect(s.warnings).toEqual([]);
  });
});

describe('ids that name object internals', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString'])(
    '%s can be marked, starred, unmarked and read back',
    async (id) => {
      const dir = tmp();
      const store = new StateStore(dir);
      expect(store.has('read', id)).toBe(false);
      await store.set('read', [id], true);
      await store.set('starred', [id], true);
      expect(store.has('read', id)).toBe(true);
      const again = new StateStore(dir);
      expect(again.has('read', id)).toBe(true);
      expect(again.has('starred', id)).toBe(true);
      expect(again.ids('read')).toEqual([id]);
      await again.set('read', [id], false);
      expect(new StateStore(dir).has('read', id)).toBe(false);
      expect(new StateStore(dir).has('starred', id)).toBe(true);
    },
  );
});
