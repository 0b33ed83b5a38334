// Keybindings are data: the reader matches chords against this table and the help screen
// is drawn from it. Users override chords in the config (`keymap.<command>`).

export type Command =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'open'
  | 'back'
  | 'filter'
  | 'prevDay'
  | 'nextDay'
  | 'toggleRead'
  | 'unreadOnly'
  | 'nextUnread'
  | 'toggleStar'
  | 'markAllRead'
  | 'undo'
  | 'hide'
  | 'showHidden'
  | 'tldr'
  | 'follow'
  | 'followedOnly'
  | 'related'
  | 'starredOnly'
  | 'sort'
  | 'hasCode'
  | 'minUpvotes'
  | 'days'
  | 'search'
  | 'nextUnreadDay'
  | 'openPage'
  | 'openPdf'
  | 'openCode'
  | 'copyId'
  | 'copyBibtex'
  | 'language'
  | 'refresh'
  | 'help'
  | 'quit';

export type Context = 'list' | 'detail' | 'days' | 'global';

export interface Binding {
  command: Command;
  keys: string[];
  description: string;
  /** Where the binding applies; the help screen groups by it. */
  context: Context;
}

export const DEFAULT_BINDINGS: readonly Binding[] = [
  { command: 'up', keys: ['up', 'k'], description: 'move up / scroll up', context: 'global' },
  {
    command: 'down',
    keys: ['down', 'j'],
    description: 'move down / scroll down',
    context: 'global',
  },
  { command: 'pageUp', keys: ['pageup', 'ctrl+u'], description: 'page up', context: 'global' },
  {
    command: 'pageDown',
    keys: ['pagedown', 'ctrl+d'],
    description: 'page down',
    context: 'global',
  },
  { command: 'top', keys: ['g', 'home'], description: 'go to top', context: 'global' },
  { command: 'bottom', keys: ['G', 'end'], description: 'go to bottom', context: 'global' },
  {
    command: 'open',
    keys: ['return', 'right', 'l'],
    description: 'open paper / day',
    context: 'global',
  },
  {
    command: 'back',
    keys: ['escape', 'left', 'h'],
    description: 'back / clear filter',
    context: 'global',
  },
  {
    command: 'filter',
    keys: ['/'],
    description: 'fuzzy filter (au: kw: ti: prefixes)',
    context: 'list',
  },
  { command: 'prevDay', keys: ['['], description: 'previous cached day', context: 'list' },
  { command: 'nextDay', keys: [']'], description: 'next cached day', context: 'list' },
  { command: 'toggleRead', keys: ['m'], description: 'toggle read', context: 'global' },
  { command: 'unreadOnly', keys: ['u'], description: 'show unread only', context: 'list' },
  { command: 'nextUnread', keys: ['n'], description: 'next unread paper', context: 'global' },
  { command: 'toggleStar', keys: ['*'], description: 'toggle star', context: 'global' },
  {
    command: 'markAllRead',
    keys: ['M'],
    description: 'mark every paper shown read',
    context: 'list',
  },
  { command: 'undo', keys: ['z'], description: 'undo the last mark-all', context: 'list' },
  {
    command: 'hide',
    keys: ['x'],
    description: 'not interested: hide the paper (again: unhide)',
    context: 'global',
  },
  { command: 'showHidden', keys: ['X'], description: 'show hidden papers', context: 'list' },
  {
    command: 'tldr',
    keys: ['T'],
    description: 'two-line rows with a one-line summary',
    context: 'list',
  },
  {
    command: 'follow',
    keys: ['F'],
    description: 'follow an author of the paper',
    context: 'global',
  },
  { command: 'followedOnly', keys: ['w'], description: 'only papers you follow', context: 'list' },
  {
    command: 'related',
    keys: ['R'],
    description: 'related papers from every day',
    context: 'global',
  },
  { command: 'starredOnly', keys: ['f'], description: 'show starred only', context: 'list' },
  { command: 'sort', keys: ['s'], description: 'cycle sort order', context: 'list' },
  { command: 'hasCode', keys: ['C'], description: 'show papers with code only', context: 'list' },
  { command: 'minUpvotes', keys: ['v'], description: 'cycle minimum upvotes', context: 'list' },
  { command: 'days', keys: ['D'], description: 'days view', context: 'global' },
  { command: 'search', keys: ['S'], description: 'search all days', context: 'global' },
  {
    command: 'nextUnreadDay',
    keys: ['N'],
    description: 'next day with unread papers',
    context: 'global',
  },
  {
    command: 'openPage',
    keys: ['o'],
    description: 'open paper page in browser',
    context: 'global',
  },
  { command: 'openPdf', keys: ['p'], description: 'open PDF in browser', context: 'global' },
  { command: 'openCode', keys: ['c'], description: 'open code repository', context: 'global' },
  { command: 'copyId', keys: ['y'], description: 'copy arXiv id', context: 'global' },
  { command: 'copyBibtex', keys: ['Y'], description: 'copy BibTeX entry', context: 'global' },
  { command: 'language', keys: ['t'], description: 'abstract / translation', context: 'detail' },
  {
    command: 'refresh',
    keys: ['r'],
    description: 'refresh this day from Hugging Face',
    context: 'global',
  },
  { command: 'help', keys: ['?'], description: 'help', context: 'global' },
  { command: 'quit', keys: ['q', 'ctrl+c'], description: 'quit', context: 'global' },
];

export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

/** Turns Ink's (input, key) pair into the chord names used in the table. */
export function toChord(input: string, key: KeyInfo): string | undefined {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return 'tab';
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (key.meta && input) return `meta+${input}`;
  return input.length > 0 ? input : undefined;
}

export type Keymap = ReadonlyMap<string, Command[]>;

/** Applies user overrides (command → chords) and indexes chords for lookup. */
export function buildKeymap(
  overrides: Partial<Record<Command, string[]>> = {},
  bindings: readonly Binding[] = DEFAULT_BINDINGS,
): { keymap: Keymap; bindings: Binding[] } {
  const effective = bindings.map((b) => ({ ...b, keys: overrides[b.command] ?? b.keys }));
  const keymap = new Map<string, Command[]>();
  for (const b of effective) {
    for (const k of b.keys) keymap.set(k, [...(keymap.get(k) ?? []), b.command]);
  }
  return { keymap, bindings: effective };
}

export function isCommand(name: string): name is Command {
  return DEFAULT_BINDINGS.some((b) => b.command === name);
}

export function matchCommand(keymap: Keymap, chord: string | undefined): Command | undefined {
  return chord === undefined ? undefined : keymap.get(chord)?.[0];
}

/** Pretty chord for the help screen and status hints. */
export function displayChord(chord: string): string {
  const names: Record<string, string> = {
    up: '↑',
    down: '↓',
    left: '←',
    right: '→',
    return: 'Enter',
    escape: 'Esc',
    pageup: 'PgUp',
    pagedown: 'PgDn',
    home: 'Home',
    end: 'End',
  };
  return names[chord] ?? chord;
}

const NAMED_KEYS = new Set([
  'up',
  'down',
  'left',
  'right',
  'pageup',
  'pagedown',
  'home',
  'end',
  'return',
  'escape',
  'tab',
]);
/** The chord that always quits, whatever the config says. */
export const ALWAYS_QUIT = 'ctrl+c';

/** A chord toChord can produce from one key press: a key name, one character, ctrl+x, meta+x. */
export function isChord(chord: string): boolean {
  if (NAMED_KEYS.has(chord)) return true;
  const one = (s: string) => [...s].length === 1 && !/[\p{Cc}\p{Cf}\p{Z}]/u.test(s);
  if (chord.startsWith('ctrl+')) {
    const k = chord.slice(5);
    return one(k) && k === k.toLowerCase();
  }
  if (chord.startsWith('meta+')) return one(chord.slice(5));
  return one(chord);
}

const overlaps = (a: Context, b: Context) => a === b || a === 'global' || b === 'global';

/**
 * Why `overrides` (command → chords, as in the config) would lock the user out, or undefined
 * when they are fine: a chord no key press produces, ctrl+c taken from quit, or a chord that
 * two commands of the same screen would share (only the first would ever run).
 */
export function keymapProblem(
  overrides: Partial<Record<Command, string[]>>,
  bindings: readonly Binding[] = DEFAULT_BINDINGS,
): string | undefined {
  for (const [command, keys] of Object.entries(overrides)) {
    if (!isCommand(command)) return `unknown command "${command}"`;
    if (!keys || keys.length === 0) return `${command} needs at least one key`;
    const bad = keys.find((k) => !isChord(k));
    if (bad !== undefined)
      return `"${bad}" is not one key press (use one character, a key name such as pageup, or ctrl+x)`;
    if (command !== 'quit' && keys.includes(ALWAYS_QUIT))
      return `${ALWAYS_QUIT} always quits; it cannot be bound to ${command}`;
  }
  const { bindings: effective } = buildKeymap(overrides, bindings);
  for (const [i, a] of effective.entries()) {
    for (const b of effective.slice(i + 1)) {
      if (!overlaps(a.context, b.context)) continue;
      const shared = a.keys.find((k) => b.keys.includes(k));
      if (shared !== undefined)
        return `"${shared}" would be bound to both ${a.command} and ${b.command}`;
    }
  }
  return undefined;
}
