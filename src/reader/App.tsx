import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { runCommand } from './app-commands.js';
import type { Binding, Keymap } from './keys/keymap.js';
import { filterPapers } from '../search/engine/filter.js';
import { reducer, type ReaderState } from './model.js';
import { SORT_LABEL, unreadCount, visibleRows } from '../domain/list-view.js';
import { useCommands } from './hooks/use-commands.js';
import { useDetailLines } from './hooks/use-detail-lines.js';
import { useDaySummaries, useGoToDay, useSearchHits } from './hooks/use-library.js';
import { useSpinner } from './hooks/use-spinner.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Services } from './services.js';
import { DaysView } from './components/DaysView.js';
import { DetailPane } from './components/DetailPane.js';
import { FilterBar } from './components/FilterBar.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { PaperList } from './components/PaperList.js';
import { SearchResults } from './components/SearchResults.js';
import { StatusBar } from './components/StatusBar.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** At this width the list and a live preview sit side by side. */
export const SPLIT_COLUMNS = 140;

export interface AppProps {
  services: Services;
  initial: ReaderState;
  keymap: Keymap;
  bindings: Binding[];
  /** Shown when the reader runs on the bundled sample. */
  sampleNote?: string;
  /** Refresh the shown day in the background once the first frame is up. */
  refreshOnStart?: boolean;
  /** Warnings raised while the reader runs (e.g. a day file moved aside), without the
   *  "papers: warning:" prefix, go to the status bar. */
  subscribeWarnings?: (listener: (message: string) => void) => () => void;
  /** Called once the user quits, after state is flushed. */
  onQuit?: () => void;
}

export function App({
  services,
  initial,
  keymap,
  bindings,
  sampleNote,
  refreshOnStart,
  subscribeWarnings,
  onQuit,
}: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, initial);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const size = useTerminalSize();
  const spinner = useSpinner(state.refreshing);
  const flags = services.flags;

  const papers = useMemo(() => state.day?.papers ?? [], [state.day]);
  // Lower-cased fields are prepared once per paper, when the user first filters its day.
  const matches = useMemo(
    () => filterPapers(papers, state.view.filter),
    [papers, state.view.filter],
  );
  // Derived once per change of what they read, not on every frame: moving the selection in a
  // long list must not re-walk it, and unchanged rows keep their identity for PaperRow's memo.
  const flagsVersion = flags.version;
  const rows = useMemo(
    () => visibleRows(papers, matches, state.view, flags),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flags mutate; their version ticks
    [papers, matches, state.view, flags, flagsVersion],
  );
  const unread = useMemo(
    () => unreadCount(papers, flags),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
    [papers, flags, flagsVersion],
  );

  const wide = size.columns >= SPLIT_COLUMNS;
  const showFilter = state.filterFocused || state.view.filter !== '';
  const banner = state.banner ?? (state.sample ? sampleNote : undefined);
  const height = Math.max(1, size.rows - 1);
  const mainHeight = Math.max(
    1,
    height - 1 - (showFilter && state.screen !== 'search' ? 1 : 0) - (banner ? 1 : 0),
  );
  const listWidth = wide ? Math.floor(size.columns * 0.45) : size.columns;
  const detailWidth = wide ? size.columns - listWidth - 1 : size.columns;

  const selected = rows[Math.min(state.cursor, rows.length - 1)]?.paper;
  const openPaper = state.openId ? papers.find((p) => p.id === state.openId) : undefined;
  const shown = state.screen === 'detail' ? openPaper : wide ? selected : undefined;
  const lines = useDetailLines(
    shown,
    detailWidth - 1,
    state.showTranslation,
    services.loadRenderer,
  );
  const detailMax = Math.max(0, lines.length - mainHeight);

  const goToDay = useGoToDay(services, dispatch);
  const summaries = useDaySummaries(services, state.screen, flags.version);
  const search = useSearchHits(services, state.screen === 'search', state.search.query);
  const searchHits = search.hits;

  const quit = useCallback(() => {
    flags
      .flush()
      .catch(() => {})
      .finally(() => {
        onQuit?.();
        exit();
      });
  }, [flags, exit, onQuit]);

  const onCommand = (cmd: Parameters<typeof runCommand>[0]) =>
    runCommand(cmd, {
      state,
      dispatch,
      services,
      rows,
      current: state.screen === 'detail' ? openPaper : selected,
      pageSize: Math.max(1, mainHeight - 1),
      detailMax,
      listActive: state.screen === 'list',
      goToDay,
      quit,
      rerender,
      searchCount: searchHits?.length ?? 0,
      openSearchHit: () => {
        const hit = searchHits?.[state.search.cursor];
        if (!hit) return;
        goToDay(hit.date, () => {
          dispatch({ type: 'open', id: hit.id });
          if (!flags.has('read', hit.id)) void flags.set('read', [hit.id], true).then(rerender);
        });
      },
    });
  useEffect(
    () =>
      subscribeWarnings?.((text) =>
        dispatch({
          type: 'status',
          message: { text, kind: 'error' },
        }),
      ),
    [subscribeWarnings],
  );
  const startRefresh = useRef(refreshOnStart);
  useEffect(() => {
    if (!startRefresh.current) return;
    // On a timer, so loading the network code never holds back the first frame's output.
    const timer = setTimeout(() => {
      startRefresh.current = false;
      onCommand('refresh');
    }, 0);
    return () => clearTimeout(timer);
  });
  const textFocused = state.filterFocused || (state.screen === 'search' && state.search.focused);
  // Appends typed text to whichever input has focus (or the one a command just opened).
  const onText = (cmd: Parameters<typeof runCommand>[0] | undefined, text: string) =>
    dispatch({
      type: 'appendText',
      target:
        cmd === 'search' || (cmd === undefined && state.screen === 'search') ? 'search' : 'filter',
      text,
    });
  const textReady = useRef(false);
  const onTextReady = useCallback((ready: boolean) => {
    textReady.current = ready;
  }, []);
  useCommands(keymap, onCommand, onText, textFocused, () => textReady.current);

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return (
      <Box height={Math.max(1, size.rows - 1)}>
        <Text wrap="truncate-end">{`terminal too small (need ${MIN_COLUMNS}×${MIN_ROWS})`}</Text>
      </Box>
    );
  }

  const statusLeft = [
    state.day?.date ?? 'no day',
    `${rows.length}/${papers.length}`,
    `${unread} unread`,
    state.sample ? 'sample' : (state.day?.sources.join('+') ?? ''),
    `sort: ${SORT_LABEL[state.view.sort]}`,
    ...(state.view.filter ? [`filter: ${state.view.filter}`] : []),
    ...(state.view.unreadOnly ? ['unread only'] : []),
    ...(state.view.starredOnly ? ['starred only'] : []),
    ...(state.view.hasCode ? ['has code'] : []),
    ...(state.view.minUpvotes ? [`▲≥${state.view.minUpvotes}`] : []),
    ...(state.loading ? ['loading…'] : []),
  ].filter(Boolean);

  const list = (
    <PaperList
      rows={rows}
      cursor={Math.min(state.cursor, Math.max(0, rows.length - 1))}
      height={mainHeight}
      width={listWidth}
      flags={flags}
      emptyText={
        papers.length ? '  no papers match (Esc clears the filter)' : '  no papers on this day'
      }
    />
  );
  const detail = (
    <DetailPane
      lines={lines}
      scroll={state.screen === 'detail' ? state.detailScroll : 0}
      height={mainHeight}
      width={detailWidth}
    />
  );

  let main;
  if (state.helpOpen)
    main = <HelpOverlay bindings={bindings} height={mainHeight} width={size.columns} />;
  else if (state.screen === 'days')
    main = (
      <DaysView
        days={state.days}
        summaries={summaries}
        cursor={state.daysCursor}
        current={state.day?.date}
        height={mainHeight}
        width={size.columns}
      />
    );
  else if (state.screen === 'search')
    main = (
      <Box flexDirection="column">
        <FilterBar
          label="search all days: "
          value={state.search.query}
          focused={state.search.focused}
          width={size.columns}
          count={searchHits ? ` ${searchHits.length} found` : ''}
          onReady={onTextReady}
          onChange={(text) => dispatch({ type: 'setSearch', text })}
          // Enter opens the highlighted hit straight away, as in fzf.
          onSubmit={() => onCommand('open')}
        />
        <SearchResults
          hits={searchHits}
          cursor={state.search.cursor}
          height={mainHeight - 1}
          width={size.columns}
          pending={search.pending}
        />
      </Box>
    );
  else if (wide)
    main = (
      <Box>
        {list}
        <Box width={1} height={mainHeight} flexShrink={0}>
          <Text dimColor>{'│\n'.repeat(mainHeight).trimEnd()}</Text>
        </Box>
        {detail}
      </Box>
    );
  else main = state.screen === 'detail' ? detail : list;

  return (
    <Box flexDirection="column" width={size.columns} height={height}>
      {banner ? (
        <Text color="yellow" wrap="truncate-end">
          {banner}
        </Text>
      ) : null}
      {main}
      {showFilter && state.screen !== 'search' ? (
        <FilterBar
          label="/"
          value={state.view.filter}
          focused={state.filterFocused}
          width={size.columns}
          count={` ${rows.length}/${papers.length}`}
          onReady={onTextReady}
          onChange={(text) => dispatch({ type: 'setFilter', text })}
          onSubmit={() => dispatch({ type: 'blurFilter', keep: true })}
        />
      ) : null}
      <StatusBar width={size.columns} left={statusLeft} message={state.status} spinner={spinner} />
    </Box>
  );
}
