// The reader's services backed by the real store, browser, clipboard and network.
import type { Context } from './context.js';
import { sampleDay, SAMPLE_DATES } from './context.js';
import { createFuse, searchFuse } from './core/search.js';
import type { Paper } from './core/paper.js';
import { copyText } from './platform/clipboard.js';
import { openUrl } from './platform/open-url.js';
import type { DaySummary, Services } from './services.js';

export function liveServices(ctx: Context, sample: boolean): Services {
  const loadDay = async (date: string) => (sample ? sampleDay(date) : ctx.store.readDay(date));
  const listDays = async () => (sample ? SAMPLE_DATES : ctx.store.listDays());
  const allPapers = async (): Promise<Paper[]> => {
    const out: Paper[] = [];
    for (const d of await listDays()) out.push(...((await loadDay(d))?.papers ?? []));
    return out;
  };
  return {
    loadDay,
    listDays,
    flags: ctx.flags,
    openUrl: (url) => openUrl(url, ctx.env),
    copy: (text) => copyText(text, process.stdout, ctx.env),
    loadRenderer: async () => (await import('./render/terminal-markdown.js')).renderMarkdown,
    refresh: sample
      ? undefined
      : async (date) => {
          const { refreshDay } = await import('./commands/sync.js');
          return refreshDay(date, { store: ctx.store, env: ctx.env });
        },
    summarizeDays: async (): Promise<DaySummary[]> => {
      const out: DaySummary[] = [];
      for (const date of await listDays()) {
        const day = await loadDay(date);
        const papers = day?.papers ?? [];
        out.push({
          date,
          total: papers.length,
          unread: papers.filter((p) => !ctx.flags.has('read', p.id)).length,
          starred: papers.filter((p) => ctx.flags.has('starred', p.id)).length,
          sources: day?.sources ?? [],
        });
      }
      return out;
    },
    searchAll: async (query) => {
      const papers = await allPapers();
      return (searchFuse(createFuse(papers), query) ?? []).slice(0, 200).map((m) => ({
        id: m.paper.id,
        date: m.paper.date,
        title: m.paper.title,
        authors: m.paper.authors,
        upvotes: m.paper.upvotes,
        score: m.score,
      }));
    },
  };
}
