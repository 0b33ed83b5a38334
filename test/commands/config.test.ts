import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConfig } from '../../src/commands/config.js';
import { createContext } from '../../src/library/context.js';
import { capture } from './command-helpers.js';
import { makeTempDirs } from '../helpers/tmp.js';

const tmp = makeTempDirs();

function context(env: Record<string, string> = {}) {
  const home = tmp();
  const io = capture();
  return { home, io, ctx: () => createContext({ PAPERS_HOME: home, ...env }, io) };
}

describe('papers config', () => {
  it('stores the API key readable only by its owner and never prints it', async () => {
    const { io, ctx } = context();
    expect(await runConfig(ctx(), ['set', 'llm.apiKey', 'sk-secret-0123456789'], false)).toBe(0);
    const c = ctx();
    expect(statSync(c.settingsStore.file).mode & 0o777).toBe(0o600);
    await runConfig(c, ['get', 'llm.apiKey'], false);
    await runConfig(c, ['list'], false);
    await runConfig(c, ['get'], true);
    const printed = io.stdout.join('\n');
    expect(printed).not.toContain('secret-0123');
    expect(printed).toContain('llm.apiKey = sk-…6789');
  });

  it('tightens a settings file an older version left readable by all', () => {
    const { home, ctx } = context();
    const file = path.join(home, 'config', 'config.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"lang":"zh"}', { mode: 0o644 });
    expect(statSync(file).mode & 0o777).toBe(0o644);
    ctx();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('lists every setting with where its value comes from', async () => {
    const { io, ctx } = context({ PAPERS_LLM_MODEL: 'qwen' });
    await runConfig(ctx(), ['set', 'sort', 'upvotes'], false);
    await runConfig(ctx(), ['list'], false);
    expect(io.stdout).toContain('sort = upvotes');
    expect(io.stdout).toContain('lang = en (default)');
    expect(io.stdout).toContain('llm.model = qwen (from PAPERS_LLM_MODEL)');
  });

  it('refuses to unset or get a setting that does not exist (exit 2)', async () => {
    const { io, ctx } = context();
    expect(await runConfig(ctx(), ['unset', 'bogus'], false)).toBe(2);
    expect(await runConfig(ctx(), ['get', 'bogus'], false)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/unknown setting "bogus"/);
  });
});

describe('papers config edit', () => {
  /** An "editor" that replaces the file it is given with `text`. */
  function editorWriting(dir: string, text: string): string {
    const script = path.join(dir, 'editor.cjs');
    writeFileSync(script, `require('fs').writeFileSync(process.argv[2], ${JSON.stringify(text)});`);
    return `"${process.execPath}" "${script}"`;
  }

  it('saves a valid edit, owner-only', async () => {
    const { home, ctx } = context();
    const c = createContext(
      { PAPERS_HOME: home, EDITOR: editorWriting(home, '{"lang":"zh"}') },
      capture(),
    );
    expect(await runConfig(c, ['edit'], false)).toBe(0);
    expect(JSON.parse(readFileSync(c.settingsStore.file, 'utf8'))).toEqual({ lang: 'zh' });
    expect(statSync(c.settingsStore.file).mode & 0o777).toBe(0o600);
    expect(ctx().settings.lang).toBe('zh');
  });

  it('keeps the old file when the edit is invalid and says what is wrong', async () => {
    const { home, ctx } = context();
    await runConfig(ctx(), ['set', 'sort', 'title'], false);
    const io = capture();
    const bad = '{"sort":"sideways","colour":"red"}';
    const c = createContext({ PAPERS_HOME: home, VISUAL: editorWriting(home, bad) }, io);
    expect(await runConfig(c, ['edit'], false)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(
      /kept the old .*unknown setting "colour".*invalid value for sort/,
    );
    expect(ctx().settings.sort).toBe('title');
    const draft = /Your edit is in (\S+)/.exec(io.stderr.join('\n'))?.[1];
    expect(readFileSync(draft!, 'utf8')).toBe(bad);
  });
});
