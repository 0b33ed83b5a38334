import { Box, Text } from 'ink';
import { useListWindow } from '../hooks/use-list-window.js';
import type { DaySummary } from '../services.js';

export interface DaysViewProps {
  days: string[];
  summaries: Map<string, DaySummary> | undefined;
  cursor: number;
  current: string | undefined;
  height: number;
  width: number;
}

/** Every cached day, newest last like the `[`/`]` order, with its counts. */
export function DaysView({ days, summaries, cursor, current, height, width }: DaysViewProps) {
  const bodyHeight = Math.max(1, height - 1);
  const { start, end } = useListWindow(days.length, cursor, bodyHeight);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text bold>{'  day          total  unread  starred  source'}</Text>
      {days.slice(start, end).map((date, i) => {
        const s = summaries?.get(date);
        const selected = start + i === cursor;
        const cells = s
          ? `${String(s.total).padStart(5)}  ${String(s.unread).padStart(6)}  ${String(s.starred).padStart(7)}  ${s.sources.join(', ')}`
          : '    …';
        return (
          <Text key={date} inverse={selected} bold={s ? s.unread > 0 : false} wrap="truncate-end">
            {`${date === current ? '▸' : ' '} ${date}  ${cells}`}
          </Text>
        );
      })}
    </Box>
  );
}
