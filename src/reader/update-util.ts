// Small pieces every part of the update uses.
import type { Command } from '../domain/keymap.js';
import type { Effect } from './effects.js';
import type { FlagSnapshot } from './flags.js';
import type { Binding, Keymap } from '../domain/keymap.js';
import type { Model } from './model.js';
import { rows, selected } from './selectors.js';

export interface Ctx {
  flags: FlagSnapshot;
  keymap: Keymap;
  bindings: readonly Binding[];
}

export type Result = [Model, Effect[]];

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** How long a status message stays: long enough to read, short enough not to go stale. */
const STATUS_MS = { info: 4000, error: 8000 };

/** Shows a one-line message in the status bar that clears itself. */
export function say(m: Model, text: string, kind: 'info' | 'error' = 'info'): Result {
  const id = m.seq;
  return [
    { ...m, seq: id + 1, status: { text, kind, id } },
    [{ type: 'expireStatus', id, ms: STATUS_MS[kind] }],
  ];
}

/** Adds effects to a result. */
export const and = ([m, fx]: Result, ...more: Effect[]): Result => [m, [...fx, ...more]];

/**
 * `next` with the cursor on the paper selected in `prev`, when that paper is still shown:
 * a filter or sort change must not move the reader to another paper.
 */
export function keepSelection(prev: Model, next: Model, flags: FlagSnapshot): Model {
  const id = selected(prev, flags)?.id;
  const after = rows(next, flags);
  const i = id === undefined ? -1 : after.findIndex((r) => r.paper.id === id);
  return { ...next, cursor: i >= 0 ? i : clamp(prev.cursor, 0, Math.max(0, after.length - 1)) };
}

/** Rows a movement command moves by on any screen; undefined for other commands. */
export function moveDelta(cmd: Command, page: number): number | undefined {
  if (cmd === 'up') return -1;
  if (cmd === 'down') return 1;
  if (cmd === 'pageUp') return -page;
  if (cmd === 'pageDown') return page;
  if (cmd === 'top') return -Infinity;
  if (cmd === 'bottom') return Infinity;
  return undefined;
}
