// Commands on the days view and the cross-day search screen.
import { info, type CommandContext } from './app-commands.js';
import type { Command } from './core/keymap.js';

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
  switch (cmd) {
    case 'up':
      return dispatch({ type: 'daysMove', delta: -1 });
    case 'down':
      return dispatch({ type: 'daysMove', delta: 1 });
    case 'pageUp':
      return dispatch({ type: 'daysMove', delta: -c.pageSize });
    case 'pageDown':
      return dispatch({ type: 'daysMove', delta: c.pageSize });
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
    case 'help':
      return dispatch({ type: 'toggleHelp' });
    case 'quit':
      return c.quit();
    default:
      return;
  }
}

export function runSearchCommand(cmd: Command, c: CommandContext): void {
  const { dispatch, state } = c;
  switch (cmd) {
    case 'up':
      return dispatch({ type: 'searchMove', delta: -1, count: c.searchCount });
    case 'down':
      return dispatch({ type: 'searchMove', delta: 1, count: c.searchCount });
    case 'pageUp':
      return dispatch({ type: 'searchMove', delta: -c.pageSize, count: c.searchCount });
    case 'pageDown':
      return dispatch({ type: 'searchMove', delta: c.pageSize, count: c.searchCount });
    case 'open':
      return c.openSearchHit();
    case 'filter':
      return dispatch({ type: 'searchFocus', focused: true });
    case 'back':
      if (state.search.focused) return dispatch({ type: 'searchFocus', focused: false });
      return dispatch({ type: 'back' });
    case 'help':
      return dispatch({ type: 'toggleHelp' });
    case 'quit':
      return c.quit();
    default:
      return;
  }
}
