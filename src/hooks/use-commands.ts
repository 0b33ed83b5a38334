import { useInput } from 'ink';
import { matchCommand, toChord, type Command, type Keymap } from '../core/keymap.js';

/**
 * The one place the reader reads keys. Chords become commands through the keymap; while a
 * text input has focus only navigation and Esc/Enter are taken, so letters reach the input.
 */
export function useCommands(
  keymap: Keymap,
  onCommand: (command: Command) => void,
  textFocused: boolean,
): void {
  useInput((input, key) => {
    const chord = toChord(input, key);
    if (textFocused) {
      if (key.escape) onCommand('back');
      else if (key.upArrow) onCommand('up');
      else if (key.downArrow) onCommand('down');
      else if (key.pageUp) onCommand('pageUp');
      else if (key.pageDown) onCommand('pageDown');
      else if (key.ctrl && input === 'c') onCommand('quit');
      return;
    }
    const command = matchCommand(keymap, chord);
    if (command) onCommand(command);
  });
}
