// Medians and p95s, and the results table.

export function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95) };
}

const fmt = (v, unit) =>
  v === undefined
    ? '-'
    : `${unit === 'MB' || unit === 's' ? v.toFixed(1) : v.toFixed(v < 10 ? 2 : 0)} ${unit}`;

/** Prints rows {figure, size, median, p95, target, met} as an aligned table. */
export function printTable(rows) {
  const cells = rows.map((r) => [
    r.figure,
    r.size,
    fmt(r.median, r.unit),
    fmt(r.p95, r.unit),
    r.target,
    r.met === undefined ? '' : r.met ? '✓' : '✗',
  ]);
  const head = ['figure', 'size', 'median', 'p95', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
