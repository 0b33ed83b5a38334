import { Box, Text } from 'ink';
import { useSyncExternalStore } from 'react';
import { SORT_LABEL } from '../domain/list-view.js';
import { unreadCount } from '../domain/list-view.js';
import type { Binding } from '../domain/keymap.js';
import { useFlags } from './hooks/use-flags.js';
import { useKeys } from './hooks/use-keys.js';
import { useResize } from './hooks/use-resize.js';
import { useSpinner } from './hooks/use-spinner.js';
import type { Program } from './program.js';
import type { FlagStore } from './flags.js';
import * as select from './selectors.js';
import * as selectSearch from './select-search.js';
import { DaysView } from './components/DaysView.js';
import { DetailPane } from './components/DetailPane.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { PaperList } from './components/PaperList.js';
import { SearchResults } from './components/SearchResults.js';
import { StatusBar } from './components/StatusBar.js';
import { TextField } from './components/TextField.js';
import { sanitizeLine } from '../text/sanitize.js';

export interface AppProps {
  program: Program;
  flags: FlagStore;
  bindings: readonly Binding[];
}

/** The reader's view: draws the program's model, nothing else. Keys go to the program. */
export function App({ program, flags: store, bindings }: AppProps) {
  const m = useSyncExternalStore(program.subscribe, program.getModel);
  const flags = useFlags(store);
  useKeys(program);
  useResize(program);
  const spinner = useSpinner(m.refreshing || m.indexing !== undefined);
  const note = selectSearch.indexingNote(m);
  const indexing = note ? { text: note, kind: 'info' as const } : undefined;
  const size = m.size;
  const lay = select.layout(m);

  if (lay.tooSmall) {
    return (
      <Box height={lay.height}>
        <Text wrap="truncate-end">{`terminal too small (need ${select.MIN_COLUMNS}×${select.MIN_ROWS})`}</Text>
      </Box>
    );
  }

  const papers = select.papersOf(m);
  const rows = select.rows(m, flags);
  const statusLeft = [
    m.day?.date ?? 'no day',
    `${rows.length}/${papers.length}`,
    `${unreadCount(papers, flags)} unread`,
    m.sample ? 'sample' : (m.day?.sources.join('+') ?? ''),
    `sort: ${SORT_LABEL[m.view.sort]}`,
    ...(m.filter.value ? [`filter: ${m.filter.value}`] : []),
    ...(m.view.unreadOnly ? ['unread only'] : []),
    ...(m.view.starredOnly ? ['starred only'] : []),
    ...(m.view.hasCode ? ['has code'] : []),
    ...(m.view.minUpvotes ? [`▲≥${m.view.minUpvotes}`] : []),
    ...(m.followedOnly ? ['followed only'] : []),
    ...(m.view.showHidden ? ['hidden shown'] : []),
    ...(m.loading ? ['loading…'] : []),
  ].filter(Boolean);

  const list = (
    <PaperList
      rows={rows}
      cursor={Math.min(m.cursor, Math.max(0, rows.length - 1))}
      height={lay.main}
      width={lay.listWidth}
      flags={flags}
      emptyText={
        papers.length ? '  no papers match (Esc clears the filter)' : '  no papers on this day'
      }
      followed={select.followedIds(m)}
      tldr={m.tldr}
    />
  );
  const detail = (
    <DetailPane
      // Matched words marked, the matched author kept (select-search.ts).
      lines={selectSearch.highlightedDetail(m, flags)}
      scroll={m.screen === 'detail' ? m.detailScroll : 0}
      height={lay.main}
      width={lay.detailWidth}
    />
  );

  let main;
  if (m.help.open)
    main = (
      <HelpOverlay
        bindings={bindings}
        height={lay.main}
        width={size.columns}
        scroll={m.help.scroll}
      />
    );
  else if (m.screen === 'days')
    main = (
      <DaysView
        days={select.visibleDays(m)}
        summaries={m.summaries}
        followed={m.followedCounts}
        cursor={m.daysView.cursor}
        current={m.day?.date}
        empty={m.emptyDays}
        height={lay.main}
        width={size.columns}
      />
    );
  else if (m.screen === 'search') {
    const hits = select.searchHits(m);
    const pending = select.searchPending(m);
    main = (
      <Box flexDirection="column">
        <TextField
          label="search all days: "
          text={m.search.input}
          focused
          width={size.columns}
          count={
            hits && !pending
              ? selectSearch.searchCountLabel(hits, size.columns)
              : pending
                ? ' …'
                : ''
          }
        />
        <SearchResults
          hits={hits}
          cursor={m.search.cursor}
          height={lay.main - 1}
          width={size.columns}
          pending={pending}
          pendingText={selectSearch.indexingNote(m)}
        />
      </Box>
    );
  } else if (m.screen === 'related') {
    main = (
      <Box flexDirection="column">
        <Text bold wrap="truncate-end">
          {`related to: ${sanitizeLine(m.related.title)}`}
        </Text>
        <SearchResults
          hits={m.related.hits}
          cursor={m.related.cursor}
          height={lay.main - 1}
          width={size.columns}
          pending={m.related.hits === undefined}
        />
      </Box>
    );
  } else if (lay.wide)
    main = (
      <Box>
        {list}
        <Box width={1} height={lay.main} flexShrink={0}>
          <Text dimColor>{'│\n'.repeat(lay.main).trimEnd()}</Text>
        </Box>
        {detail}
      </Box>
    );
  else main = m.screen === 'detail' ? detail : list;

  const bar = !lay.filterBar ? null : m.screen === 'days' ? (
    <TextField
      label="/"
      text={m.daysView.filter}
      focused={m.daysView.focused}
      width={size.columns}
      count={` ${select.visibleDays(m).length}/${m.days.length} days`}
    />
  ) : (
    <TextField
      label="/"
      text={m.filter}
      focused={m.filterFocused}
      width={size.columns}
      // "13 match · 55 similar · 164": exact words vs typos (select-search.ts).
      count={selectSearch.filterCountLabel(m, flags)}
    />
  );

  return (
    <Box flexDirection="column" width={size.columns} height={lay.height}>
      {m.banner ? (
        <Text color="yellow" wrap="truncate-end">
          {m.banner}
        </Text>
      ) : null}
      {main}
      {m.help.open ? null : bar}
      {m.picker ? (
        <Text color="cyan" wrap="truncate-end">
          {`follow which author? ${m.picker.authors.map((a, i) => `${i + 1} ${sanitizeLine(a)}`).join('  ')}  (Esc: none)`}
        </Text>
      ) : null}
      <StatusBar
        width={size.columns}
        left={statusLeft}
        message={m.status ?? indexing}
        spinner={spinner}
      />
    </Box>
  );
}
