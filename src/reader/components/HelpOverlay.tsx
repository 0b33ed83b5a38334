import { Box, Text } from 'ink';
import { helpPage } from '../help-layout.js';
import type { Binding } from '../../domain/keymap.js';
import { fitWidth } from '../../text/row-layout.js';

/** Drawn from the keymap, so the help screen always matches the keys. Columns fit the width;
 *  what does not fit the height scrolls (↑ ↓ PgUp PgDn). */
export function HelpOverlay({
  bindings,
  height,
  width,
  scroll,
}: {
  bindings: readonly Binding[];
  height: number;
  width: number;
  scroll: number;
}) {
  const body = Math.max(1, height - 1);
  const page = helpPage(bindings, width, body);
  const more = page.rows > body;
  const title = more
    ? `Keys · ↑↓ scroll · Esc or ? closes help · ${scroll + 1}-${Math.min(page.rows, scroll + body)}/${page.rows}`
    : 'Keys · Esc or ? closes help';
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Box height={body}>
        {page.columns.map((lines, c) => (
          <Box key={c} flexDirection="column" width={page.columnWidth} flexShrink={0}>
            {lines.slice(scroll, scroll + body).map((l, i) =>
              l.heading ? (
                <Text key={i} bold color="cyan">
                  {fitWidth(l.text, page.columnWidth - 1)}
                </Text>
              ) : (
                <Text key={i}>
                  <Text color="yellow">{fitWidth(l.key, page.keyWidths[c]!)}</Text>
                  {fitWidth(l.text, Math.max(1, page.columnWidth - page.keyWidths[c]! - 1))}
                </Text>
              ),
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
