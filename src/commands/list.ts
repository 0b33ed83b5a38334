import type { Paper } from '../domain/paper.js';
import { jsonText, paperJson, plainRow } from '../text/plain.js';
import { visibleRows } from '../domain/list-view.js';
import { resolveOpenDay, type Context, type OpenDay } from '../library/context.js';

export interface ListOptions {
  date?: string;
  all?: boolean;
  unread?: boolean;
  starred?: boolean;
  json?: boolean;
}

/**
 * The day to open, as resolveOpenDay picks it, except that when the newest day turns out to be
 * unreadable (it is then set aside with a warning) the next newest opens instead of nothing.
 */
export async function openReadableDay(ctx: Context, date?: string): Promise<OpenDay> {
  let open = await resolveOpenDay(ctx, date);
  // Each pass sets one bad file aside; the bound also ends it when a file cannot be moved.
  for (let tries = open.days.length; !open.day && date === undefined && tries > 0; tries--) {
    open = await resolveOpenDay(ctx, date);
  }
  return open;
}

/** Papers of one day (the reader's day and order by default) or of every cached day. */
export async function selectPapers(
  ctx: Context,
  opts: ListOptions,
): Promise<{ papers: Paper[]; label: string; sample: boolean }> {
  if (opts.all) {
    const papers: Paper[] = [];
    // One at a time: spreading a day of 200k papers would overflow the stack.
    for (const date of await ctx.store.listDays())
      for (const p of (await ctx.store.readDay(date))?.papers ?? []) papers.push(p);
    return { papers, label: 'all cached days', sample: false };
  }
  const open = await openReadableDay(ctx, opts.date);
  const view = { ...defaultView(ctx), unreadOnly: false, starredOnly: false };
  const papers = visibleRows(open.day?.papers ?? [], undefined, view, ctx.flags).map(
    (r) => r.paper,
  );
  return { papers, label: open.day?.date ?? '', sample: open.sample };
}

function defaultView(ctx: Context) {
  const s = ctx.settings;
  return {
    filter: '',
    unreadOnly: false,
    starredOnly: false,
    hasCode: s.hasCode,
    minUpvotes: s.minUpvotes,
    sort: s.sort,
  };
}

export async function runList(ctx: Context, opts: ListOptions): Promise<number> {
  const { papers: all, label, sample } = await selectPapers(ctx, opts);
  const papers = all.filter(
    (p) =>
      (!opts.unread || !ctx.flags.has('read', p.id)) &&
      (!opts.starred || ctx.flags.has('starred', p.id)),
  );
  if (opts.json) {
    ctx.io.out(jsonText(papers.map((p) => paperJson(p, ctx.flags))));
    return 0;
  }
  const unread = papers.filter((p) => !ctx.flags.has('read', p.id)).length;
  ctx.io.out(
    `# ${label} · ${papers.length} paper${papers.length === 1 ? '' : 's'} · ${unread} unread${sample ? ' · sample data' : ''}`,
  );
  for (const p of papers) ctx.io.out(plainRow(p, ctx.flags, Boolean(opts.all)));
  return 0;
}
