// A paper in one line: what the two-line "TL;DR" rows show under the title. Pure: no I/O.
import { EXTRACTED_SOURCE, extractSummary } from '../domain/extract.js';
import type { Paper } from '../domain/paper.js';
import { splitSentences } from '../domain/sentences.js';
import { sanitizeLine, truncateForDisplay } from '../text/sanitize.js';
import { displayWidth, graphemeWidth, graphemes } from '../text/width.js';

export type TldrSource = 'source' | 'llm' | 'extracted' | 'none';

/** Which summary a paper's one-liner comes from: a source's own > an LLM's > extracted. */
export function tldrSource(p: Paper): TldrSource {
  if (p.summary.trim() === '') return p.abstract.trim() === '' ? 'none' : 'extracted';
  const src = p.summarySource ?? '';
  if (src.startsWith('LLM')) return 'llm';
  // A summary extracted earlier and stored is still only extracted.
  return src === EXTRACTED_SOURCE ? 'extracted' : 'source';
}

/** Cuts a one-line string to `width` terminal columns, ending in "…" when cut. */
export function cutToWidth(s: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const w = graphemeWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * The one-line summary for `width` columns: a source's summary (Hugging Face's, a digest's),
 * else an LLM's, else the first sentence of the summary extracted from the abstract. Cleaned
 * of control characters and newlines, so it is safe to print as one row.
 */
export function tldrLine(p: Paper, width: number): string {
  let text: string;
  const source = tldrSource(p);
  if (source === 'none') return '';
  if (source === 'extracted') {
    const summary = p.summary.trim() || extractSummary(p.abstract).summary;
    text = splitSentences(summary)[0] ?? summary;
  } else {
    text = p.summary;
  }
  // Cut before cleaning as well: a 5 MB summary costs nothing.
  return cutToWidth(sanitizeLine(truncateForDisplay(text, Math.max(width, 1) * 4)), width);
}
