// Abstracts arrive as LaTeX source (`\%`, `\textbf{…}`, `$O(1/t)$`) mixed with plain text that
// only looks special (`<person, action>`, `$5 million`). This turns them into Markdown that
// marked renders as the author meant: LaTeX read the way LaTeX would, everything else literal.
import { Parser, type Piece } from './parser.js';
import { escapeInline, escapeMarkdown } from '../markdown-escape.js';

export { escapeMarkdown };

/** Joins pieces; in Markdown, text is escaped so only our own markup is markup. */
function render(ps: Piece[], md: boolean): string {
  let out = '';
  let text = '';
  const flush = () => {
    out += md ? escapeInline(text, out.at(-1) ?? '') : text;
    text = '';
  };
  for (const p of ps) {
    if (typeof p === 'string') text += p;
    else {
      flush();
      out += p.md;
    }
  }
  flush();
  return out;
}

function convert(s: string, md: boolean): string {
  // LaTeX reads a single newline as a space and a blank line as a paragraph break.
  return s
    .split(/\n[ \t]*\n\s*/)
    .map((para) => {
      const src = para.replace(/\s+/g, ' ').trim();
      return render(new Parser(src, md).seq(false).out, md).replace(/ {2,}/g, ' ').trim();
    })
    .filter((p) => p !== '')
    .join('\n\n');
}

/** LaTeX-flavoured abstract text → Markdown whose rendering reads like the typeset text. */
export function latexToMarkdown(s: string): string {
  return convert(s, true);
}

/** The same reading as plain text, no Markdown: for BibTeX, exports and search. */
export function latexToText(s: string): string {
  return convert(s, false);
}
