import { useState } from 'react';
import { visibleWindow } from '../window.js';

/**
 * The visible slice of a long list. The window start is state so that it only moves when
 * the cursor would leave it; it is adjusted during render (React's pattern for state
 * derived from props) so the frame is right the first time.
 */
export function useListWindow(count: number, cursor: number, height: number) {
  const [start, setStart] = useState(0);
  const win = visibleWindow(count, cursor, height, start);
  if (win.start !== start) setStart(win.start);
  return win;
}
