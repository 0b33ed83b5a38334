// Line and whitespace helpers shared by the text-based importers.
import { isValidDate } from '../../domain/paper.js';
import { ImportError, type ImportFormat } from './types.js';

/** Collapses runs of whitespace (arXiv line breaks, double spaces) and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Groups lines into blank-line separated paragraphs, each squashed to one line. */
export function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() === '') {
      if (cur.length > 0) out.push(squash(cur.join(' ')));
      cur = [];
    } else {
      cur.push(line);
    }
  }
  return out;
}

// A Han character or CJK punctuation: tells a Chinese translation from an English abstract.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g;

export function cjkShare(s: string): number {
  const letters = s.replace(/\s/g, '').length;
  return letters === 0 ? 0 : (s.match(CJK)?.length ?? 0) / letters;
}

// Bullets (-, *, •, ...) or numbers ("1.", "2)", "3、", "(4)", "（5）"). A number followed by
// a digit ("1.5x") is text, not a list marker.
const LIST_ITEM =
  /^\s*(?:[-*•·‣▪●◦+]\s+|\d{1,3}(?:[.．](?!\d)|[)、）])\s*|[(（]\d{1,3}[)）]\s*)(\S.*)$/;

/** The text of a list item line, or undefined when the line is not one. */
export function listItem(line: string): string | undefined {
  const m = LIST_ITEM.exec(line);
  return m ? squash(m[1]!) : undefined;
}

/** The first valid YYYY-MM-DD in a file name (path and extension included), if any. */
export function dateInName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  for (const m of fileName.matchAll(/(?<!\d)(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?!\d)/g)) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    if (isValidDate(d)) return d;
  }
  return undefined;
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}

/**
 * The day a digest goes into. An explicit --date always wins (it is how a user corrects a page),
 * then the date the page states, then a date in the file name; a disagreement is worth a warning.
 */
export function pickDay(
  format: ImportFormat,
  sources: { option?: string; page?: string; fileName?: string },
  warnings: string[],
): string {
  const fromName = dateInName(sources.fileName);
  const stated = sources.page ?? fromName;
  if (sources.option) {
    if (stated && stated !== sources.option)
      warnings.push(`the file says ${stated} but --date is ${sources.option}; using --date`);
    return sources.option;
  }
  if (stated) return stated;
  throw new ImportError('no-date', `${format}: the file gives no date; pass --date YYYY-MM-DD`);
}
