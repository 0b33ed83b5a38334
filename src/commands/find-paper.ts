import { extractArxivId, normalizeTitle, type Paper } from '../domain/paper.js';
import type { Context } from '../library/context.js';
import { SAMPLE_DATES, sampleDay } from '../sample/catalog.js';

/**
 * Whether `ref` names `p`: its arXiv id (or any URL or text holding it), one of its links,
 * or its title. Papers without an arXiv id have no id worth showing, so their title or URL
 * is how a user names them.
 */
export function refersTo(p: Paper, ref: string): boolean {
  const arxiv = extractArxivId(ref);
  if (p.id === ref || (arxiv !== undefined && p.id === arxiv)) return true;
  if (Object.values(p.links).some((url) => url === ref)) return true;
  const title = normalizeTitle(ref);
  return title.length > 0 && normalizeTitle(p.title) === title;
}

/**
 * Looks each ref up in the library, newest day first, stopping as soon as all are found; in
 * the bundled sample when nothing is cached. Returns the papers found, by ref.
 */
export async function findPapers(ctx: Context, refs: string[]): Promise<Map<string, Paper>> {
  const found = new Map<string, Paper>();
  const look = (papers: Paper[]) => {
    for (const ref of refs) {
      if (found.has(ref)) continue;
      const hit = papers.find((p) => refersTo(p, ref));
      if (hit) found.set(ref, hit);
    }
    return found.size === refs.length;
  };
  const days = await ctx.store.listDays();
  for (const date of [...days].reverse()) {
    if (look((await ctx.store.readDay(date))?.papers ?? [])) return found;
  }
  if (days.length === 0) {
    for (const date of SAMPLE_DATES) if (look((await sampleDay(date))?.papers ?? [])) break;
  }
  return found;
}

export async function findPaper(ctx: Context, ref: string): Promise<Paper | undefined> {
  return (await findPapers(ctx, [ref])).get(ref);
}
