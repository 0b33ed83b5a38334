// The reader's services backed by the real store, browser, clipboard and network.
import type { Context } from '../library/context.js';
import { sampleDay, sampleDays, SAMPLE_DATES } from '../sample/catalog.js';
import { filterPapers, toSearchHit } from '../search/engine/filter.js';
import { copyText } from '../platform/clipboard.js';
import { openUrl } from '../platform/open-url.js';
import type { DaySummary, Services } from './services.js';
import { liveFlagStore } from './live-flags.js';
import { liveTriage } from './live-triage.js';
import { onIndexProgress } from '../search/disk/index-progress.js';

/** Cross-day search returns this many hits: more than a screen, few enough to rank fast. */
export const SEARCH_LIMIT = 200;

export function liveServices(ctx: Context, startOnSample: boolean): Services {
  // Until the first-run fetch brings real papers, the reader shows the bundled sample.
  let sample = startOnSample;
  const flags = liveFlagStore(ctx.flags, (m) => ctx.io.err(`papers: warning: ${m}`));
  const loadDay = async (date: string) => (sample ? sampleDay(date) : ctx.store.readDay(date));
  const listDays = async () => (sample ? SAMPLE_DATES : ctx.store.listDays());
  // The index (and its code) loads on the first search or days view, never at start-up.
  const index = async () => {
    const { sharedIndex } = await import('../search/disk/library-index.js');
    return sharedIndex(ctx.paths.cacheDir, ctx.store, (m) => ctx.io.err(`papers: warning: ${m}`));
  };
  let searchSeq = 0;
  return {
    ...liveTriage(ctx),
    // An index that cannot open says so on the first search; here it is only a head start.
    prepareSearch: () => {
      if (!sample)
        void index().then(
          (i) => i.warmUp(),
          () => {},
        );
    },
    // The index is built in this process (on S or the days view): its progress shows here.
    subscribeIndexProgress: (listener) => onIndexProgress(ctx.paths.cacheDir, listener),
    leaveSample: () => {
      sample = false;
    },
    emptyDays: async () => (sample ? [] : [...(await ctx.store.emptyDays())]),
    fetchRecent: async (onProgress) => {
      const { fetchRecentDays } = await import('../library/fetch-recent.js');
      onProgress("fetching today's papers from Hugging Face…");
      return fetchRecentDays(
        4,
        { store: ctx.store, env: ctx.env, timeoutSeconds: ctx.settings.timeoutSeconds },
        (p) => onProgress(`fetching today's papers… ${p.done}/${p.total} days (${p.date})`),
      );
    },
    loadDay,
    listDays,
    flags,
    openUrl: (url) => openUrl(url, ctx.env),
    copy: (text) => copyText(text, process.stdout, ctx.env),
    loadRenderer: async () => (await import('../text/terminal-markdown.js')).renderMarkdown,
    refresh: async (date, signal) => {
      const { refreshDay } = await import('../library/sync-day.js');
      return refreshDay(date, {
        store: ctx.store,
        env: ctx.env,
        signal,
        timeoutSeconds: ctx.settings.timeoutSeconds,
      });
    },
    summarizeDays: async (): Promise<DaySummary[]> => {
      const days = sample
        ? (await sampleDays()).map((d) => ({
            date: d.date,
            total: d.papers.length,
            ids: d.papers.map((p) => p.id),
            sources: d.sources,
          }))
        : (await index()).days();
      const snap = flags.getSnapshot();
      return days.map((d) => ({
        date: d.date,
        total: d.total,
        unread: d.ids.filter((id) => !snap.has('read', id)).length,
        starred: d.ids.filter((id) => snap.has('starred', id)).length,
        sources: d.sources,
      }));
    },
    followedByDay: async () => {
      if (sample) return undefined;
      const { readFollows } = await import('../library/follows-store.js');
      const follows = readFollows(ctx.paths.dataDir, (m) => ctx.io.err(`papers: warning: ${m}`));
      if (follows.length === 0) return undefined;
      const { countFollowed } = await import('../triage/follows.js');
      const counts = new Map<string, number>();
      for (const date of await ctx.store.listDays()) {
        const day = await ctx.store.readDay(date);
        counts.set(date, countFollowed(day?.papers ?? [], follows));
        // One day at a time, with the event loop free between: keys stay live while it counts.
        await new Promise((r) => setImmediate(r));
      }
      return counts;
    },
    searchAll: async (query) => {
      if (sample) {
        // Newest day first, as the index breaks ties.
        const papers = (await sampleDays()).reverse().flatMap((d) => d.papers);
        return (filterPapers(papers, query) ?? []).slice(0, SEARCH_LIMIT).map(toSearchHit);
      }
      // A newer query makes this one stale: it stops at its next step and its result is dropped.
      const seq = ++searchSeq;
      const hits = await (
        await index()
      ).search(query, { limit: SEARCH_LIMIT, isStale: () => seq !== searchSeq });
      return hits ?? [];
    },
  };
}
