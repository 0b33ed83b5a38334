import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { sanitizeLine } from '../core/sanitize.js';

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
  const rightWidth = Math.min(stringWidth(right), Math.max(6, Math.floor(width / 2)));
  const leftWidth = Math.max(1, width - rightWidth - 1);
  return (
    <Box width={width} height={1} overflow="hidden">
      <Box width={leftWidth} flexShrink={0}>
        <Text wrap="truncate-end" inverse>
          {` ${spinner ? `${spinner} ` : ''}${sanitizeLine(left.join(' · '))} `}
        </Text>
      </Box>
      <Box width={rightWidth} flexShrink={0} marginLeft={1}>
        <Text
          wrap="truncate-end"
          color={message?.kind === 'error' ? 'red' : message ? 'green' : undefined}
          dimColor={!message}
        >
          {right}
        </Text>
      </Box>
    </Box>
  );
}
