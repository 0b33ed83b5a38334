import { useInput } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { matchCommand, toChord, type Command, type Keymap } from '../core/keymap.js';

const TEXT_COMMANDS: ReadonlySet<Command> = new Set(['filter', 'search']);

/** Names a single character the way Ink names a key press. */
function charChord(c: string): string {
  if (c === '\r' || c === '\n') return 'return';
  if (c === '\t') return 'tab';
  const code = c.charCodeAt(0);
  if (code > 0 && code < 27) return `ctrl+${String.fromCharCode(code + 96)}`;
  return c;
}

/**
 * The one place the reader reads keys. Chords become commands through the keymap; while a
 * text input has focus only navigation and Esc/Enter are taken, so letters reach the input.
 *
 * Keys typed faster than a frame (or sent by tmux) arrive as one chunk such as "jj\r":
 * each character is its own key, and after `/` the rest of the chunk is filter text.
 */
export function useCommands(
  keymap: Keymap,
  onCommand: (command: Command) => void,
  onText: (command: Command, text: string) => void,
  textFocused: boolean,
): void {
  // The handler reads the latest props through a ref, so a key that arrives before React
  // re-subscribes the listener still sees the current state.
  const latest = useRef({ keymap, onCommand, onText, textFocused });
  useLayoutEffect(() => {
    latest.current = { keymap, onCommand, onText, textFocused };
  });
  useInput((input, key) => {
    const { keymap: km, onCommand: run, textFocused: focused } = latest.current;
    if (focused) {
      if (key.escape) run('back');
      else if (key.upArrow) run('up');
      else if (key.downArrow) run('down');
      else if (key.pageUp) run('pageUp');
      else if (key.pageDown) run('pageDown');
      else if (key.ctrl && input === 'c') run('quit');
      return;
    }
    const plain = input.length > 1 && !key.ctrl && !key.meta && !key.escape;
    if (!plain) {
      const command = matchCommand(km, toChord(input, key));
      if (command) run(command);
      return;
    }
    runChunk([...input], latest);
  });
}

/**
 * Runs the keys of a chunk one at a time, letting React render between them so that e.g.
 * "jj\r" opens the row the cursor reached, not the row it started on.
 */
function runChunk(
  chars: string[],
  latest: {
    current: {
      keymap: Keymap;
      onCommand: (c: Command) => void;
      onText: (c: Command, t: string) => void;
    };
  },
): void {
  const [first, ...rest] = chars;
  if (first === undefined) return;
  const { keymap, onCommand, onText } = latest.current;
  const command = matchCommand(keymap, charChord(first));
  if (command) onCommand(command);
  if (command && TEXT_COMMANDS.has(command)) {
    if (rest.length) setTimeout(() => latest.current.onText(command, rest.join('')), 0);
    void onText;
    return;
  }
  // React renders the state change in a scheduler task (setImmediate in Node); a timer runs
  // after it, so the next key sees the new state.
  if (rest.length) setTimeout(() => runChunk(rest, latest), 0);
}
