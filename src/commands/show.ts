import { paperToMarkdown } from '../text/markdown.js';
import type { Paper } from '../domain/paper.js';
import { extractArxivId } from '../domain/paper.js';
import { jsonText, paperJson } from '../text/plain.js';
import type { Context } from '../library/context.js';
import { SAMPLE_DATES, sampleDay } from '../sample/catalog.js';

/** Finds a paper by id (or arXiv URL) in the cache, newest day first, then in the sample. */
export async function findPaper(ctx: Context, idOrUrl: string): Promise<Paper | undefined> {
  const id = extractArxivId(idOrUrl) ?? idOrUrl;
  const days = await ctx.store.listDays();
  for (const date of [...days].reverse()) {
    const hit = (await ctx.store.readDay(date))?.papers.find((p) => p.id === id);
    if (hit) return hit;
  }
  if (days.length === 0) {
    for (const date of SAMPLE_DATES) {
      const hit = (await sampleDay(date))?.papers.find((p) => p.id === id);
      if (hit) return hit;
    }
  }
  return undefined;
}

export async function runShow(
  ctx: Context,
  id: string,
  opts: { json?: boolean; width?: number },
): Promise<number> {
  const paper = await findPaper(ctx, id);
  if (!paper) {
    ctx.io.err(`papers: no paper with id ${id} in the cache`);
    return 1;
  }
  if (opts.json) {
    ctx.io.out(jsonText(paperJson(paper, ctx.flags)));
    return 0;
  }
  const md = paperToMarkdown(paper, {
    translation: ctx.settings.lang === 'zh' && Boolean(paper.translation),
  });
  const width = Math.min(opts.width || 100, 120);
  if (ctx.io.isTTY) {
    const { renderMarkdown } = await import('../text/terminal-markdown.js');
    ctx.io.out(renderMarkdown(md, width).join('\n'));
  } else {
    ctx.io.out(md);
  }
  return 0;
}
