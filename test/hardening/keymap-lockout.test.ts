import { describe, expect, it } from 'vitest';
import { buildKeymap, isChord, keymapProblem, matchCommand } from '../../src/domain/keymap.js';
import { parseSetting, SettingError, settingsFrom } from '../../src/domain/settings.js';

describe('keymap overrides that would lock the user out', () => {
  it('the default keymap has no conflicts', () => {
    expect(keymapProblem({})).toBeUndefined();
  });

  it.each([
    ['quit', 'zz', /"zz" is not one key press/],
    ['quit', 'j', /"j" would be bound to both down and quit/],
    ['down', 'ctrl+c', /ctrl\+c always quits/],
    ['open', 'ctrl+C', /not one key press/],
    ['open', 'k', /both up and open/],
    ['help', '\u200b', /not one key press/],
  ])('config set keymap.%s %j is refused', (command, keys, why) => {
    expect(() => parseSetting(`keymap.${command}`, keys)).toThrow(SettingError);
    expect(() => parseSetting(`keymap.${command}`, keys)).toThrow(why);
  });

  it('quit keeps ctrl+c whatever it is set to, and still works', () => {
    const { value } = parseSetting('keymap.quit', 'Q');
    expect(value).toEqual(['Q', 'ctrl+c']);
    const { keymap } = buildKeymap({ quit: value as string[] });
    expect(matchCommand(keymap, 'ctrl+c')).toBe('quit');
    expect(matchCommand(keymap, 'Q')).toBe('quit');
  });

  it('a key freed by one override can be taken by the next', () => {
    expect(() => parseSetting('keymap.quit', 'j', { down: ['down'] })).not.toThrow();
  });

  it('keys that belong to different screens may be shared', () => {
    // prevDay is a list key and language a detail key: one press never means both.
    expect(keymapProblem({ language: ['['] })).toBeUndefined();
  });

  it('a config file holding a lock-out binding is reported as invalid, not used', () => {
    const { settings, bad } = settingsFrom({ 'keymap.quit': ['zz'], 'keymap.open': ['J'] });
    expect(bad).toEqual(['keymap.quit']);
    expect(settings.keymap).toEqual({ open: ['J'] });
  });

  it.each(['q', 'é', '*', 'pageup', 'ctrl+x', 'meta+x', 'G'])('%j is one key press', (k) =>
    expect(isChord(k)).toBe(true),
  );
});
