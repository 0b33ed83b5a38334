// Commands on the days view, and opening the search screen.
import type { Command } from '../domain/keymap.js';
import type { Model } from './model.js';
import { EMPTY_TEXT, textOf } from './input/text-input.js';
import { pageSize, visibleDays } from './selectors.js';
import { clamp, type Result, moveDelta } from './update-util.js';

export function daysCommand(m: Model, cmd: Command): Result {
  const days = visibleDays(m);
  const delta = moveDelta(cmd, pageSize(m));
  const dv = m.daysView;
  if (delta !== undefined)
    return [
      {
        ...m,
        daysView: { ...dv, cursor: clamp(dv.cursor + delta, 0, Math.max(0, days.length - 1)) },
      },
      [],
    ];
  switch (cmd) {
    case 'open': {
      const date = days[dv.cursor];
      return date ? [{ ...m, loading: true }, [{ type: 'loadDay', date }]] : [m, []];
    }
    case 'filter':
      return [{ ...m, daysView: { ...dv, focused: true, filter: textOf(dv.filter.value) } }, []];
    case 'back':
    case 'days':
      if (dv.filter.value && cmd === 'back')
        return [
          {
            ...m,
            daysView: {
              ...dv,
              filter: EMPTY_TEXT,
              cursor: Math.max(0, m.days.indexOf(m.day?.date ?? '')),
            },
          },
          [],
        ];
      return [{ ...m, screen: 'list', daysView: { ...dv, filter: EMPTY_TEXT } }, []];
    case 'help':
      return [{ ...m, help: { open: true, scroll: 0 } }, []];
    case 'search':
      return openSearch(m);
    case 'nextUnreadDay':
      return [m, [{ type: 'nextUnreadDay', current: m.day?.date ?? '' }]];
    default:
      return [m, []];
  }
}

export function openSearch(m: Model): Result {
  return [
    {
      ...m,
      screen: 'search',
      search: { ...m.search, input: EMPTY_TEXT, cursor: 0, recall: undefined, result: undefined },
    },
    [{ type: 'prepareSearch' }],
  ];
}
