// Triage in the reader: "for you", hiding, follows, TL;DR rows and related papers.
import type { Command } from '../domain/keymap.js';
import type { Paper } from '../domain/paper.js';
import type { KeyPress } from './keys/parse.js';
import type { Msg } from './messages.js';
import type { Model } from './model.js';
import { current, pageSize, papersOf } from './selectors.js';
import { isArxivId, open } from './update-paper.js';
import { clamp, keepSelection, moveDelta, say, type Ctx, type Result } from './update-util.js';

/** Asks the model to rank the shown day, when "for you" is the sort. */
export function rankIfForYou(m: Model, learned: Paper[] = []): Result {
  if (m.view.sort !== 'for-you' || !m.day || m.sample) return [m, []];
  return [m, [{ type: 'forYou', date: m.day.date, papers: m.day.papers, learned }]];
}

const name = (p: Paper) => (isArxivId(p.id) ? p.id : p.title);

/** Commands of this file; undefined for any other command. */
export function triageCommand(m: Model, cmd: Command, ctx: Ctx): Result | undefined {
  const p = current(m, ctx.flags);
  switch (cmd) {
    case 'hide': {
      if (!p) return [m, []];
      const on = !ctx.flags.has('hidden', p.id);
      const [said, fx] = say(
        m,
        on ? `hidden: ${name(p)} (X shows hidden papers)` : `unhidden: ${name(p)}`,
      );
      const [ranked, more] = rankIfForYou(said, [p]);
      return [ranked, [...fx, { type: 'setFlag', flag: 'hidden', ids: [p.id], on }, ...more]];
    }
    case 'showHidden':
      return [
        keepSelection(m, { ...m, view: { ...m.view, showHidden: !m.view.showHidden } }, ctx.flags),
        [],
      ];
    case 'tldr':
      return [{ ...m, tldr: !m.tldr }, []];
    case 'followedOnly':
      if (!m.followedOnly && m.follows.length === 0)
        return say(m, 'you follow nothing yet: F on a paper follows one of its authors');
      return [keepSelection(m, { ...m, followedOnly: !m.followedOnly }, ctx.flags), []];
    case 'follow': {
      const authors = p?.authors.slice(0, 9) ?? [];
      if (authors.length === 0) return say(m, 'this paper names no authors');
      if (authors.length === 1)
        return [m, [{ type: 'follow', kind: 'author', value: authors[0]!, on: true }]];
      return [{ ...m, picker: { authors } }, []];
    }
    case 'related': {
      if (!p) return [m, []];
      return [
        {
          ...m,
          screen: 'related',
          from: m.screen === 'related' ? m.from : m.screen,
          related: { title: p.title, hits: undefined, cursor: 0 },
        },
        [{ type: 'related', id: p.id }],
      ];
    }
    default:
      return undefined;
  }
}

/** Keys while choosing an author to follow: 1-9 picks, anything else cancels. */
export function pickerKey(m: Model, key: KeyPress): Result {
  const authors = m.picker?.authors ?? [];
  const i = Number(key.chord) - 1;
  const closed = { ...m, picker: undefined };
  const author = Number.isInteger(i) ? authors[i] : undefined;
  if (!author) return [closed, []];
  return [closed, [{ type: 'follow', kind: 'author', value: author, on: true }]];
}

/** Keys on the related-papers screen: move, open, back. */
export function relatedCommand(m: Model, cmd: Command, ctx: Ctx): Result {
  const r = m.related;
  const count = r.hits?.length ?? 0;
  const delta = moveDelta(cmd, pageSize(m));
  if (delta !== undefined)
    return [
      { ...m, related: { ...r, cursor: clamp(r.cursor + delta, 0, Math.max(0, count - 1)) } },
      [],
    ];
  if (cmd === 'back') return [{ ...m, screen: m.from === 'related' ? 'list' : m.from }, []];
  if (cmd === 'help') return [{ ...m, help: { open: true, scroll: 0 } }, []];
  if (cmd !== 'open') return [m, []];
  const hit = r.hits?.[r.cursor];
  if (!hit) return [m, []];
  if (hit.date === m.day?.date) {
    const p = papersOf(m).find((x) => x.id === hit.id);
    if (p) return open({ ...m, screen: 'list', from: 'list' }, p, ctx);
  }
  return [
    { ...m, screen: 'list', loading: true },
    [{ type: 'loadDay', date: hit.date, open: hit.id }],
  ];
}

type TriageMsg = Extract<Msg, { type: 'forYouRanked' | 'follows' | 'relatedResult' }>;

export function triageMessage(m: Model, msg: TriageMsg, ctx: Ctx): Result {
  switch (msg.type) {
    case 'forYouRanked': {
      const { order, why, note } = msg.result;
      const forYou = {
        date: msg.date,
        order: new Map(order.map((id, i) => [id, i])),
        why: new Map(Object.entries(why)),
        note,
      };
      const first = !m.forYou || m.forYou.date !== msg.date;
      const next = keepSelection(m, { ...m, forYou }, ctx.flags);
      // The best paper first when the order first arrives (unless the reader had moved, or
      // resumed on a paper); later re-ranks keep the cursor on its paper.
      return first ? say(m.cursor === 0 ? { ...next, cursor: 0 } : next, note) : [next, []];
    }
    case 'follows': {
      // Counts of the old follows would mislead: dropped, counted again as the days view opens.
      const next = { ...m, follows: msg.list, followedCounts: undefined };
      return msg.said ? say(next, msg.said) : [next, []];
    }
    case 'relatedResult': {
      if (m.screen !== 'related') return [m, []];
      return [{ ...m, related: { ...m.related, hits: msg.hits, cursor: 0 } }, []];
    }
  }
}
