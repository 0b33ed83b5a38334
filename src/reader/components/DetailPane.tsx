import { Box, Text } from 'ink';

export interface DetailPaneProps {
  lines: string[];
  scroll: number;
  height: number;
  width: number;
}

/** A window onto pre-rendered, pre-wrapped lines: never taller than `height`. */
export function DetailPane({ lines, scroll, height, width }: DetailPaneProps) {
  const visible = lines.slice(scroll, scroll + height);
  const more = lines.length - scroll - height;
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {visible.map((line, i) =>
        i === height - 1 && more > 0 ? (
          <Text key={i} dimColor>
            {`  ↓ ${more} more line${more === 1 ? '' : 's'}`}
          </Text>
        ) : (
          <Text key={i} wrap="truncate-end">
            {line || ' '}
          </Text>
        ),
      )}
    </Box>
  );
}
