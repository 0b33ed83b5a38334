// What the in-process figures need from the app, bundled with the CLI's esbuild settings.
export { render } from 'ink';
export { createElement } from 'react';
export { App } from '../src/app.js';
export { buildKeymap } from '../src/core/keymap.js';
export { initialState } from '../src/core/state.js';
export { filterPapers } from '../src/core/search.js';
export { visibleRows } from '../src/core/view.js';
export { SAMPLE_DAYS } from '../src/sample/days.js';
export { DiskDayStore } from '../src/store/day-store.js';
export { LibraryIndex, indexWrittenDay } from '../src/store/library-index.js';
export { runImport } from '../src/commands/import.js';
