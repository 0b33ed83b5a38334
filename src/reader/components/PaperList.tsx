import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useListWindow } from '../hooks/use-list-window.js';
import type { Row } from '../../domain/list-view.js';
import type { FlagSnapshot } from '../flags.js';
import { PaperRow } from './PaperRow.js';
import { tldrLine } from '../../triage/tldr.js';

export interface PaperListProps {
  rows: Row[];
  cursor: number;
  height: number;
  width: number;
  flags: FlagSnapshot;
  emptyText: string;
  showDates?: boolean;
  /** Ids to mark as followed. */
  followed?: ReadonlySet<string>;
  /** Two-line rows with each paper's one-line summary. */
  tldr?: boolean;
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
  followed,
  tldr,
}: PaperListProps) {
  const lines = tldr ? 2 : 1;
  const { start, end } = useListWindow(
    rows.length,
    cursor,
    Math.max(1, Math.floor(height / lines)),
  );
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
          followed={followed?.has(row.paper.id)}
          tldr={tldr ? tldrLine(row.paper, Math.max(10, width - 6)) : undefined}
          tier={row.tier}
        />
      ))}
    </Box>
  );
}
