// What the in-process figures need from the app, bundled with the CLI's esbuild settings.
export { render } from 'ink';
export { createElement } from 'react';
export { Reader } from '../src/reader/Reader.js';
export { memoryFlagStore } from '../src/reader/flags.js';
export { buildKeymap } from '../src/domain/keymap.js';
export { initialModel } from '../src/reader/model.js';
export { filterPapers } from '../src/search/engine/filter.js';
export { visibleRows } from '../src/domain/list-view.js';
export { SAMPLE_DAYS } from '../src/sample/days.js';
export { DiskDayStore } from '../src/library/day-store.js';
export { LibraryIndex, indexWrittenDay } from '../src/search/disk/library-index.js';
export { runImport } from '../src/commands/import.js';
export { mapDailyPapers } from '../src/sources/hf/map.js';
export { parseQuery } from '../src/search/engine/query.js';
