// Keys while help is open: scroll it, close it, or quit.
import type { KeyPress } from './keys/parse.js';
import { matchCommand } from '../domain/keymap.js';
import type { Model } from './model.js';
import { helpMaxScroll } from './help-layout.js';
import { layout, pageSize } from './selectors.js';
import { clamp, type Ctx, type Result, moveDelta } from './update-util.js';

export function helpKey(m: Model, key: KeyPress, ctx: Ctx): Result {
  const cmd = matchCommand(ctx.keymap, key.chord);
  if (cmd === 'quit') return [{ ...m, quitting: true, queue: [] }, [{ type: 'quit' }]];
  if (cmd === 'help' || cmd === 'back') return [{ ...m, help: { open: false, scroll: 0 } }, []];
  const delta = cmd ? moveDelta(cmd, pageSize(m)) : undefined;
  if (delta === undefined) return [m, []];
  const max = helpMaxScroll(ctx.bindings, m.size.columns, layout(m).main);
  return [{ ...m, help: { open: true, scroll: clamp(m.help.scroll + delta, 0, max) } }, []];
}
