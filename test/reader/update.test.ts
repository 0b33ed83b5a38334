import { describe, expect, it } from 'vitest';
import { pageSize, selected, rows } from '../../src/reader/selectors.js';
import { matchedWords } from '../../src/reader/select-search.js';
import { day, paper } from '../helpers/papers.js';
import { Sim } from './update-helpers.js';

const ESC = '\x1b';
const DOWN = '\x1b[B';
const UP = '\x1b[A';
const three = () =>
  day('2026-11-24', [paper(1), paper(2), paper(3, { title: 'Robots that watch video' })]);
const titleAt = (s: Sim) => selected(s.model, s.flags)?.title;

describe('update: keys on the list', () => {
  it('moves and stays inside the list past either end', () => {
    const s = Sim.of([three()]).keys('kkk');
    expect(s.model.cursor).toBe(0);
    s.keys('jjjjjj');
    expect(s.model.cursor).toBe(2);
    s.keys('g');
    expect(s.model.cursor).toBe(0);
    s.keys('G');
    expect(s.model.cursor).toBe(2);
  });

  it('opens the row the cursor reached when j and Enter come in one chunk, and marks it read', () => {
    const s = Sim.of([three()]).keys('j\r');
    expect(s.model.screen).toBe('detail');
    expect(s.model.openId).toBe('2611.10002');
    expect(s.of('setFlag')).toEqual([
      { type: 'setFlag', flag: 'read', ids: ['2611.10002'], on: true },
    ]);
    s.keys(ESC);
    expect(s.model.screen).toBe('list');
  });

  it('keeps the cursor on the same paper when u, s, f, C or v change the list', () => {
    const d = day('2026-11-24', [
      paper(1, { upvotes: 5 }),
      paper(2, { upvotes: 50, links: { code: 'https://github.com/x/y' } }),
      paper(3, { upvotes: 9 }),
    ]);
    const s = Sim.of([d]).keys('j');
    expect(titleAt(s)).toBe('Synthetic paper number 2');
    for (const k of ['s', 's', 'u', 'C', 'v', 'v', '*', 'f']) {
      s.keys(k);
      expect(titleAt(s), `after ${k}`).toBe('Synthetic paper number 2');
    }
  });

  it('m then u in one chunk: the paper marked read is gone from the unread-only list', () => {
    const s = Sim.of([three()]).keys('mu');
    expect(rows(s.model, s.flags).map((r) => r.paper.id)).toEqual(['2611.10002', '2611.10003']);
  });

  it('n jumps to the next unread paper and says so when none is left', () => {
    const s = Sim.of([three()]);
    s.flags = s.flags.with('read', ['2611.10002'], true);
    s.keys('n');
    expect(s.model.cursor).toBe(2);
    s.flags = s.flags.with('read', ['2611.10001', '2611.10003'], true);
    s.keys('n');
    expect(s.model.status?.text).toBe('no unread papers left on this day');
  });

  it('[ asks for the previous day, and keys typed while it loads run on the new day', () => {
    const a = day('2026-11-23', [paper(7), paper(8)]);
    const s = Sim.of([a, three()]).keys('[j\r');
    expect(s.of('loadDay')).toEqual([{ type: 'loadDay', date: '2026-11-23' }]);
    expect(s.model.queue.map((k) => k.chord)).toEqual(['j', 'return']);
    s.send({ type: 'dayLoaded', day: a, days: ['2026-11-23', '2026-11-24'] });
    expect(s.model.screen).toBe('detail');
    expect(s.model.openId).toBe('2611.10008');
  });

  it('ctrl+c quits at once, even with keys waiting', () => {
    const s = Sim.of([day('2026-11-23', [paper(1)]), three()]).keys('[j', '\x03');
    expect(s.model.quitting).toBe(true);
    expect(s.of('quit')).toHaveLength(1);
  });
});

describe('update: the filter box', () => {
  it('"/", "dynamic", Enter, j, Enter in one chunk: the query is "dynamic", Enter opens', () => {
    const d = day('2026-11-24', [
      paper(1, { title: 'Dynamic scenes' }),
      paper(2, { title: 'Static scenes' }),
      paper(3, { title: 'Dynamic graphs' }),
    ]);
    const s = Sim.of([d]).keys('/dynamic\rj\r');
    expect(s.model.filter.value).toBe('dynamic');
    expect(s.model.screen).toBe('detail');
    expect(s.model.openId).toBe('2611.10003');
  });

  it('Esc Esc in one chunk leaves the filter empty and unfocused', () => {
    const s = Sim.of([three()]).keys('/robot');
    expect(rows(s.model, s.flags)).toHaveLength(1);
    s.keys(ESC + ESC);
    expect(s.model.filter.value).toBe('');
    expect(s.model.filterFocused).toBe(false);
  });

  it('Enter keeps the filter, then Esc clears it and keeps the cursor on the same paper', () => {
    const s = Sim.of([three()]).keys('/robot\r');
    expect(s.model.filterFocused).toBe(false);
    expect(titleAt(s)).toBe('Robots that watch video');
    s.keys(ESC);
    expect(s.model.filter.value).toBe('');
    expect(titleAt(s)).toBe('Robots that watch video');
  });

  it('ctrl+u and ctrl+w edit the filter instead of typing u or w', () => {
    const s = Sim.of([three()]).keys('/video robot', '\x17');
    expect(s.model.filter.value).toBe('video ');
    s.keys('\x15');
    expect(s.model.filter.value).toBe('');
    expect(s.model.filterFocused).toBe(true);
  });

  it('a multi-line paste becomes one line of the query', () => {
    const s = Sim.of([three()]).keys('/', '\x1b[200~robots\nthat\r\nwatch\x1b[201~');
    expect(s.model.filter.value).toBe('robots that watch');
  });
});

describe('update: the search screen', () => {
  const hit = { id: '2611.10008', date: '2026-11-23', title: 'T', authors: [], score: 0 };
  it('S starts empty every time, one Esc closes it, and ↑ recalls the last query', () => {
    const s = Sim.of([three()]).keys('S', 'diffusion');
    expect(s.model.search.input.value).toBe('diffusion');
    expect(s.of('search').at(-1)).toEqual({ type: 'search', query: 'diffusion' });
    s.keys(ESC);
    expect(s.model.screen).toBe('list');
    s.keys('S');
    expect(s.model.screen).toBe('search');
    expect(s.model.search.input.value).toBe('');
    s.keys(UP);
    expect(s.model.search.input.value).toBe('diffusion');
  });

  it('"diffusion", Down, Enter in one chunk opens the second hit once the result is in', () => {
    const other = day('2026-11-23', [paper(7), paper(8)]);
    const s = Sim.of([other, three()]).keys('S', 'diffusion' + DOWN + '\r');
    expect(s.model.queue.map((k) => k.chord)).toEqual(['down', 'return']);
    s.send({ type: 'searchResult', query: 'diffusion', hits: [{ ...hit, id: '2611.10007' }, hit] });
    expect(s.of('loadDay').at(-1)).toEqual({
      type: 'loadDay',
      date: '2026-11-23',
      open: '2611.10008',
    });
    s.send({
      type: 'dayLoaded',
      day: other,
      days: ['2026-11-23', '2026-11-24'],
      open: '2611.10008',
    });
    expect(s.model.screen).toBe('detail');
    expect(s.model.openId).toBe('2611.10008');
  });

  it('a paper opened from the search highlights the words the search matched, until the next paper', () => {
    const other = day('2026-11-23', [paper(7), paper(8, { title: 'Robots that watch video' })]);
    const s = Sim.of([other, three()]).keys('S', 'vidoe robot\r');
    s.send({ type: 'searchResult', query: 'vidoe robot', hits: [hit] });
    s.send({ type: 'dayLoaded', day: other, days: ['2026-11-23', '2026-11-24'], open: hit.id });
    expect(s.model.openId).toBe(hit.id);
    expect(matchedWords(s.model, s.flags)).toEqual(expect.arrayContaining(['video', 'robots']));
    s.keys(ESC, 'k\r');
    expect(s.model.openId).toBe('2611.10007');
    expect(matchedWords(s.model, s.flags)).toEqual([]);
  });

  it('a result for an older query is dropped', () => {
    const s = Sim.of([three()]).keys('S', 'diff');
    s.send({ type: 'searchResult', query: 'dif', hits: [hit] });
    expect(s.model.search.result).toBeUndefined();
  });
});

describe('update: days view, help, status, resize', () => {
  it('/ in the days view filters the days, not the hidden paper list', () => {
    const days = ['2026-10-01', '2026-11-23', '2026-11-24'].map((d) => day(d, [paper(1)]));
    const s = Sim.of(days).keys('D', '/11-2');
    expect(s.model.screen).toBe('days');
    expect(s.model.daysView.filter.value).toBe('11-2');
    expect(s.model.filter.value).toBe('');
    s.keys('\r\r');
    expect(s.of('loadDay').at(-1)).toEqual({ type: 'loadDay', date: '2026-11-23' });
  });

  it('help scrolls when it does not fit and Esc closes it', () => {
    const s = Sim.of([three()]);
    s.send({ type: 'resize', columns: 70, rows: 12 });
    s.keys('?', 'jjj');
    expect(s.model.help.open).toBe(true);
    expect(s.model.help.scroll).toBe(3);
    s.keys(ESC);
    expect(s.model.help.open).toBe(false);
  });

  it('a status message expires, unless a newer one replaced it', () => {
    const s = Sim.of([three()]).keys('m');
    const first = s.model.status!;
    expect(s.of('expireStatus').at(-1)).toMatchObject({ id: first.id });
    s.keys('m');
    s.send({ type: 'statusExpired', id: first.id });
    expect(s.model.status?.text).toContain('marked unread');
    s.send({ type: 'statusExpired', id: s.model.status!.id });
    expect(s.model.status).toBeUndefined();
  });

  it('a terminal too small for the reader only quits', () => {
    const s = Sim.of([three()]);
    s.send({ type: 'resize', columns: 30, rows: 8 });
    s.keys('j\r');
    expect(s.model.cursor).toBe(0);
    s.keys('q');
    expect(s.model.quitting).toBe(true);
  });

  it('a failed refresh keeps the day and says offline in the banner', () => {
    const s = Sim.of([three()]).keys('r');
    expect(s.model.refreshing).toBe(true);
    s.send({
      type: 'refreshed',
      date: '2026-11-24',
      updatedAt: '2026-11-24T08:30:00Z',
      result: { ok: false, offline: true, message: 'no network' },
    });
    expect(s.model.banner).toBe('offline, showing cache from 2026-11-24 08:30 UTC');
    expect(s.model.refreshing).toBe(false);
  });
});

describe('update: mark all read', () => {
  it('M marks every paper the filter shows read, and z puts them back', () => {
    const s = Sim.of([three()]).keys('/synthetic\r', 'M');
    expect(s.of('setFlag').at(-1)).toEqual({
      type: 'setFlag',
      flag: 'read',
      ids: ['2611.10001', '2611.10002'],
      on: true,
    });
    expect(s.flags.has('read', '2611.10003')).toBe(false);
    expect(s.model.status?.text).toBe('marked 2 papers read · z undoes');
    s.keys('z');
    expect(s.flags.has('read', '2611.10001')).toBe(false);
    expect(s.flags.has('read', '2611.10002')).toBe(false);
    s.keys('z');
    expect(s.model.status?.text).toBe('nothing to undo');
  });
});

describe('update: triage', () => {
  const d = () =>
    day('2026-11-24', [
      paper(1, { upvotes: 50 }),
      paper(2, { upvotes: 5, authors: ['Ada Byron', 'Tomas Pfister'] }),
      paper(3, { upvotes: 9 }),
    ]);

  it('s reaches "for you": the day is ranked by the model and the best paper comes first', () => {
    const s = Sim.of([d()]).keys('ssss');
    expect(s.model.view.sort).toBe('for-you');
    expect(s.of('forYou').at(-1)).toMatchObject({ type: 'forYou', date: '2026-11-24' });
    s.send({
      type: 'forYouRanked',
      date: '2026-11-24',
      result: {
        order: ['2611.10003', '2611.10001', '2611.10002'],
        why: { '2611.10003': 'like 3 papers you starred: robots' },
        note: 'for you: learned from 6 starred papers',
      },
    });
    expect(rows(s.model, s.flags).map((r) => r.paper.id)).toEqual([
      '2611.10003',
      '2611.10001',
      '2611.10002',
    ]);
    expect(s.model.status?.text).toBe('for you: learned from 6 starred papers');
    s.keys('\r');
    expect(s.model.screen).toBe('detail');
  });

  it('a star under "for you" asks the model to learn that paper and rank again', () => {
    const s = Sim.of([d()], { sort: 'for-you' }).keys('*');
    expect(
      s
        .of('forYou')
        .at(-1)
        ?.learned.map((p) => p.id),
    ).toEqual(['2611.10001']);
  });

  it('x hides the paper from the list, X shows hidden papers again', () => {
    const s = Sim.of([d()]).keys('x');
    expect(s.flags.has('hidden', '2611.10001')).toBe(true);
    expect(rows(s.model, s.flags).map((r) => r.paper.id)).toEqual(['2611.10002', '2611.10003']);
    s.keys('X');
    expect(rows(s.model, s.flags)).toHaveLength(3);
  });

  it('F on a paper with several authors asks which one, and the digit follows that author', () => {
    const s = Sim.of([d()]).keys('j', 'F');
    expect(s.model.picker?.authors).toEqual(['Ada Byron', 'Tomas Pfister']);
    s.keys('2');
    expect(s.model.picker).toBeUndefined();
    expect(s.of('follow').at(-1)).toEqual({
      type: 'follow',
      kind: 'author',
      value: 'Tomas Pfister',
      on: true,
    });
    s.send({ type: 'follows', list: [{ kind: 'author', value: 'Tomas Pfister' }] });
    s.keys('w');
    expect(rows(s.model, s.flags).map((r) => r.paper.id)).toEqual(['2611.10002']);
  });

  it('R lists related papers; Enter opens one on another day', () => {
    const s = Sim.of([d()]).keys('R');
    expect(s.model.screen).toBe('related');
    expect(s.of('related').at(-1)).toEqual({ type: 'related', id: '2611.10001' });
    const hit = { id: '2611.10009', date: '2026-11-20', title: 'Near', authors: [], score: 0.2 };
    s.send({ type: 'relatedResult', id: '2611.10001', hits: [hit] });
    s.keys('\r');
    expect(s.of('loadDay').at(-1)).toEqual({
      type: 'loadDay',
      date: '2026-11-20',
      open: '2611.10009',
    });
  });

  it('T switches to two-line rows: a page holds half as many papers', () => {
    const s = Sim.of([d()]);
    const page = pageSize(s.model);
    s.keys('T');
    expect(s.model.tldr).toBe(true);
    expect(pageSize(s.model)).toBeLessThan(page / 2 + 1);
  });

  it('quitting remembers the day, the paper, the sort and the modes', () => {
    const s = Sim.of([d()]).keys('jTu', 'q');
    expect(s.of('quit').at(-1)?.resume).toEqual({
      day: '2026-11-24',
      paperId: '2611.10002',
      sort: 'listed',
      unreadOnly: true,
      tldr: true,
      newestDay: '2026-11-24',
    });
  });
});
