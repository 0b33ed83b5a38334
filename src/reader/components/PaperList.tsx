import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useListWindow } from '../hooks/use-list-window.js';
import type { Row } from '../../domain/list-view.js';
import type { FlagSnapshot } from '../flags.js';
import { PaperRow } from './PaperRow.js';

export interface PaperListProps {
  rows: Row[];
  cursor: number;
  height: number;
  width: number;
  flags: FlagSnapshot;
  emptyText: string;
  showDates?: boolean;
}

/** Renders only the rows that fit; the window follows the cursor. */
export function PaperList({
  rows,
  cursor,
  height,
  width,
  flags,
  emptyText,
  showDates,
}: PaperListProps) {
  const { start, end } = useListWindow(rows.length, cursor, height);
  const authorColumn = useMemo(() => rows.some((r) => r.paper.authors.length > 0), [rows]);
  if (rows.length === 0) {
    return (
      <Box height={height} width={width}>
        <Text dimColor>{emptyText}</Text>
      </Box>
    );
  }
  return (
    // No overflow clipping: rows are fitted to the width and the window to the height.
    <Box flexDirection="column" height={height} width={width}>
      {rows.slice(start, end).map((row, i) => (
        <PaperRow
          key={`${row.paper.date}/${row.paper.id}`}
          paper={row.paper}
          selected={start + i === cursor}
          read={flags.has('read', row.paper.id)}
          starred={flags.has('starred', row.paper.id)}
          titleRanges={row.titleRanges}
          width={width}
          dateLabel={showDates ? row.paper.date : undefined}
          authorColumn={authorColumn}
        />
      ))}
    </Box>
  );
}
