import { describe, expect, it } from 'vitest';
import { editText, EMPTY_TEXT, type TextState } from '../../src/reader/input/text-input.js';
import { createKeyParser } from '../../src/reader/keys/parse.js';

function type(start: TextState, ...chunks: string[]): TextState {
  const p = createKeyParser();
  let t = start;
  for (const c of chunks) for (const k of p.push(c)) t = editText(t, k) ?? t;
  return t;
}

describe('text input', () => {
  it('inserts at the cursor after left/home moves', () => {
    expect(type(EMPTY_TEXT, 'gent', '\x1b[H', 'a').value).toBe('agent');
    expect(type(EMPTY_TEXT, 'agnt', '\x1b[D\x1b[D', 'e').value).toBe('agent');
  });
  it('Backspace and Delete remove before and under the cursor', () => {
    const t = type(EMPTY_TEXT, 'robots', '\x7f', '\x01', '\x1b[3~');
    expect(t).toEqual({ value: 'obot', cursor: 0 });
  });
  it('ctrl+a/e/u/k/w edit as in a shell', () => {
    expect(type(EMPTY_TEXT, 'chain of thought', '\x17').value).toBe('chain of ');
    expect(type(EMPTY_TEXT, 'chain of', '\x01\x1b[C\x0b').value).toBe('c');
    expect(type(EMPTY_TEXT, 'chain of', '\x1b[D\x1b[D\x15').value).toBe('of');
    expect(type(EMPTY_TEXT, 'ab', '\x01\x05c').value).toBe('abc');
  });
  it('Backspace removes a whole astral character', () => {
    expect(type(EMPTY_TEXT, 'a😀', '\x7f')).toEqual({ value: 'a', cursor: 1 });
  });
  it('a paste is one line without control characters', () => {
    expect(type(EMPTY_TEXT, '\x1b[200~a\nb\tc\x07\x1b]0;x\x07d\x1b[201~').value).toBe('a b cd');
  });
  it('200 keys and a 5,000-character paste in one write come out exactly', () => {
    const words = 'reinforcement '.repeat(15).slice(0, 200);
    const pasted = 'x'.repeat(5000);
    const t = type(EMPTY_TEXT, words + '\x1b[200~' + pasted + '\x1b[201~');
    expect(t.value).toBe(words + pasted);
    expect(t.cursor).toBe(5200);
  });
});
