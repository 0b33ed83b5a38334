import { Box, Text } from 'ink';
import type { TextState } from '../input/text-input.js';
import { displayWidth } from '../../text/width.js';
import { sanitizeLine } from '../../text/sanitize.js';

export interface TextFieldProps {
  label: string;
  text: TextState;
  focused: boolean;
  width: number;
  /** Dim text at the right end, e.g. "13 match · 55 similar". */
  count: string;
}

/** The part of `value` around `cursor` that fits `room` columns, cursor kept in view. */
function windowAround(value: string, cursor: number, room: number) {
  let start = 0;
  // Drop characters from the left until what precedes the cursor (and the cursor) fits.
  while (start < cursor && displayWidth(value.slice(start, cursor)) + 1 > room) {
    start += value.codePointAt(start)! > 0xffff ? 2 : 1;
  }
  return { before: value.slice(start, cursor), rest: value.slice(cursor) };
}

/** One line: label, the text with its cursor, and a count. The value and cursor live in the
 *  reader's model; this only draws them. */
export function TextField({ label, text, focused, width, count }: TextFieldProps) {
  const room = Math.max(1, width - displayWidth(label) - displayWidth(count) - 1);
  const { before, rest } = windowAround(text.value, text.cursor, room);
  const under = rest ? String.fromCodePoint(rest.codePointAt(0)!) : ' ';
  const after = rest.slice(under.length);
  return (
    <Box width={width} height={1}>
      <Text color="cyan">{label}</Text>
      <Box flexGrow={1}>
        <Text wrap="truncate-end">
          {sanitizeLine(before)}
          {focused ? <Text inverse>{sanitizeLine(under)}</Text> : sanitizeLine(rest ? under : '')}
          {sanitizeLine(after)}
        </Text>
      </Box>
      <Text dimColor>{count}</Text>
    </Box>
  );
}
