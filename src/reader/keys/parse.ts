// Raw terminal input → key presses. Pure and stateful only across chunks of one stream: a
// chunk may hold many keys (ssh, key repeat, tmux, paste) and each becomes its own press,
// so "\x1b\x1b" is two Esc and "dynamic\rj\r" is seven letters, Enter, j, Enter.

/** One key press: `chord` names it as the keymap does ("j", "ctrl+u", "return", "up");
 *  `text` is what it types ("" for keys that type nothing). A bracketed paste is one press
 *  with chord "paste" and the whole pasted text. */
export interface KeyPress {
  chord: string;
  text: string;
}

const ESC = '\x1b';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** CSI final byte (and `~` codes) → key name; modifiers are read separately. */
const CSI_FINAL: Record<string, string> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  Z: 'shift+tab',
};
const CSI_TILDE: Record<string, string> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};

function controlChord(code: number): string | undefined {
  if (code === 13 || code === 10) return 'return';
  if (code === 9) return 'tab';
  if (code === 127 || code === 8) return 'backspace';
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
  return undefined;
}

/** Reads one CSI sequence starting at `i` (s[i] = ESC, s[i+1] = '['); returns the press
 *  (undefined for sequences that mean no key, e.g. focus reports) and where it ends. */
function readCsi(s: string, i: number): { key: KeyPress | undefined; end: number } {
  let j = i + 2;
  // Legacy ESC [ [ A function keys.
  if (s[j] === '[') j++;
  while (j < s.length && /[0-9;:<=>?]/.test(s[j]!)) j++;
  if (j >= s.length) return { key: undefined, end: s.length };
  const final = s[j]!;
  const params = s.slice(i + 2, j).replace(/^\[/, '');
  const end = j + 1;
  const [first = '', mod] = params.split(';');
  let name = final === '~' ? CSI_TILDE[first] : CSI_FINAL[final];
  if (!name) return { key: undefined, end };
  // xterm modifiers: 1 + (shift 1 | alt 2 | ctrl 4). Only ctrl changes what a key does here.
  const m = mod ? Number(mod) - 1 : 0;
  if (m & 4) name = `ctrl+${name}`;
  return { key: { chord: name, text: '' }, end };
}

export interface KeyParser {
  /** Key presses in `chunk`; a paste that has not ended yet is held for the next chunk. */
  push(chunk: string): KeyPress[];
}

export function createKeyParser(): KeyParser {
  let paste: string | undefined;
  return {
    push(chunk) {
      const keys: KeyPress[] = [];
      let s = chunk;
      let i = 0;
      while (i < s.length) {
        if (paste !== undefined) {
          const stop = s.indexOf(PASTE_END, i);
          if (stop === -1) {
            paste += s.slice(i);
            break;
          }
          keys.push({ chord: 'paste', text: paste + s.slice(i, stop) });
          paste = undefined;
          i = stop + PASTE_END.length;
          continue;
        }
        const ch = s[i]!;
        if (ch === ESC) {
          if (s.startsWith(PASTE_START, i)) {
            paste = '';
            i += PASTE_START.length;
            continue;
          }
          const next = s[i + 1];
          if (next === '[') {
            const { key, end } = readCsi(s, i);
            if (key) keys.push(key);
            i = end;
            continue;
          }
          if (next === 'O' && i + 2 < s.length) {
            const name = CSI_FINAL[s[i + 2]!];
            if (name) keys.push({ chord: name, text: '' });
            i += 3;
            continue;
          }
          // ESC then anything else is Esc, then that key: nothing here is bound to Alt, and
          // "Esc j" typed fast must not turn into one unknown Alt+j.
          keys.push({ chord: 'escape', text: '' });
          i++;
          continue;
        }
        const code = s.codePointAt(i)!;
        if (code < 32 || code === 127) {
          const chord = controlChord(code);
          if (chord) keys.push({ chord, text: '' });
          // CR LF from a paste without bracketed mode is one Enter.
          i += code === 13 && s[i + 1] === '\n' ? 2 : 1;
          continue;
        }
        const char = String.fromCodePoint(code);
        i += char.length;
        // C1 controls type nothing.
        if (code >= 0x80 && code <= 0x9f) continue;
        keys.push({ chord: char, text: char });
      }
      s = '';
      return keys;
    },
  };
}
