import { describe, expect, it } from 'vitest';
import { buildKeymap, DEFAULT_BINDINGS, matchCommand, toChord } from '../../src/domain/keymap.js';

describe('keymap', () => {
  it('maps the documented keys to their commands', () => {
    const { keymap } = buildKeymap();
    const cases: [string, string][] = [
      ['j', 'down'],
      ['down', 'down'],
      ['k', 'up'],
      ['ctrl+d', 'pageDown'],
      ['ctrl+u', 'pageUp'],
      ['g', 'top'],
      ['G', 'bottom'],
      ['return', 'open'],
      ['l', 'open'],
      ['escape', 'back'],
      ['h', 'back'],
      ['/', 'filter'],
      ['[', 'prevDay'],
      [']', 'nextDay'],
      ['m', 'toggleRead'],
      ['u', 'unreadOnly'],
      ['n', 'nextUnread'],
      ['?', 'help'],
      ['q', 'quit'],
      ['ctrl+c', 'quit'],
    ];
    for (const [chord, command] of cases) expect(matchCommand(keymap, chord), chord).toBe(command);
  });

  it('no chord is bound to two commands by default', () => {
    const seen = new Map<string, string>();
    for (const b of DEFAULT_BINDINGS) {
      for (const k of b.keys) {
        expect(seen.get(k), `${k} bound twice`).toBeUndefined();
        seen.set(k, b.command);
      }
    }
  });

  it('user overrides replace the default chords of a command', () => {
    const { keymap, bindings } = buildKeymap({ quit: ['Q'] });
    expect(matchCommand(keymap, 'Q')).toBe('quit');
    expect(matchCommand(keymap, 'q')).toBeUndefined();
    expect(bindings.find((b) => b.command === 'quit')?.keys).toEqual(['Q']);
  });

  it('turns Ink key events into chord names', () => {
    expect(toChord('', { upArrow: true })).toBe('up');
    expect(toChord('d', { ctrl: true })).toBe('ctrl+d');
    expect(toChord('G', {})).toBe('G');
    expect(toChord('', { return: true })).toBe('return');
  });
});
