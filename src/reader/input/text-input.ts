// A one-line text input whose value and cursor live in the reader's model. Pure: the key
// router hands it key presses one at a time, so any number of keys between two renders
// edit exactly as typed.
import type { KeyPress } from '../keys/parse.js';

export interface TextState {
  value: string;
  /** In UTF-16 units, always on a code point boundary. */
  cursor: number;
}

export const EMPTY_TEXT: TextState = { value: '', cursor: 0 };

/** The editing keys, as data for the help screen. */
export const TEXT_KEYS: readonly { keys: string; description: string }[] = [
  { keys: '← → Home End', description: 'move the cursor (ctrl+a / ctrl+e: start / end)' },
  { keys: 'Backspace Del', description: 'delete before / under the cursor' },
  { keys: 'ctrl+u ctrl+k', description: 'delete to the start / to the end' },
  { keys: 'ctrl+w', description: 'delete the word before the cursor' },
];

// Escape sequences and control characters never enter a query (a paste can carry them).
const SEQUENCES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;

/** Pasted text as one line: line breaks and tabs become spaces, controls are dropped. */
export function pastedLine(text: string): string {
  return text
    .replace(SEQUENCES, '')
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(CONTROLS, '');
}

const before = (s: string, i: number) =>
  i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]!) && /[\uD800-\uDBFF]/.test(s[i - 2]!) ? 2 : 1;
const after = (s: string, i: number) => (/[\uD800-\uDBFF]/.test(s[i] ?? '') ? 2 : 1);

function insert(t: TextState, text: string): TextState {
  if (!text) return t;
  return {
    value: t.value.slice(0, t.cursor) + text + t.value.slice(t.cursor),
    cursor: t.cursor + text.length,
  };
}

/** Start of the word before `i` (words end at spaces), as readline's ctrl+w. */
function wordStart(s: string, i: number): number {
  let j = i;
  while (j > 0 && s[j - 1] === ' ') j--;
  while (j > 0 && s[j - 1] !== ' ') j--;
  return j;
}

/** The input after `key`, or undefined when the key is not an editing key. */
export function editText(t: TextState, key: KeyPress): TextState | undefined {
  const { value: v, cursor: c } = t;
  switch (key.chord) {
    case 'paste':
      return insert(t, pastedLine(key.text));
    case 'backspace':
    case 'ctrl+h':
      if (c === 0) return t;
      return { value: v.slice(0, c - before(v, c)) + v.slice(c), cursor: c - before(v, c) };
    case 'delete':
    case 'ctrl+d':
      if (c >= v.length) return t;
      return { value: v.slice(0, c) + v.slice(c + after(v, c)), cursor: c };
    case 'left':
    case 'ctrl+b':
      return { value: v, cursor: c === 0 ? 0 : c - before(v, c) };
    case 'right':
    case 'ctrl+f':
      return { value: v, cursor: c >= v.length ? v.length : c + after(v, c) };
    case 'home':
    case 'ctrl+a':
      return { value: v, cursor: 0 };
    case 'end':
    case 'ctrl+e':
      return { value: v, cursor: v.length };
    case 'ctrl+u':
      return { value: v.slice(c), cursor: 0 };
    case 'ctrl+k':
      return { value: v.slice(0, c), cursor: c };
    case 'ctrl+w': {
      const w = wordStart(v, c);
      return { value: v.slice(0, w) + v.slice(c), cursor: w };
    }
  }
  if (key.text && !key.chord.startsWith('ctrl+')) return insert(t, pastedLine(key.text));
  return undefined;
}

/** Sets the whole value with the cursor at its end (history recall, programmatic fill). */
export function textOf(value: string): TextState {
  return { value, cursor: value.length };
}
