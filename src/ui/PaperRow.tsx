import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Paper } from '../core/paper.js';
import { sanitizeLine, truncateForDisplay } from '../core/sanitize.js';

export interface PaperRowProps {
  paper: Paper;
  selected: boolean;
  read: boolean;
  starred: boolean;
  titleRanges: [number, number][];
  width: number;
  /** Shown before the title in cross-day lists. */
  dateLabel?: string;
}

function authorLabel(authors: string[]): string {
  if (authors.length === 0) return '';
  const first = sanitizeLine(authors[0]!);
  return authors.length > 1 ? `${first} et al.` : first;
}

/** Splits the title into plain and highlighted segments for the filter's match ranges. */
function segments(title: string, ranges: [number, number][]): { text: string; hit: boolean }[] {
  if (ranges.length === 0) return [{ text: title, hit: false }];
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (b < at) continue;
    const start = Math.max(a, at);
    if (start > at) out.push({ text: title.slice(at, start), hit: false });
    out.push({ text: title.slice(start, b + 1), hit: true });
    at = b + 1;
  }
  if (at < title.length) out.push({ text: title.slice(at), hit: false });
  return out;
}

export const PaperRow = memo(function PaperRow(props: PaperRowProps) {
  const { paper, selected, read, starred, width } = props;
  // Match ranges index the stored title, so it must not be reshaped before slicing.
  const title = truncateForDisplay(sanitizeLine(paper.title), 400);
  const authorWidth = width >= 100 ? 24 : width >= 70 ? 18 : 0;
  const votes = paper.upvotes === undefined ? '' : `▲${paper.upvotes}`;
  const marker = read ? ' ' : '●';
  return (
    <Box width={width} height={1}>
      <Box width={3} flexShrink={0}>
        <Text color={selected ? 'cyan' : 'blue'} bold={selected}>
          {selected ? '›' : ' '}
          {marker}
        </Text>
      </Box>
      <Box width={2} flexShrink={0}>
        <Text color="yellow">{starred ? '★' : ' '}</Text>
      </Box>
      {props.dateLabel ? (
        <Box width={11} flexShrink={0}>
          <Text dimColor>{props.dateLabel}</Text>
        </Box>
      ) : null}
      <Box flexGrow={1} flexShrink={1} minWidth={10}>
        <Text wrap="truncate-end" bold={!read} dimColor={read && !selected} inverse={selected}>
          {segments(title, props.titleRanges).map((s, i) =>
            s.hit ? (
              <Text key={i} color="yellow" underline>
                {s.text}
              </Text>
            ) : (
              s.text
            ),
          )}
        </Text>
      </Box>
      {authorWidth > 0 ? (
        <Box width={authorWidth} flexShrink={0} marginLeft={1}>
          <Text wrap="truncate-end" dimColor>
            {authorLabel(paper.authors)}
          </Text>
        </Box>
      ) : null}
      <Box width={6} flexShrink={0} justifyContent="flex-end">
        <Text color="green">{votes}</Text>
      </Box>
    </Box>
  );
});
