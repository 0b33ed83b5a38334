// Words of a paper joined across punctuation or spacing: "GPT-4o" holds "gpt4".

/**
 * How many words from `j` on, joined, start with `s` (2 or 3), or 0: "gpt4" runs over
 * "gpt" "4o", "3dgs" over "3d" "gs". The last word may run past `s`; the others may not.
 */
export function joinAt(ws: string[], j: number, s: string): number {
  let at = 0;
  for (let k = j; k < ws.length && k < j + 3; k++) {
    const w = ws[k]!;
    const rest = s.length - at;
    if (k > j && w.length >= rest) return w.startsWith(s.slice(at)) ? k - j + 1 : 0;
    if (w.length >= rest || !s.startsWith(w, at)) return 0;
    at += w.length;
  }
  return 0;
}
