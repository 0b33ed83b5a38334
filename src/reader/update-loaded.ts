// What the list does when a day arrives or a refresh ends.
import type { Msg } from './messages.js';
import type { Model } from './model.js';
import { open } from './update-paper.js';
import { rankIfForYou } from './update-triage.js';
import { keepSelection, say, type Ctx, type Result } from './update-util.js';

export function onDayLoaded(m: Model, msg: Extract<Msg, { type: 'dayLoaded' }>, ctx: Ctx): Result {
  const days = msg.days?.length ? msg.days : m.days;
  const same = msg.day.date === m.day?.date;
  const base: Model = {
    ...m,
    day: msg.day,
    days,
    loading: false,
    daysView: { ...m.daysView, cursor: Math.max(0, days.indexOf(msg.day.date)) },
  };
  if (msg.open) {
    const p = msg.day.papers.find((x) => x.id === msg.open);
    if (p) return open({ ...base, screen: 'list', from: 'list' }, p, ctx);
  }
  // A refresh of the shown day keeps the reader where it was.
  if (same) return [keepSelection(m, base, ctx.flags), []];
  return rankIfForYou({ ...base, cursor: 0, screen: 'list', openId: undefined });
}

export function onRefreshed(m: Model, msg: Extract<Msg, { type: 'refreshed' }>): Result {
  const r = msg.result;
  const next = { ...m, refreshing: false };
  if (r.ok) {
    const [said, fx] = say(
      { ...next, banner: undefined },
      `${msg.date} refreshed: ${r.total} papers, ${r.added} new`,
    );
    return [said, [...fx, { type: 'loadDay', date: msg.date }]];
  }
  // Any failure to reach the API leaves the cached day on screen, with a banner saying so.
  const saved = msg.updatedAt;
  const from = saved ? `${saved.slice(0, 10)} ${saved.slice(11, 16)} UTC` : msg.date;
  const banner = r.offline
    ? `offline, showing cache from ${from}`
    : `refresh failed, showing cache from ${from}`;
  return say({ ...next, banner }, r.message, 'error');
}
