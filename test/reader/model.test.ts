import { describe, expect, it } from 'vitest';
import { initialState, reducer, type ReaderState } from '../../src/reader/model.js';
import { day, paper } from '../helpers/papers.js';

const start = (): ReaderState =>
  initialState({
    days: ['2026-11-23', '2026-11-24'],
    day: day('2026-11-24', [paper(1), paper(2), paper(3)]),
  });

describe('reader reducer', () => {
  it('keeps the cursor inside the list when moving past either end', () => {
    let s = start();
    s = reducer(s, { type: 'move', delta: -5, count: 3 });
    expect(s.cursor).toBe(0);
    s = reducer(s, { type: 'move', delta: 10, count: 3 });
    expect(s.cursor).toBe(2);
  });

  it('opens a paper into the detail view and goes back to the list with Esc', () => {
    let s = reducer(start(), { type: 'open', id: '2611.10002' });
    expect(s.screen).toBe('detail');
    expect(s.openId).toBe('2611.10002');
    s = reducer(s, { type: 'back' });
    expect(s.screen).toBe('list');
  });

  it('Esc while typing a filter clears it; Enter keeps it', () => {
    let s = reducer(start(), { type: 'focusFilter' });
    s = reducer(s, { type: 'setFilter', text: 'diff' });
    const kept = reducer(s, { type: 'blurFilter', keep: true });
    expect(kept.view.filter).toBe('diff');
    expect(kept.filterFocused).toBe(false);
    const cleared = reducer(s, { type: 'back' });
    expect(cleared.view.filter).toBe('');
    expect(cleared.filterFocused).toBe(false);
  });

  it('filter and search text is kept as typed: Backspaces that came as text apply, controls go', () => {
    let s = reducer(start(), { type: 'setFilter', text: 'robotx\x7f' });
    expect(s.view.filter).toBe('robot');
    s = reducer(s, { type: 'appendText', target: 'filter', text: 's \x1b[2J' });
    expect(s.view.filter).toBe('robots ');
    s = reducer(s, { type: 'setSearch', text: 'gpt-4\x7f\x7f\x7f' });
    expect(s.search.query).toBe('gp');
    s = reducer(s, { type: 'appendText', target: 'search', text: 't\x7f\x7fu' });
    expect(s.search.query).toBe('gu');
  });

  it('Esc on the list clears a kept filter', () => {
    let s = reducer(start(), { type: 'setFilter', text: 'x' });
    s = reducer(s, { type: 'blurFilter', keep: true });
    s = reducer(s, { type: 'back' });
    expect(s.view.filter).toBe('');
  });

  it('cycles the sort order through all four orders and back', () => {
    let s = start();
    const seen = [s.view.sort];
    for (let i = 0; i < 4; i++) {
      s = reducer(s, { type: 'cycleSort' });
      seen.push(s.view.sort);
    }
    expect(seen).toEqual(['listed', 'upvotes', 'title', 'published', 'listed']);
  });

  it('clamps detail scrolling to the rendered length', () => {
    let s = reducer(start(), { type: 'open', id: '2611.10001' });
    s = reducer(s, { type: 'scroll', delta: 100, max: 7 });
    expect(s.detailScroll).toBe(7);
    s = reducer(s, { type: 'scroll', delta: -100, max: 7 });
    expect(s.detailScroll).toBe(0);
  });

  it('a refresh of the shown day keeps the cursor; another day resets it', () => {
    let s = reducer(start(), { type: 'move', delta: 2, count: 3 });
    s = reducer(s, {
      type: 'dayLoaded',
      day: day('2026-11-24', [paper(1), paper(2), paper(3), paper(4)]),
    });
    expect(s.cursor).toBe(2);
    s = reducer(s, { type: 'dayLoaded', day: day('2026-11-23', [paper(5)]) });
    expect(s.cursor).toBe(0);
    expect(s.day?.date).toBe('2026-11-23');
  });

  it('help closes with Esc before anything else happens', () => {
    let s = reducer(start(), { type: 'open', id: '2611.10001' });
    s = reducer(s, { type: 'toggleHelp' });
    s = reducer(s, { type: 'back' });
    expect(s.helpOpen).toBe(false);
    expect(s.screen).toBe('detail');
  });
});
