// What the update asks the outside world to do, and the one place that does it. Every
// effect that can finish reports back as a message, so the model stays the only state.
import type { DayList, Paper } from '../domain/paper.js';
import type { FollowKind } from '../triage/follows.js';
import type { ResumePoint } from '../triage/resume.js';
import type { Flag } from './flags.js';
import type { Msg } from './messages.js';
import type { Services } from './services.js';

export type Effect =
  | { type: 'loadDay'; date: string; open?: string }
  | { type: 'setFlag'; flag: Flag; ids: string[]; on: boolean }
  | { type: 'openUrl'; url: string }
  | { type: 'copy'; text: string; label: string }
  | { type: 'refresh'; date: string; updatedAt: string | undefined }
  | { type: 'summaries' }
  | { type: 'nextUnreadDay'; current: string }
  | { type: 'search'; query: string }
  | { type: 'prepareSearch' }
  | { type: 'expireStatus'; id: number; ms: number }
  | { type: 'suspend' }
  | { type: 'forYou'; date: string; papers: Paper[]; learned: Paper[] }
  | { type: 'related'; id: string }
  | { type: 'loadFollows' }
  | { type: 'emptyDays' }
  | { type: 'leaveSample' }
  | { type: 'fetchRecent' }
  | { type: 'follow'; kind: FollowKind; value: string; on: boolean }
  | { type: 'quit'; resume?: ResumePoint };

export interface EffectHost {
  services: Services;
  /** Work in flight that quitting must cancel (a refresh waiting on a slow server). */
  inflight: Set<AbortController>;
  send(msg: Msg): void;
  quit(resume?: ResumePoint): void;
  /** Hands the terminal back to the shell (ctrl+z) until the job is resumed. */
  suspend?(): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const status = (text: string, kind: 'info' | 'error' = 'info'): Msg => ({
  type: 'status',
  text,
  kind,
});

/** Days are listed after a load: a day found unreadable is moved aside by the load. */
async function loadDay(h: EffectHost, date: string, open?: string) {
  let day: DayList | undefined;
  try {
    day = await h.services.loadDay(date);
  } catch (e) {
    h.send({ type: 'dayFailed', message: errorText(e) });
    return;
  }
  const days = await h.services.listDays().catch(() => undefined);
  h.send(
    day
      ? { type: 'dayLoaded', day, days, open }
      : { type: 'dayFailed', message: `${date} could not be read`, days },
  );
}

let searchSeq = 0;

export function runEffect(e: Effect, h: EffectHost): void {
  const { services: s, send } = h;
  switch (e.type) {
    case 'loadDay':
      return void loadDay(h, e.date, e.open);
    case 'setFlag':
      return void s.flags
        .set(e.flag, e.ids, e.on)
        .catch((err) => send(status(errorText(err), 'error')));
    case 'openUrl':
      return void s.openUrl(e.url).then(
        () => send(status(`opened ${e.url}`)),
        (err) => send(status(`could not open ${e.url}: ${errorText(err)}`, 'error')),
      );
    case 'copy':
      return void s.copy(e.text).then(
        (how) => send(status(`copied ${e.label} (${how})`)),
        (err) => send(status(`could not copy: ${errorText(err)}`, 'error')),
      );
    case 'refresh': {
      if (!s.refresh) return;
      const ac = new AbortController();
      h.inflight.add(ac);
      return void s
        .refresh(e.date, ac.signal)
        .then((result) => {
          if (!ac.signal.aborted)
            send({ type: 'refreshed', date: e.date, result, updatedAt: e.updatedAt });
        })
        .finally(() => h.inflight.delete(ac));
    }
    case 'summaries':
      if (!s.summarizeDays) return;
      return void s
        .summarizeDays()
        .then(
          async (list) => {
            send({ type: 'summaries', list });
            // The follow counts read every day file: the table shows first, the column after.
            if (s.followedByDay) send({ type: 'followedCounts', counts: await s.followedByDay() });
          },
          (err) => send(status(errorText(err), 'error')),
        )
        .catch((err) => send(status(errorText(err), 'error')));
    case 'nextUnreadDay':
      return void (s.summarizeDays?.() ?? Promise.resolve([])).then(
        (list) => {
          const later = list.filter((d) => d.unread > 0 && d.date !== e.current);
          const pick = later.find((d) => d.date > e.current) ?? later[0];
          send(
            pick
              ? { type: 'goToDay', date: pick.date, wrapped: pick.date < e.current }
              : status('every cached day is read'),
          );
        },
        (err) => send(status(errorText(err), 'error')),
      );
    case 'search': {
      // A newer query makes an older one stale: its result is dropped by the update.
      const mine = ++searchSeq;
      const run = s.searchAll ? s.searchAll(e.query) : Promise.resolve([]);
      return void run.then(
        (hits) => mine === searchSeq && send({ type: 'searchResult', query: e.query, hits }),
        (err) => {
          send({ type: 'searchResult', query: e.query, hits: [] });
          send(status(errorText(err), 'error'));
        },
      );
    }
    case 'forYou':
      if (!s.forYou) return;
      return void s.forYou(e.papers, e.learned).then(
        (result) => send({ type: 'forYouRanked', date: e.date, result }),
        (err) => send(status(`for you: ${errorText(err)}`, 'error')),
      );
    case 'related':
      if (!s.related) return send(status('related papers need a cached library (not the sample)'));
      return void s.related(e.id).then(
        (hits) => send({ type: 'relatedResult', id: e.id, hits }),
        (err) => {
          send({ type: 'relatedResult', id: e.id, hits: [] });
          send(status(errorText(err), 'error'));
        },
      );
    case 'leaveSample':
      return s.leaveSample?.();
    case 'emptyDays':
      return void s.emptyDays?.().then(
        (days) => send({ type: 'emptyDays', days }),
        () => {},
      );
    case 'fetchRecent':
      if (!s.fetchRecent) return;
      return void s
        .fetchRecent((text) => send({ type: 'fetchProgress', text }))
        .then(async (r) => {
          const days = await s.listDays().catch(() => []);
          send({ type: 'fetched', newest: r.newest, offline: r.offline, days });
        });
    case 'loadFollows':
      return void s.follows?.().then(
        (list) => send({ type: 'follows', list }),
        () => {},
      );
    case 'follow':
      if (!s.follow) return send(status('follows need a cached library (not the sample)'));
      return void s.follow(e.kind, e.value, e.on).then(
        (list) =>
          send({
            type: 'follows',
            list,
            said: `${e.on ? 'following' : 'no longer following'} ${e.kind} ${e.value}`,
          }),
        (err) => send(status(errorText(err), 'error')),
      );
    case 'prepareSearch':
      return s.prepareSearch?.();
    case 'expireStatus':
      return void setTimeout(() => send({ type: 'statusExpired', id: e.id }), e.ms).unref?.();
    case 'suspend':
      return h.suspend?.();
    case 'quit':
      for (const ac of h.inflight) ac.abort();
      return h.quit(e.resume);
  }
}
