import { Box, Text } from 'ink';
import { useListWindow } from '../hooks/use-list-window.js';
import type { DaySummary } from '../services.js';
import { sanitizeLine } from '../../text/sanitize.js';

export interface DaysViewProps {
  days: string[];
  summaries: ReadonlyMap<string, DaySummary> | undefined;
  /** Papers matching a follow per day: a column when given (only once something is followed). */
  followed?: ReadonlyMap<string, number>;
  cursor: number;
  current: string | undefined;
  height: number;
  width: number;
  /** Days recorded without papers, shown dim. */
  empty?: ReadonlySet<string>;
}

/** The cached days (all, or those the filter names), newest last like the `[`/`]` order,
 *  with their counts. */
export function DaysView({
  days,
  summaries,
  followed,
  cursor,
  current,
  height,
  width,
  empty,
}: DaysViewProps) {
  const bodyHeight = Math.max(1, height - 1);
  const { start, end } = useListWindow(days.length, cursor, bodyHeight);
  if (days.length === 0)
    return (
      <Box height={height} width={width}>
        <Text dimColor>{'  no day matches (Esc clears the filter)'}</Text>
      </Box>
    );
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text
        bold
      >{`  day         total  unread  starred  ${followed ? 'followed  ' : ''}source`}</Text>
      {days.slice(start, end).map((date, i) => {
        const s = summaries?.get(date);
        const selected = start + i === cursor;
        const follow = followed ? `${String(followed.get(date) ?? 0).padStart(8)}  ` : '';
        const cells = s
          ? `${String(s.total).padStart(5)}  ${String(s.unread).padStart(6)}  ${String(s.starred).padStart(7)}  ${follow}${sanitizeLine(s.sources.join(', '))}`
          : '    …';
        return (
          <Text
            key={date}
            inverse={selected}
            bold={s ? s.unread > 0 : false}
            dimColor={empty?.has(date)}
            wrap="truncate-end"
          >
            {/* Sources and the date come from files on disk: untrusted, so cleaned, but each
                on its own: cleaning the whole line would fold the columns' padding. */}
            {`${date === current ? '▸' : ' '} ${sanitizeLine(date)}  ${cells}`}
          </Text>
        );
      })}
    </Box>
  );
}
