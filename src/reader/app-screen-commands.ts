// Commands on the days view and the cross-day search screen.
import { info, moveDelta, type CommandContext } from './app-commands.js';
import type { Command } from './keys/keymap.js';

export async function nextUnreadDay(c: CommandContext): Promise<void> {
  const summaries = (await c.services.summarizeDays?.()) ?? [];
  const current = c.state.day?.date ?? '';
  const later = summaries.filter((d) => d.unread > 0 && d.date !== current);
  const pick = later.find((d) => d.date > current) ?? later[0];
  if (pick) c.goToDay(pick.date);
  else info(c.dispatch, 'every cached day is read');
}

export function runDaysCommand(cmd: Command, c: CommandContext): void {
  const { dispatch, state } = c;
  const delta = moveDelta(cmd, c.pageSize);
  if (delta !== undefined) return dispatch({ type: 'daysMove', delta });
  switch (cmd) {
    case 'top':
      return dispatch({ type: 'daysMove', delta: -state.days.length });
    case 'bottom':
      return dispatch({ type: 'daysMove', delta: state.days.length });
    case 'open': {
      const date = state.days[state.daysCursor];
      if (date) c.goToDay(date);
      return;
    }
    case 'nextUnreadDay':
      return void nextUnreadDay(c);
    case 'back':
    case 'days':
      return dispatch({ type: 'back' });
    case 'search':
      return dispatch({ type: 'showSearch' });
    default:
      return;
  }
}

export function runSearchCommand(cmd: Command, c: CommandContext): void {
  const { dispatch, state } = c;
  const delta = moveDelta(cmd, c.pageSize);
  if (delta !== undefined) return dispatch({ type: 'searchMove', delta, count: c.searchCount });
  switch (cmd) {
    case 'open':
      return c.openSearchHit();
    case 'filter':
      return dispatch({ type: 'searchFocus', focused: true });
    case 'back':
      if (state.search.focused) return dispatch({ type: 'searchFocus', focused: false });
      return dispatch({ type: 'back' });
    default:
      return;
  }
}
