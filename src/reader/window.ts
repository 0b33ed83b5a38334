/**
 * Which rows of a long list are visible. The window moves only when the cursor would leave
 * it (keeping a small margin, like most pagers), so only `height` rows are ever rendered
 * whatever the list length, and scrolling up does not jump.
 */
export function visibleWindow(
  count: number,
  cursor: number,
  height: number,
  prevStart = 0,
): { start: number; end: number } {
  if (height <= 0 || count === 0) return { start: 0, end: 0 };
  if (count <= height) return { start: 0, end: count };
  const margin = Math.min(2, Math.floor((height - 1) / 2));
  let start = prevStart;
  if (cursor < start + margin) start = cursor - margin;
  if (cursor > start + height - 1 - margin) start = cursor - height + 1 + margin;
  start = Math.max(0, Math.min(start, count - height));
  return { start, end: start + height };
}
