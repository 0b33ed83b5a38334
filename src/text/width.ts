// Terminal columns of a string: string-width's answers, without its cost on the text a
// reader shows. string-width measures anything beyond printable ASCII with Intl.Segmenter and
// an RGI-emoji regex, and the first such call costs ~25 ms (ICU data, regex compilation):
// the unread dot or the ▲ on the first frame paid it. Text made only of characters that are
// always a grapheme of their own is summed from East Asian widths instead; anything else
// goes to string-width. test/core/text-width.test.ts checks both agree.
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Characters that are always a grapheme of their own next to each other, next to the end of
 * an SGR sequence and at either end of a line: none of them extends, prepends or joins (no
 * combining marks, ZWJ, variation selectors, Hangul jamo, regional indicators, surrogates or
 * controls). Latin, Greek and Cyrillic letters, CJK ideographs, kana, and the punctuation, arrow,
 * box-drawing and shape blocks cover nearly everything on a reader's screen.
 */
export function isLoneGrapheme(c: number): boolean {
  if (c <= 0x7e) return c >= 0x20;
  return (
    (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x482) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2070 && c <= 0x20cf) ||
    (c >= 0x2100 && c <= 0x2bff) ||
    (c >= 0x3001 && c <= 0x3029) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x309b && c <= 0x30ff) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xff01 && c <= 0xff60)
  );
}

const ESC = 0x1b;

/** Index just past an SGR sequence (ESC [ params m, each param ≤ 3 digits) at `i`, or -1. */
export function sgrEnd(s: string, i: number): number {
  if (s.charCodeAt(i + 1) !== 0x5b) return -1;
  let digits = 0;
  for (let j = i + 2; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x6d) return j + 1;
    if (c === 0x3b) digits = 0;
    else if (c >= 0x30 && c <= 0x39 && ++digits <= 3) continue;
    else return -1;
  }
  return -1;
}

/** Columns of one lone-grapheme character, as string-width counts it. */
function loneWidth(c: number): number {
  if (c <= 0x7e) return 1;
  // The soft hyphen is invisible (Default_Ignorable); string-width counts it as 0.
  if (c === 0xad) return 0;
  return eastAsianWidth(c, { ambiguousAsWide: false });
}

/** Terminal columns of `s` (SGR colour codes count zero), exactly as string-width says. */
export function displayWidth(s: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options !== undefined) return stringWidth(s, options);
  let width = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c === ESC) {
      const end = sgrEnd(s, i);
      if (end < 0) return stringWidth(s);
      i = end;
      continue;
    }
    if (!isLoneGrapheme(c)) return stringWidth(s);
    width += loneWidth(c);
    i++;
  }
  return width;
}

/** How often Ink measured through this module: lets a test prove the swap is in place. */
export const swapped = { calls: 0 };

// string-width's default export, for the Ink modules the build (and the test config) hand
// this file to.
export default function inkWidth(s: string, options?: Parameters<typeof stringWidth>[1]) {
  swapped.calls++;
  return displayWidth(s, options);
}

// Made on first use: creating one loads ICU's break rules, which the first frame never needs.
let segmenter: Intl.Segmenter | undefined;

/**
 * The graphemes of `s` (no escape sequences in it), as Intl.Segmenter splits them. Two lone
 * graphemes side by side always have a break between them, so runs of those are split
 * without the segmenter, and it only sees the stretches between such breaks.
 */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  const lone = (i: number) => i >= n || isLoneGrapheme(s.charCodeAt(i));
  for (let i = 0; i < n;) {
    if (lone(i) && lone(i + 1)) {
      out.push(s[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !(lone(j - 1) && lone(j))) j++;
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(s.slice(i, j))) out.push(segment);
    i = j;
  }
  return out;
}

// Graphemes off the fast path cost a string-width call each; they repeat, so cache them.
const widthCache = new Map<string, number>();

/** displayWidth of one grapheme, cached. */
export function graphemeWidth(g: string): number {
  let w = widthCache.get(g);
  if (w === undefined) {
    if (widthCache.size > 10_000) widthCache.clear();
    w = displayWidth(g);
    widthCache.set(g, w);
  }
  return w;
}
