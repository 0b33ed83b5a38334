// Which papers of a day cannot be fetched again. Pure: shared by the union store and the
// one-time move of an old layout.
import type { DayList, Paper } from '../domain/paper.js';

/** Sources `papers sync` can fetch again; everything else came from a file the user had. */
const REFETCHABLE = new Set<string>(['hf-api']);

/** Text an LLM wrote costs money and time to write again. */
const byLlm = (source: string | undefined) => source?.startsWith('LLM') ?? false;

/** True when losing the cache would lose something of this paper. */
export function mustKeep(p: Paper): boolean {
  return (
    p.sources.some((s) => !REFETCHABLE.has(s)) || byLlm(p.summarySource) || byLlm(p.takeawaysSource)
  );
}

/**
 * Splits a day into what goes to the cache (papers a sync fetches) and what goes to the data
 * dir (papers nothing could fetch again). A paper can be in both: an HF paper with an LLM
 * summary is cached as fetched and kept for its summary. `kept` is undefined when nothing of
 * the day must be kept; `synced` is undefined when no paper came from a sync, except that a
 * day with no papers at all is recorded in the cache as empty.
 */
export function splitDay(
  day: DayList,
  /** Papers to keep whatever their source: imported from a file, or kept before. */
  alsoKeep: (p: Paper) => boolean = () => false,
): { synced?: DayList; kept?: DayList } {
  const synced = day.papers.filter((p) => p.sources.some((s) => REFETCHABLE.has(s)));
  const kept = day.papers.filter((p) => mustKeep(p) || alsoKeep(p));
  const part = (papers: Paper[], pick: (s: string) => boolean): DayList => ({
    ...day,
    papers,
    sources: day.sources.filter(pick),
  });
  return {
    synced:
      synced.length > 0 || day.papers.length === 0
        ? part(synced, (s) => REFETCHABLE.has(s))
        : undefined,
    kept: kept.length > 0 ? part(kept, () => true) : undefined,
  };
}
