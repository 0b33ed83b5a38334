import { Box, Text } from 'ink';
import { sanitizeLine } from '../core/sanitize.js';

export interface StatusBarProps {
  width: number;
  left: string[];
  message?: { text: string; kind: 'info' | 'error' };
  spinner?: string;
}

/** One line: facts about the view on the left, the latest message or `? help` on the right. */
export function StatusBar({ width, left, message, spinner }: StatusBarProps) {
  const right = message ? sanitizeLine(message.text) : '? help';
  return (
    <Box width={width} height={1}>
      <Box flexGrow={1} flexShrink={1}>
        <Text wrap="truncate-end" inverse>
          {` ${spinner ? `${spinner} ` : ''}${left.join(' · ')} `}
        </Text>
      </Box>
      <Box flexShrink={2} marginLeft={1}>
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
