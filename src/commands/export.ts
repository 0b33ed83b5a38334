import type { Context } from '../library/context.js';
import { toBibtexAll } from '../domain/bibtex.js';
import { toJsonExport, toMarkdownExport } from '../domain/export.js';
import type { Paper } from '../domain/paper.js';
import { jsonSafe } from '../text/plain.js';
import { writeFileAtomic } from '../library/atomic.js';
import { selectPapers } from './list.js';

const FORMATS = ['bibtex', 'md', 'json'] as const;

/** `papers export`: starred papers (default), a day, or everything, as BibTeX/Markdown/JSON. */
export async function runExport(
  ctx: Context,
  opts: { starred?: boolean; date?: string; all?: boolean; format?: string; out?: string },
): Promise<number> {
  const format = opts.format ?? 'bibtex';
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) {
    ctx.io.err(`papers: --format must be one of ${FORMATS.join(', ')}`);
    return 2;
  }
  let papers: Paper[];
  if (opts.date) {
    papers = (await selectPapers(ctx, { date: opts.date })).papers;
  } else {
    papers = (await selectPapers(ctx, { all: true })).papers;
    if (!opts.all) papers = papers.filter((p) => ctx.flags.has('starred', p.id));
  }
  if (opts.starred) papers = papers.filter((p) => ctx.flags.has('starred', p.id));
  if (papers.length === 0) {
    ctx.io.err(
      opts.all || opts.date
        ? 'papers: nothing to export'
        : 'papers: no starred papers to export (star with * in the reader, or use --all / --date)',
    );
    return 1;
  }
  const text =
    format === 'bibtex'
      ? toBibtexAll(papers)
      : format === 'md'
        ? toMarkdownExport(papers)
        : jsonSafe(
            toJsonExport(papers, (id) => ({
              read: ctx.flags.has('read', id),
              starred: ctx.flags.has('starred', id),
            })),
          );
  if (opts.out) {
    await writeFileAtomic(opts.out, text.endsWith('\n') ? text : `${text}\n`);
    ctx.io.err(`wrote ${papers.length} papers to ${opts.out}`);
  } else {
    ctx.io.out(text.replace(/\n$/, ''));
  }
  return 0;
}
