// The help screen's content and layout, drawn from the key map: pure, so the update knows
// how far help can scroll without a render.
import { TEXT_KEYS } from './input/text-input.js';
import { displayChord, type Binding, type Context } from '../domain/keymap.js';

export interface HelpLine {
  key: string;
  text: string;
  heading?: boolean;
}

const TITLES: Record<Context, string> = {
  global: 'Everywhere',
  list: 'Paper list',
  detail: 'Paper view',
  days: 'Days view',
};

/** Narrower than this, one column; help never draws columns over each other. */
const MIN_COLUMN = 34;
const MAX_KEY = 14;

export function helpLines(bindings: readonly Binding[]): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const context of ['global', 'list', 'detail', 'days'] as Context[]) {
    const group = bindings.filter((b) => b.context === context && b.keys.length > 0);
    if (group.length === 0) continue;
    lines.push({ key: '', text: TITLES[context], heading: true });
    for (const b of group)
      lines.push({ key: b.keys.map(displayChord).join(' '), text: b.description });
  }
  lines.push({ key: '', text: 'Filter (/) and search (S) boxes', heading: true });
  lines.push({ key: 'Enter', text: 'keep the filter / open the result' });
  lines.push({ key: 'Esc', text: 'clear the filter / close search' });
  lines.push({ key: '↑', text: 'recall an earlier search (empty box)' });
  for (const t of TEXT_KEYS) lines.push({ key: t.keys, text: t.description });
  return lines;
}

export interface HelpPage {
  columns: HelpLine[][];
  columnWidth: number;
  /** Per column: as wide as its longest key (capped), so descriptions get the rest. */
  keyWidths: number[];
  /** Rows the columns take; more than the screen has means help scrolls. */
  rows: number;
}

/** Columns that fit `width`: as few as fit `height` rows, as many as the width allows. */
export function helpPage(bindings: readonly Binding[], width: number, height: number): HelpPage {
  const lines = helpLines(bindings);
  const most = Math.max(1, Math.min(3, Math.floor(width / MIN_COLUMN)));
  let count = 1;
  while (count < most && Math.ceil(lines.length / count) > height) count++;
  const perColumn = Math.ceil(lines.length / count);
  const columns = Array.from({ length: count }, (_, c) =>
    lines.slice(c * perColumn, (c + 1) * perColumn),
  );
  const columnWidth = Math.floor(width / count);
  const keyWidths = columns.map(
    (col) => Math.min(MAX_KEY, Math.max(0, ...col.map((l) => (l.heading ? 0 : l.key.length)))) + 1,
  );
  return { columns, columnWidth, keyWidths, rows: perColumn };
}

/** How far help scrolls at this size: the rows that do not fit below its title line. */
export function helpMaxScroll(bindings: readonly Binding[], width: number, height: number): number {
  const body = Math.max(1, height - 1);
  return Math.max(0, helpPage(bindings, width, body).rows - body);
}
