// Wrapping by display width. marked-terminal's reflow counts UTF-16 units, so a line of
// Chinese comes out twice as wide as the pane. This counts terminal columns (string-width),
// steps over SGR colour codes as zero-width, breaks Latin text at spaces and CJK text between
// any two characters (minding the punctuation that must not start or end a line), keeps list
// items' hanging indent, and re-opens active colours on each continuation line so every
// output line renders correctly on its own.
import { displayWidth, graphemeWidth, graphemes } from './width.js';

interface Tok {
  s: string;
  w: number;
  kind: 'ansi' | 'space' | 'text';
}

interface Seg {
  toks: Tok[];
  /** Columns of the word itself, without its trailing spaces. */
  width: number;
}

const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])/y;
const CJK =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
// Kinsoku: closing punctuation never starts a line, opening brackets never end one.
const NO_START = new Set([...'、。，．：；？！）」』】〕〉》”’ー…‥・,.;:!?)]}%']);
const NO_END = new Set([...'（「『【〔〈《“‘([{']);
const BULLET = /^(\s*)(?:[*•+-]|\d{1,9}[.)])\s+/;

const SPACE: Tok = { s: ' ', w: 1, kind: 'space' };
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < line.length;) {
    if (line.charCodeAt(i) === 0x1b) {
      ESCAPE.lastIndex = i;
      const code = ESCAPE.exec(line)?.[0] ?? '\x1b';
      out.push({ s: code, w: 0, kind: 'ansi' });
      i += code.length;
      continue;
    }
    // Text up to the next escape (an escape always ends a grapheme).
    const end = line.indexOf('\x1b', i);
    const j = end < 0 ? line.length : end;
    for (const g of graphemes(line.slice(i, j)))
      out.push(g === ' ' ? SPACE : { s: g, w: graphemeWidth(g), kind: 'text' });
    i = j;
  }
  return out;
}

/** Groups tokens into unbreakable words, each carrying its trailing spaces. */
function segments(toks: Tok[]): Seg[] {
  const segs: Seg[] = [];
  let cur: Seg = { toks: [], width: 0 };
  let prev = '';
  let prevCjk = false;
  let spaced = false;
  for (const t of toks) {
    if (t.kind === 'text') {
      // Every script the CJK test knows starts at U+1100: Latin text skips the regex.
      const cjk = t.s.charCodeAt(0) >= 0x1100 && CJK.test(t.s);
      const cjkBreak = (cjk || prevCjk) && !NO_START.has(t.s) && !NO_END.has(prev);
      if (cur.width > 0 && (spaced || cjkBreak)) {
        segs.push(cur);
        cur = { toks: [], width: 0 };
      }
      cur.width += t.w;
      prev = t.s;
      prevCjk = cjk;
      spaced = false;
    } else if (t.kind === 'space') {
      spaced = true;
    }
    cur.toks.push(t);
  }
  if (cur.toks.length) segs.push(cur);
  return segs;
}

/** The SGR attributes in effect, one code per slot, so re-opening them stays short. */
class Sgr {
  private slots = new Map<string, string>();
  apply(code: string): void {
    if (!code.endsWith('m') || !code.startsWith('\x1b[')) return;
    const ps = code.slice(2, -1).split(';');
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k]!;
      const n = Number(p.split(':')[0] || '0');
      if (n === 0) this.slots.clear();
      else if (n === 38 || n === 48 || n === 58) {
        const extra = ps[k + 1] === '5' ? 2 : ps[k + 1] === '2' ? 4 : 0;
        this.slots.set(String(n), ps.slice(k, k + 1 + extra).join(';'));
        k += extra;
      } else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) this.slots.set('38', p);
      else if ((n >= 40 && n <= 47) || (n >= 100 && n <= 107)) this.slots.set('48', p);
      else if (n === 39 || n === 49 || n === 59) this.slots.delete(String(n - 1));
      else if (n === 22) ['1', '2'].forEach((s) => this.slots.delete(s));
      else if (n >= 23 && n <= 29) this.slots.delete(String(n - 20));
      else if (n === 55) this.slots.delete('53');
      else this.slots.set(String(n), p);
    }
  }
  get active(): boolean {
    return this.slots.size > 0;
  }
  open(): string {
    return this.active ? `\x1b[${[...this.slots.values()].join(';')}m` : '';
  }
}

/** Continuation indent: under a list item's text, else the line's own indentation; always
 * leaving room for a wide character. */
function hangingIndent(visible: string, width: number): number {
  const lead = BULLET.exec(visible)?.[0] ?? /^\s*/.exec(visible)![0];
  const w = displayWidth(lead);
  return Math.max(0, Math.min(w, Math.floor(width / 2), width - 2));
}

function wrapOne(line: string, width: number, sgr: Sgr): string[] {
  const toks = tokenize(line);
  const visible = toks
    .filter((t) => t.kind !== 'ansi')
    .map((t) => t.s)
    .join('');
  const indent = ' '.repeat(hangingIndent(visible, width));
  const lines: string[] = [];
  const fresh = (prefix: string): Tok[] => [
    ...(prefix ? [{ s: prefix, w: prefix.length, kind: 'space' as const }] : []),
    { s: sgr.open(), w: 0, kind: 'ansi' },
  ];
  let out = fresh('');
  let used = 0; // columns on the current line
  let content = false; // anything but indentation on it yet
  const finish = () => {
    let last = out.length - 1;
    while (last >= 0 && out[last]!.kind !== 'text') last--;
    const kept = out.filter((t, k) => k <= last || t.kind === 'ansi');
    lines.push(kept.map((t) => t.s).join('') + (sgr.active ? '\x1b[0m' : ''));
    out = fresh(indent);
    used = indent.length;
    content = false;
  };
  const place = (t: Tok) => {
    if (t.kind === 'space' && used + t.w > width) return; // spaces at a break vanish
    if (t.kind === 'ansi') sgr.apply(t.s);
    else if (t.kind === 'text' && t.w > width - used) {
      if (content) finish();
      else if (used > 0) {
        // Only indentation so far and still no room: give up the indentation.
        out = out.filter((o) => o.kind === 'ansi');
        used = 0;
      }
    }
    out.push(t);
    used += t.w;
    if (t.kind === 'text') content = true;
  };
  for (const seg of segments(toks)) {
    if (content && used + seg.width > width) finish();
    seg.toks.forEach(place); // a word wider than the line breaks where it must
  }
  if (content) {
    finish();
  } else if (lines.length === 0) {
    lines.push(''); // blank or whitespace-only input line; colour codes are tracked in `sgr`
  }
  return lines;
}

/** Wraps text to `width` columns; returns one string per output line. */
export function wrapLine(s: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const sgr = new Sgr();
  return s.split('\n').flatMap((raw) => {
    const line = raw.replace(/\t/g, '    ');
    // Short plain-ASCII lines (most of them) need no tokenizing at all.
    if (!sgr.active && line.length <= w && PRINTABLE_ASCII.test(line)) return [line];
    return wrapOne(line, w, sgr);
  });
}

/** A rendered document as the lines of a pane `width` columns wide (at least 10). */
export const paneLines = (text: string, width: number): string[] =>
  wrapLine(text.replace(/\n+$/, ''), Math.max(10, width));

/** Wraps every line of `s` to `width` columns (display width, ANSI-aware). */
export function wrapText(s: string, width: number): string {
  return wrapLine(s, width).join('\n');
}
