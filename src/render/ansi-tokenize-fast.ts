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
import isFullwidthCodePoint from 'is-fullwidth-code-point';

/**
 * Characters that are always a grapheme of their own next to each other, next to the end of
 * an SGR sequence and at either end of a line: none of them extends, prepends or joins
 * (no combining marks, ZWJ, variation selectors, Hangul jamo, regional indicators or
 * surrogates). Latin, Greek, Cyrillic letters and the punctuation, arrow, box-drawing and
 * shape blocks cover nearly everything on a reader's screen.
 */
export function isLoneGrapheme(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x482) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2070 && c <= 0x20cf) ||
    (c >= 0x2100 && c <= 0x2bff)
  );
}

const ESC = 0x1b;
const sgrTokens = new Map<string, Token[]>();

/** Index just past an SGR sequence (ESC [ digits/semicolons m) starting at `i`, or -1. */
function sgrEnd(s: string, i: number): number {
  if (s.charCodeAt(i + 1) !== 0x5b) return -1;
  for (let j = i + 2; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x6d) return j + 1;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

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
      let tokens = sgrTokens.get(seq);
      if (!tokens) {
        tokens = baseTokenize(seq);
        sgrTokens.set(seq, tokens);
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
    else out.push({ ...token, styles: codes });
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
  for (let i = 0; i < chars.length; i++) {
    const { styles, value } = chars[i]!;
    if (i === 0) {
      if (styles.length > 0) out += codesToString(styles);
    } else {
      const prev = chars[i - 1]!.styles;
      if (!sameStyles(prev, styles)) out += codesToString(diffAnsiCodes(prev, styles));
    }
    out += value;
    if (i === chars.length - 1 && styles.length > 0)
      out += codesToString(diffAnsiCodes(styles, []));
  }
  return out;
}
