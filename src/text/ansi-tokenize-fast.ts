// Ink composes every frame by splitting each screen line into styled characters
// (@alcalzone/ansi-tokenize) and joining them back into a string. The library runs
// Intl.Segmenter over every character and builds three Sets per cell to diff styles: most of
// a frame's cost, and ~45 ms of the reader's first frame while that code is still cold.
// The build hands Ink this module instead (scripts/esbuild-options.js). It gives the same
// results (test/ansi-tokenize-fast.test.ts compares them with the library's) and takes
// shortcuts only where they cannot change the answer; anything unusual goes to the library.
import {
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  tokenize as baseTokenize,
  type AnsiCode,
  type StyledChar,
  type Token,
} from '@alcalzone/ansi-tokenize';
import ansiStyles from 'ansi-styles';
import isFullwidthCodePoint from 'is-fullwidth-code-point';
import { isLoneGrapheme, sgrEnd } from './width.js';

const ESC = 0x1b;
const sgr = (n: number | string) => `\x1b[${n}m`;

// The library's end codes, from the same ansi-styles table it uses.
const END_CODES = new Set<string>();
const END_OF = new Map<string, string>();
for (const [start, end] of ansiStyles.codes) {
  END_CODES.add(sgr(end));
  END_OF.set(sgr(start), sgr(end));
}

function endCode(code: string): string {
  if (END_CODES.has(code)) return code;
  const known = END_OF.get(code);
  if (known) return known;
  const body = code.slice(2);
  if (body.startsWith('38')) return ansiStyles.color.close;
  if (body.startsWith('48')) return ansiStyles.bgColor.close;
  const end = ansiStyles.codes.get(parseInt(body, 10));
  return end === undefined ? ansiStyles.reset.open : sgr(end);
}

/** An SGR sequence as the library tokenizes it: one token per code, 8/24-bit colours whole. */
function sgrTokens(seq: string): Token[] {
  if (!seq.includes(';')) return [{ type: 'ansi', code: seq, endCode: endCode(seq) }];
  const parts = seq.slice(2, -1).split(';');
  const codes: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '38' || part === '48') {
      if (i + 2 < parts.length && parts[i + 1] === '5') {
        codes.push(parts.slice(i, i + 3).join(';'));
        i += 2;
        continue;
      }
      if (i + 4 < parts.length && parts[i + 1] === '2') {
        codes.push(parts.slice(i, i + 5).join(';'));
        i += 4;
        continue;
      }
    }
    codes.push(part);
  }
  return codes.map((c) => {
    const code = sgr(c);
    return { type: 'ansi', code, endCode: endCode(code) };
  });
}

const sgrCache = new Map<string, Token[]>();

/** Same tokens as the library's tokenize. */
export function tokenize(str: string, endChar = Number.POSITIVE_INFINITY): Token[] {
  if (endChar !== Number.POSITIVE_INFINITY) return baseTokenize(str, endChar);
  const out: Token[] = [];
  for (let i = 0; i < str.length;) {
    const c = str.charCodeAt(i);
    if (c === ESC) {
      const end = sgrEnd(str, i);
      if (end < 0) return baseTokenize(str);
      const seq = str.slice(i, end);
      let tokens = sgrCache.get(seq);
      if (!tokens) {
        tokens = sgrTokens(seq);
        sgrCache.set(seq, tokens);
      }
      for (const t of tokens) out.push(t);
      i = end;
      continue;
    }
    if (!isLoneGrapheme(c)) return baseTokenize(str);
    out.push({ type: 'char', value: str[i]!, fullWidth: c >= 0x1100 && isFullwidthCodePoint(c) });
    i++;
  }
  return out;
}

/** Same styled characters as the library's; characters in one style run share its array. */
export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
  let codes: AnsiCode[] = [];
  const out: StyledChar[] = [];
  for (const token of tokens) {
    if (token.type === 'ansi') codes = reduceAnsiCodesIncremental(codes, [token]);
    // A literal, not a spread: the same keys in the same order, and far cheaper while cold.
    else out.push({ type: 'char', value: token.value, fullWidth: token.fullWidth, styles: codes });
  }
  return out;
}

function sameStyles(a: AnsiCode[], b: AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.code !== b[i]!.code || a[i]!.endCode !== b[i]!.endCode) return false;
  }
  return true;
}

const codesToString = (codes: AnsiCode[]): string => {
  let s = '';
  const seen = new Set<string>();
  for (const c of codes) {
    if (!seen.has(c.code)) {
      seen.add(c.code);
      s += c.code;
    }
  }
  return s;
};

/** Same string as the library's: a style change is diffed only where the style changes. */
export function styledCharsToString(chars: StyledChar[]): string {
  let out = '';
  let prev: AnsiCode[] | undefined;
  for (const char of chars) {
    const styles = char.styles;
    if (prev === undefined) {
      if (styles.length > 0) out += codesToString(styles);
    } else if (!sameStyles(prev, styles)) {
      out += codesToString(diffAnsiCodes(prev, styles));
    }
    out += char.value;
    prev = styles;
  }
  if (prev !== undefined && prev.length > 0) out += codesToString(diffAnsiCodes(prev, []));
  return out;
}
