import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { COMPLETIONS } from '../../src/cli/completion.js';
import { commandHelp, globalHelp } from '../../src/cli/help.js';
import { manPage } from '../../src/cli/man.js';
import { findCommand, TABLE, type CommandTable } from '../../src/cli/table.js';

/** The real table plus a command nobody wrote help, completions or a man page for. */
const withFake: CommandTable = {
  ...TABLE,
  commands: [
    ...TABLE.commands,
    {
      name: 'frobnicate',
      args: 'THING',
      summary: 'frobnicate a thing',
      options: [
        { name: 'wobble', value: 'LEVEL', help: 'how much', complete: { words: ['lo', 'hi'] } },
      ],
    },
  ],
};

/** What bash offers for `words` (the last one is the word being completed). */
function bashComplete(script: string, words: string[]): string[] {
  const arr = words.map((w) => `'${w}'`).join(' ');
  const run = `${script}\nCOMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _papers; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', run], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

const has = (cmd: string) => spawnSync(cmd, ['--version']).status === 0;

describe('help, completions and the man page come from the command table', () => {
  it('a command added to the table is parsed, helped, completed and in the man page', () => {
    expect(parseCommandLine(['frobnicate', 'x', '--wobble', 'hi'], withFake)).toMatchObject({
      command: 'frobnicate',
      positionals: ['x'],
      values: { wobble: 'hi' },
    });
    expect(() => parseCommandLine(['frobnicate'], TABLE)).toThrow(/unknown command/);
    expect(globalHelp(withFake)).toMatch(/papers frobnicate THING +frobnicate a thing/);
    expect(commandHelp(withFake, findCommand(withFake, 'frobnicate')!)).toMatch(
      /--wobble LEVEL +how much/,
    );
    expect(bashComplete(COMPLETIONS.bash(withFake), ['papers', 'frob'])).toEqual(['frobnicate']);
    expect(
      bashComplete(COMPLETIONS.bash(withFake), ['papers', 'frobnicate', '--wobble', 'h']),
    ).toEqual(['hi']);
    expect(COMPLETIONS.zsh(withFake)).toContain("'--wobble[how much]:LEVEL:(lo hi)'");
    expect(COMPLETIONS.fish(withFake)).toContain(
      "complete -c papers -n '__fish_seen_subcommand_from frobnicate' -l wobble -x -a 'lo hi'",
    );
    expect(manPage(withFake, '1.0', '2026-01-01')).toMatch(
      /\.B papers frobnicate THING\nfrobnicate a thing/,
    );
  });

  it('per-command help lists the options that command takes', () => {
    const search = commandHelp(TABLE, findCommand(TABLE, 'search')!);
    expect(search).toMatch(/--limit N/);
    expect(commandHelp(TABLE, findCommand(TABLE, 'show')!)).toMatch(/--width N/);
    expect(commandHelp(TABLE, findCommand(TABLE, 'summarize')!)).toMatch(/--concurrency N/);
    expect(search).not.toMatch(/--concurrency/);
  });

  it('bash completes commands, options, option values and setting names', () => {
    const bash = COMPLETIONS.bash(TABLE);
    expect(bashComplete(bash, ['papers', 's'])).toEqual([
      'show',
      'star',
      'sync',
      'summarize',
      'search',
    ]);
    expect(bashComplete(bash, ['papers', 'search', '--l'])).toEqual(['--limit']);
    expect(bashComplete(bash, ['papers', 'import', '--format', 'js'])).toEqual(['jsonl']);
    expect(bashComplete(bash, ['papers', 'config', 'unset', 'llm.m'])).toEqual(['llm.model']);
    expect(bashComplete(bash, ['papers', '--co'])).toEqual(['--color']);
    expect(bashComplete(bash, ['papers', 'list', '--color', 'n'])).toEqual(['never']);
  });

  it.skipIf(!has('zsh'))('the zsh script is valid zsh', () => {
    expect(spawnSync('zsh', ['-n'], { input: COMPLETIONS.zsh(TABLE) }).status).toBe(0);
  });

  it.skipIf(!has('fish'))('the fish script is valid fish', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'papers-fish-')), 'papers.fish');
    writeFileSync(file, COMPLETIONS.fish(TABLE));
    const r = spawnSync('fish', ['--no-execute', file]);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('an unknown command', () => {
  it('is a usage error that suggests the nearest command', () => {
    expect(() => parseCommandLine(['serch', 'x'])).toThrow(
      /unknown command "serch" \(did you mean `papers search`\?\)/,
    );
    expect(() => parseCommandLine(['zzzzzz'])).toThrow(/^unknown command "zzzzzz" \(see/);
  });
});
