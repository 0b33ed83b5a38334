// Edit distance as people mistype: a swapped pair of neighbouring letters is one edit
// (optimal string alignment, the restricted Damerau-Levenshtein distance). Only small budgets
// are asked for (two at most), so a scan stops as soon as no alignment can stay within it.

const MAX = 64;
// Three rows reused across calls: this runs for every vocabulary word on every keystroke.
let rows: Int32Array[] = [
  new Int32Array(MAX + 1),
  new Int32Array(MAX + 1),
  new Int32Array(MAX + 1),
];

/** Edits from `q` to the whole of `w` (`whole`) and to the nearest start of `w` (`start`),
 *  each capped at k + 1. */
export function editsTo(q: string, w: string, k: number): { whole: number; start: number } {
  const m = q.length;
  const over = { whole: k + 1, start: k + 1 };
  if (m > MAX || m === 0) return over;
  // A start longer than q + k letters is more than k edits away; the whole word may be longer.
  const n = Math.min(w.length, MAX);
  if (w.length > MAX) return over;
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const qc = q.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const wc = w.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (qc === wc ? 0 : 1));
      if (i > 1 && j > 1 && qc === w.charCodeAt(j - 2) && q.charCodeAt(i - 2) === wc)
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Two rows past the budget: no later row can come back within it.
    if (rowMin > k && prevMin > k) {
      rows = [prev2, prev, cur];
      return over;
    }
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  rows = [prev2, prev, cur];
  let start = k + 1;
  for (let j = 1; j <= n; j++) if (prev[j]! < start) start = prev[j]!;
  return { whole: Math.min(prev[n]!, k + 1), start };
}
