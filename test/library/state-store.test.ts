import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/library/state-store.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

describe('read and star state', () => {
  it('persists across instances and keeps arXiv ids with dots as flat keys', async () => {
    const dir = tmp();
    const a = new StateStore(dir);
    await a.set('read', ['2405.12345', '2405.00001'], true);
    await a.set('starred', ['2405.12345'], true);
    const raw = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'));
    expect(Object.keys(raw.read).sort()).toEqual(['2405.00001', '2405.12345']);
    const b = new StateStore(dir);
    expect(b.has('read', '2405.12345')).toBe(true);
    expect(b.has('starred', '2405.12345')).toBe(true);
    expect(b.has('starred', '2405.00001')).toBe(false);
  });

  it('two instances writing in turn keep each other’s changes', async () => {
    const dir = tmp();
    const a = new StateStore(dir);
    const b = new StateStore(dir);
    await a.set('read', ['1111.11111'], true);
    await b.set('read', ['2222.22222'], true);
    await a.set('read', ['1111.11111'], false);
    const c = new StateStore(dir);
    expect(c.ids('read')).toEqual(['2222.22222']);
    expect(a.has('read', '2222.22222')).toBe(true);
  });

  it('moves a corrupt state file aside with a warning instead of resetting silently', () => {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'state.json'), '{"read": {"1": 1}, ');
    const warnings: string[] = [];
    const s = new StateStore(dir, (m) => warnings.push(m));
    expect(s.ids('read')).toEqual([]);
    const aside = readdirSync(dir).filter((n) => n.startsWith('state.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(warnings[0]).toContain(aside[0]);
    expect(readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe('{"read": {"1": 1}, ');
  });

  it('keeps the valid part of a wrong-typed state file and backs the file up', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'state.json'),
      JSON.stringify({ read: { '2405.1': 5 }, starred: 'oops' }),
    );
    const warnings: string[] = [];
    const s = new StateStore(dir, (m) => warnings.push(m));
    expect(s.has('read', '2405.1')).toBe(true);
    await s.flush();
    expect(readdirSync(dir).some((n) => n.startsWith('state.json.corrupt-'))).toBe(true);
    expect(warnings).toHaveLength(1);
  });

  it('treats an empty file and `null` as corrupt, not as empty state', () => {
    for (const content of ['', 'null', '[]']) {
      const dir = tmp();
      writeFileSync(path.join(dir, 'state.json'), content);
      const warnings: string[] = [];
      new StateStore(dir, (m) => warnings.push(m));
      expect(warnings, JSON.stringify(content)).toHaveLength(1);
    }
  });
});
