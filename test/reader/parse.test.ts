import { describe, expect, it } from 'vitest';
import { createKeyParser } from '../../src/reader/keys/parse.js';

const chords = (...chunks: string[]) => {
  const p = createKeyParser();
  return chunks.flatMap((c) => p.push(c).map((k) => k.chord));
};

describe('key parser', () => {
  it('splits a chunk of letters and Enters into one press each', () => {
    expect(chords('ab\rj\r')).toEqual(['a', 'b', 'return', 'j', 'return']);
  });
  it('reads two Esc in one chunk as two Esc, and Esc before a letter as Esc then the letter', () => {
    expect(chords('\x1b\x1b')).toEqual(['escape', 'escape']);
    expect(chords('\x1bj')).toEqual(['escape', 'j']);
  });
  it('names arrows, paging and editing keys in CSI and SS3 form', () => {
    expect(chords('\x1b[A\x1bOB\x1b[5~\x1b[6~\x1b[H\x1b[4~\x1b[3~\x1b[1;5C')).toEqual([
      'up',
      'down',
      'pageup',
      'pagedown',
      'home',
      'end',
      'delete',
      'ctrl+right',
    ]);
  });
  it('names control keys: ctrl+u, ctrl+w, Backspace, Tab', () => {
    expect(chords('\x15\x17\x7f\x08\t\x03')).toEqual([
      'ctrl+u',
      'ctrl+w',
      'backspace',
      'backspace',
      'tab',
      'ctrl+c',
    ]);
  });
  it('keeps a bracketed paste whole, across chunks, escape sequences and all', () => {
    const p = createKeyParser();
    expect(p.push('x\x1b[200~line one\n\x1b[31mred')).toEqual([{ chord: 'x', text: 'x' }]);
    expect(p.push(' two\x1b[201~y')).toEqual([
      { chord: 'paste', text: 'line one\n\x1b[31mred two' },
      { chord: 'y', text: 'y' },
    ]);
  });
  it('types wide and astral characters as one press each', () => {
    expect(chords('中文😀')).toEqual(['中', '文', '😀']);
  });
  it('drops focus reports and C1 controls', () => {
    expect(chords('\x1b[I\x85a')).toEqual(['a']);
  });
});
