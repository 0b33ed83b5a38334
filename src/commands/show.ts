import { paperToMarkdown } from '../text/markdown.js';
import { jsonText, paperJson } from '../text/plain.js';
import type { Context } from '../library/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { findPaper } from './find-paper.js';

export async function runShow(
  ctx: Context,
  id: string,
  opts: { json?: boolean; width?: number },
): Promise<number> {
  const paper = await findPaper(ctx, id);
  if (!paper) {
    ctx.io.err(`papers: no paper "${id}" in the library (an arXiv id, a URL or a title)`);
    return EXIT.notFound;
  }
  if (opts.json) {
    ctx.io.out(jsonText(paperJson(paper, ctx.flags)));
    return 0;
  }
  const md = paperToMarkdown(paper, {
    translation: ctx.settings.lang === 'zh' && Boolean(paper.translation),
  });
  const width = Math.min(opts.width || 100, 120);
  // Styled for a terminal, or wherever colour was asked for (`--color always | less -R`).
  if (ctx.io.color ?? ctx.io.isTTY) {
    const { renderMarkdown } = await import('../text/terminal-markdown.js');
    ctx.io.out(renderMarkdown(md, width).join('\n'));
  } else {
    ctx.io.out(md);
  }
  return 0;
}
