import { Box, Text } from 'ink';
import { displayChord, type Binding, type Context } from '../keys/keymap.js';

const TITLES: Record<Context, string> = {
  global: 'Everywhere',
  list: 'Paper list',
  detail: 'Paper view',
  days: 'Days view',
};

/** Drawn from the keymap, so the help screen always matches the keys. */
export function HelpOverlay({
  bindings,
  height,
  width,
}: {
  bindings: Binding[];
  height: number;
  width: number;
}) {
  const lines: { key: string; text: string; heading?: boolean }[] = [];
  for (const context of ['global', 'list', 'detail'] as Context[]) {
    const group = bindings.filter((b) => b.context === context && b.keys.length > 0);
    if (group.length === 0) continue;
    lines.push({ key: '', text: TITLES[context], heading: true });
    for (const b of group) {
      lines.push({ key: b.keys.map(displayChord).join(' '), text: b.description });
    }
  }
  // Two columns when they fit the height better.
  const columns = lines.length > height - 2 && width >= 90 ? 2 : 1;
  const perColumn = Math.ceil(lines.length / columns);
  const colWidth = Math.floor(width / columns);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text bold>Keys · Esc or ? closes help</Text>
      <Box>
        {Array.from({ length: columns }, (_, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {lines.slice(c * perColumn, (c + 1) * perColumn).map((l, i) =>
              l.heading ? (
                <Text key={i} bold color="cyan">
                  {l.text}
                </Text>
              ) : (
                <Box key={i}>
                  <Box width={18} flexShrink={0}>
                    <Text color="yellow">{l.key}</Text>
                  </Box>
                  <Text wrap="truncate-end">{l.text}</Text>
                </Box>
              ),
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
