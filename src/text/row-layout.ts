// One list row as fixed-width text cells, measured in terminal columns (CJK counts two).
// Pure: the list renders each row as a single line of text instead of a tree of boxes,
// which keeps a redraw cheap however long the list.
import { displayWidth, graphemeWidth, graphemes } from './width.js';

/** Cuts `s` to at most `width` columns, ending in "…" when cut, then pads it to `width`. */
export function fitWidth(s: string, width: number): string {
  if (width <= 0) return '';
  const w = displayWidth(s);
  if (w <= width) return s + ' '.repeat(width - w);
  let out = '';
  let used = 0;
  // Whole graphemes: an emoji with its variation selector or a ZWJ sequence is one cell group.
  for (const g of graphemes(s)) {
    const gw = graphemeWidth(g);
    if (used + gw > width - 1) break;
    out += g;
    used += gw;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - 1 - used));
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits a fitted title into plain and highlighted segments for the filter's match ranges
 * (character indexes into the untruncated title; ranges past the cut are dropped).
 */
export function highlightSegments(fitted: string, ranges: [number, number][]): Segment[] {
  if (ranges.length === 0) return [{ text: fitted, hit: false }];
  const chars = [...fitted];
  const hit = new Array<boolean>(chars.length).fill(false);
  // Ranges index UTF-16 code units; map them onto code points of the fitted text.
  const unitToPoint: number[] = [];
  chars.forEach((c, i) => {
    for (let k = 0; k < c.length; k++) unitToPoint.push(i);
  });
  for (const [a, b] of ranges) {
    for (let u = a; u <= b && u < unitToPoint.length; u++) hit[unitToPoint[u]!] = true;
  }
  const out: Segment[] = [];
  chars.forEach((c, i) => {
    const last = out[out.length - 1];
    const h = hit[i]! && c !== '…';
    if (last && last.hit === h) last.text += c;
    else out.push({ text: c, hit: h });
  });
  return out;
}

export interface RowColumns {
  title: number;
  author: number;
  date: number;
}

/** How wide each cell is at a given row width: the title takes what the others leave. */
export function rowColumns(width: number, withDate: boolean, withAuthors = true): RowColumns {
  // A day whose source gives no authors (saved pages) gives their column to the title.
  const author = !withAuthors ? 0 : width >= 100 ? 24 : width >= 70 ? 18 : 0;
  const date = withDate ? 11 : 0;
  // 3 cursor+marker, 2 star, 1 gap before the author, 6 upvotes.
  const title = Math.max(10, width - 3 - 2 - date - (author ? author + 1 : 0) - 6);
  return { title, author, date };
}
