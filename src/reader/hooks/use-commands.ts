import { useInput, type Key } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { matchCommand, toChord, type Command, type Keymap } from '../keys/keymap.js';

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
  // Keys of a chunk still to run, and how many renders React has committed so far.
  const queue = useRef<string[]>([]);
  const commits = useRef(0);
  const waiting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The text command run last whose input may not be listening yet.
  const opening = useRef<Command | undefined>(undefined);

  const run = (command: Command) => {
    latest.current.onCommand(command);
    opening.current = TEXT_COMMANDS.has(command) ? command : undefined;
  };

  // Runs one queued key, then waits for React to commit what it changed before the next:
  // "jj\r" must open the row the cursor reached, not the row it started on. A key that
  // changes nothing causes no commit, so a timer moves on after a while.
  const step = (): void => {
    clearTimeout(waiting.current);
    waiting.current = undefined;
    const first = queue.current.shift();
    if (first === undefined) return;
    const command = matchCommand(latest.current.keymap, charChord(first));
    if (command) run(command);
    if (command && TEXT_COMMANDS.has(command)) {
      const rest = queue.current.splice(0).join('');
      if (rest) latest.current.onText(command, rest);
      return;
    }
    if (queue.current.length === 0) return;
    const before = commits.current;
    waiting.current = setTimeout(() => {
      if (commits.current === before) step();
    }, 50);
  };

  useLayoutEffect(() => {
    latest.current = { keymap, onCommand, onText, textFocused, textReady };
    commits.current++;
    // After the commit, not inside it: the next key then sees this render's state.
    if (waiting.current !== undefined) {
      clearTimeout(waiting.current);
      waiting.current = setTimeout(step, 0);
    }
  });
  useInput((input: string, key: Key) => {
    const { keymap: km, textFocused: focused, textReady: ready } = latest.current;
    if (opening.current && ready()) opening.current = undefined;
    if (opening.current || (focused && !ready())) {
      if (key.escape || key.return || key.ctrl || key.upArrow || key.downArrow) {
        opening.current = undefined;
      } else if (input || key.backspace || key.delete) {
        // A Backspace goes in as text too: the reader applies it (typedText).
        latest.current.onText(opening.current, input || '\x7f');
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
      queue.current.push(...input);
      if (waiting.current === undefined) step();
      return;
    }
    const command = matchCommand(km, toChord(input, key));
    if (command) run(command);
  });
}
