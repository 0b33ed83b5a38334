// Build-time stand-in for node-emoji: the reader turns marked-terminal's emoji option off, so
// its 275 kB table is never used.
export function get() {
  return undefined;
}
