import { Box, Text } from 'ink';
import { tierOf } from '../../search/engine/score.js';
import type { SearchHit } from '../../search/engine/types.js';
import { rowText } from '../../text/plain.js';
import { useListWindow } from '../hooks/use-list-window.js';

export interface SearchResultsProps {
  hits: SearchHit[] | undefined;
  cursor: number;
  height: number;
  width: number;
  pending: boolean;
  /** What to say while pending (default "searching…"). */
  pendingText?: string;
}

/** A typo (fuzzy-tier) hit: marked "~" before its day, as in the day's list. */
const fuzzy = (h: SearchHit) => (h.tier ?? tierOf(h.score)) === 'fuzzy';

/** Results of a search across every cached day, each with its day. */
export function SearchResults({
  hits,
  cursor,
  height,
  width,
  pending,
  pendingText = 'searching…',
}: SearchResultsProps) {
  const { start, end } = useListWindow(hits?.length ?? 0, cursor, height);
  if (!hits || hits.length === 0) {
    return (
      <Box height={height} width={width}>
        <Text dimColor>
          {pending
            ? pendingText
            : hits
              ? 'no matches in the cache'
              : 'type to search every cached day'}
        </Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {hits.slice(start, end).map((h, i) => (
        <Box key={`${h.date}/${h.id}`} width={width}>
          <Text inverse={start + i === cursor} wrap="truncate-end">
            <Text dimColor>{`${fuzzy(h) ? '~' : ' '}${h.date} `}</Text>
            {rowText(h.title)}
            <Text dimColor>{h.authors[0] ? `  ${rowText(h.authors[0], 100)}` : ''}</Text>
          </Text>
        </Box>
      ))}
    </Box>
  );
}
