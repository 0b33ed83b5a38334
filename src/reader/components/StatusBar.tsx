import { Box, Text } from 'ink';
import { displayWidth } from '../../text/width.js';
import { fitWidth } from '../../text/row-layout.js';
import { sanitizeLine } from '../../text/sanitize.js';

export interface StatusBarProps {
  width: number;
  left: string[];
  message?: { text: string; kind: 'info' | 'error' };
  spinner?: string;
}

/**
 * One line, never more: facts about the view on the left, the latest message (or `? help`)
 * on the right. A long message takes at most half the line and is cut with an ellipsis.
 */
export function StatusBar({ width, left, message, spinner }: StatusBarProps) {
  const right = message ? sanitizeLine(message.text) : '? help';
  const rightWidth = Math.min(displayWidth(right), Math.max(6, Math.floor(width / 2)));
  const leftWidth = Math.max(1, width - rightWidth - 1);
  const parts = fitParts([spinner ?? '', ...left].filter(Boolean).map(sanitizeLine), leftWidth);
  return (
    <Box width={width} height={1}>
      {/* One text per part: long texts stay ASCII, which Ink measures fast on every frame. */}
      {parts.map((p, i) => (
        <Text key={i} inverse>
          {p}
        </Text>
      ))}
      <Text> </Text>
      <Text
        wrap="truncate-end"
        color={message?.kind === 'error' ? 'red' : message ? 'green' : undefined}
        dimColor={!message}
      >
        {fitWidth(right, rightWidth)}
      </Text>
    </Box>
  );
}

/** The parts with " · " between them, cut to exactly `width` columns. */
function fitParts(items: string[], width: number): string[] {
  const out: string[] = [];
  let used = 0;
  const push = (text: string) => {
    if (used >= width) return;
    const w = displayWidth(text);
    const piece = used + w > width ? fitWidth(text, width - used) : text;
    out.push(piece);
    used += Math.min(w, width - used);
  };
  push(' ');
  items.forEach((item, i) => {
    if (i > 0) push(' · ');
    push(item);
  });
  if (used < width) out.push(' '.repeat(width - used));
  return out;
}
