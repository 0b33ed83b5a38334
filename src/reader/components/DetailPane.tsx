import { Box, Text } from 'ink';
import type { LinePart } from '../select-search.js';

export interface DetailPaneProps {
  /** Each line as text, or split into parts whose hits (matched words) are highlighted. */
  lines: readonly (string | readonly LinePart[])[];
  scroll: number;
  height: number;
  width: number;
}

/** A line's parts: hits drawn in reverse video, which keeps the renderer's own colours. */
function LineText({ line }: { line: string | readonly LinePart[] }) {
  if (typeof line === 'string') return <Text wrap="truncate-end">{line || ' '}</Text>;
  if (line.length === 1 && !line[0]!.hit)
    return <Text wrap="truncate-end">{line[0]!.text || ' '}</Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((p, i) =>
        p.hit ? (
          <Text key={i} inverse>
            {p.text}
          </Text>
        ) : (
          p.text
        ),
      )}
    </Text>
  );
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
          <LineText key={i} line={line} />
        ),
      )}
    </Box>
  );
}
