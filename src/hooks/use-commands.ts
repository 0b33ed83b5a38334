import { useInput, type Key } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { matchCommand, toChord, type Command, type Keymap } from '../core/keymap.js';

/** Commands that give a text input the focus. */
const TEXT_COMMANDS: ReadonlySet<Command> = new Set(['filter', 'search']);

/** Names a single character the way Ink names a key press. */
function charChord(c: string): string {
  if (c === '\r' || c === '\n') return 'return';
  if (c === '\t') return 'tab';
  const code = c.charCodeAt(0);
  if (code > 0 && code < 27) return `ctrl+${String.fromCharCode(code + 96)}`;
  return c;
}

interface Latest {
  keymap: Keymap;
  onCommand: (command: Command) => void;
  onText: (target: Command | undefined, text: string) => void;
  textFocused: boolean;
  textReady: () => boolean;
}

/**
 * The one place the reader reads keys. Chords become commands through the keymap; while a
 * text input has focus only navigation and Esc/Enter are taken, so letters reach the input.
 *
 * Two timing rules keep fast typing (and tmux, and paste) from losing keys:
 * - keys that arrive as one chunk ("jj\r") run one at a time, with a render between them;
 * - text typed after `/` or `S` but before the input listens is appended to it by hand.
 */
export function useCommands(
  keymap: Keymap,
  onCommand: (command: Command) => void,
  onText: (target: Command | undefined, text: string) => void,
  textFocused: boolean,
  /** False until a focused text input listens to stdin (it subscribes in an effect). */
  textReady: () => boolean,
): void {
  // The handler reads the latest props through a ref: it is subscribed once per render, in
  // an effect, and a key can arrive before that.
  const latest = useRef<Latest>({ keymap, onCommand, onText, textFocused, textReady });
  useLayoutEffect(() => {
    latest.current = { keymap, onCommand, onText, textFocused, textReady };
  });
  // The text command run last whose input may not be listening yet.
  const opening = useRef<Command | undefined>(undefined);

  const run = (command: Command) => {
    latest.current.onCommand(command);
    opening.current = TEXT_COMMANDS.has(command) ? command : undefined;
  };

  const runChunk = (chars: string[]): void => {
    const [first, ...rest] = chars;
    if (first === undefined) return;
    const command = matchCommand(latest.current.keymap, charChord(first));
    if (command) run(command);
    if (command && TEXT_COMMANDS.has(command)) {
      if (rest.length) latest.current.onText(command, rest.join(''));
      return;
    }
    // React renders the state change in a scheduler task (setImmediate in Node); a timer
    // runs after it, so the next key sees the new state.
    if (rest.length) setTimeout(() => runChunk(rest), 0);
  };

  useInput((input: string, key: Key) => {
    const { keymap: km, textFocused: focused, textReady: ready } = latest.current;
    if (opening.current && ready()) opening.current = undefined;
    if (opening.current || (focused && !ready())) {
      if (key.escape || key.return || key.ctrl || key.upArrow || key.downArrow) {
        opening.current = undefined;
      } else if (input) {
        latest.current.onText(opening.current, input);
        return;
      }
    }
    if (focused) {
      if (key.escape) run('back');
      else if (key.upArrow) run('up');
      else if (key.downArrow) run('down');
      else if (key.pageUp) run('pageUp');
      else if (key.pageDown) run('pageDown');
      else if (key.ctrl && input === 'c') run('quit');
      return;
    }
    if (input.length > 1 && !key.ctrl && !key.meta && !key.escape) {
      runChunk([...input]);
      return;
    }
    const command = matchCommand(km, toChord(input, key));
    if (command) run(command);
  });
}
