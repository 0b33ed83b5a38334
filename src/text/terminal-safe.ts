// The last gate before stdout. Data is sanitized when it enters and when it is formatted, but
// a cache file written by an older version or another tool, or a formatter that forgot, must
// still not reach the terminal as an escape sequence. Only our own SGR colour survives, and
// only when stdout is a terminal.
import { sanitizeText } from './sanitize.js';

const SGR = /\x1b\[[0-9;]*m/g;

/** `text` cleaned for stdout: SGR colour kept when `colour` is true, every other control gone. */
export function terminalSafe(text: string, colour: boolean): string {
  if (!colour || !text.includes('\x1b')) return sanitizeText(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(SGR)) {
    out += sanitizeText(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + sanitizeText(text.slice(at));
}
