import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { SearchHit } from '../../search/engine/types.js';
import type { Action, Screen } from '../model.js';
import type { DaySummary, Services } from '../services.js';

/**
 * Loads another day into the reducer; a newer request supersedes an older one. Days are
 * listed after the load, since a day found unreadable is moved aside by the load: the
 * reader then stays on the shown day.
 */
export function useGoToDay(services: Services, dispatch: Dispatch<Action>) {
  const seq = useRef(0);
  return useCallback(
    /** `then` runs once the day is shown (e.g. to open a paper on it). */
    (date: string, then?: () => void) => {
      const mine = ++seq.current;
      dispatch({ type: 'dayLoading' });
      const load = async () => {
        const day = await services.loadDay(date);
        return [day, await services.listDays()] as const;
      };
      load().then(
        ([day, days]) => {
          if (mine !== seq.current) return;
          if (!day) dispatch({ type: 'daysChanged', days });
          else {
            dispatch({ type: 'dayLoaded', day, days: days.length ? days : undefined });
            then?.();
          }
        },
        (e: Error) => dispatch({ type: 'status', message: { text: e.message, kind: 'error' } }),
      );
    },
    [services, dispatch],
  );
}

/** Per-day counts for the days view, refreshed when it opens or a flag changes. */
export function useDaySummaries(services: Services, screen: Screen, flagsVersion: number) {
  const [summaries, setSummaries] = useState<Map<string, DaySummary>>();
  useEffect(() => {
    if (screen !== 'days' || !services.summarizeDays) return;
    let live = true;
    services
      .summarizeDays()
      .then((list) => live && setSummaries(new Map(list.map((d) => [d.date, d]))));
    return () => {
      live = false;
    };
  }, [screen, services, flagsVersion]);
  return summaries;
}

/**
 * Results of the cross-day search for `query`. A newer query supersedes an older one: the
 * older result is dropped, and typing never waits on a search.
 */
export function useSearchHits(services: Services, active: boolean, query: string) {
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[] }>();
  useEffect(() => {
    if (active) services.prepareSearch?.();
  }, [active, services]);
  useEffect(() => {
    if (!active || !services.searchAll || !query.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      services.searchAll!(query).then((h) => live && setHits({ query, hits: h }));
    }, 30);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, query, services]);
  return {
    hits: query.trim() ? hits?.hits : undefined,
    pending: hits?.query !== query,
  };
}
