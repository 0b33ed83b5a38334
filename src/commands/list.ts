import type { Paper } from '../domain/paper.js';
import { jsonText, paperJson, plainRow } from '../text/plain.js';
import { visibleRows } from '../domain/list-view.js';
import { EXIT } from '../cli/exit-codes.js';
import { resolveOpenDay, type Context, type OpenDay } from '../library/context.js';
import type { TriageSort } from '../triage/sorts.js';
import { triageFields } from './triage-fields.js';

export interface ListOptions {
  date?: string;
  all?: boolean;
  unread?: boolean;
  starred?: boolean;
  json?: boolean;
  /** Overrides the reader's sort; 'for-you' ranks by the reader's interest model. */
  sort?: TriageSort;
  /** Print the bundled sample day when nothing is cached (never done without asking). */
  sample?: boolean;
}

export const NOTHING_CACHED =
  'papers: nothing cached yet: run `papers sync` for today’s papers or `papers import FILE`; `papers list --sample` prints the bundled sample';

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
  const sort = opts.sort === undefined || opts.sort === 'for-you' ? undefined : opts.sort;
  if (opts.all) {
    const papers: Paper[] = [];
    // One at a time: spreading a day of 200k papers would overflow the stack.
    for (const date of await ctx.store.listDays())
      for (const p of (await ctx.store.readDay(date))?.papers ?? []) papers.push(p);
    if (!sort) return { papers, label: 'all cached days', sample: false };
    const view = { ...defaultView(ctx), hasCode: false, minUpvotes: 0, sort };
    const sorted = visibleRows(papers, undefined, view, ctx.flags).map((r) => r.paper);
    return { papers: sorted, label: 'all cached days', sample: false };
  }
  const open = await openReadableDay(ctx, opts.date);
  const view = {
    ...defaultView(ctx),
    unreadOnly: false,
    starredOnly: false,
    // "for you" starts from the day as listed and reorders it.
    ...(opts.sort ? { sort: sort ?? 'listed' } : {}),
  };
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
  const {
    papers: all,
    label,
    sample,
  } = opts.all && opts.sample
    ? await selectPapers(ctx, { ...opts, all: false })
    : await selectPapers(ctx, opts);
  // A script must never take the made-up sample papers for real ones; on a terminal they
  // are shown, labelled.
  const piped = !ctx.io.isTTY || opts.json;
  const nothing =
    sample || (opts.all && all.length === 0 && (await ctx.store.listDays()).length === 0);
  if (nothing && piped && !opts.sample) {
    if (opts.json) ctx.io.out('[]');
    ctx.io.err(NOTHING_CACHED);
    return EXIT.empty;
  }
  let papers = all.filter(
    (p) =>
      (!opts.unread || !ctx.flags.has('read', p.id)) &&
      (!opts.starred || ctx.flags.has('starred', p.id)),
  );
  let scores: Map<string, number> | undefined;
  let why: Map<string, string> | undefined;
  let note = '';
  if (opts.sort === 'for-you') {
    const { forYouOrder } = await import('./for-you.js');
    ({ papers, scores, why, note } = await forYouOrder(ctx, papers));
  }
  const fields = await triageFields(ctx);
  if (opts.json) {
    const forYou = (p: Paper) =>
      scores
        ? { forYou: Math.round((scores.get(p.id) ?? 0) * 1e4) / 1e4, why: why?.get(p.id) ?? '' }
        : {};
    ctx.io.out(
      jsonText(papers.map((p) => ({ ...paperJson(p, ctx.flags), ...fields(p), ...forYou(p) }))),
    );
    return 0;
  }
  // Hidden papers stay on disk and in --json; a list for reading leaves them out.
  const shown = papers.filter((p) => !ctx.flags.has('hidden', p.id));
  const hidden = papers.length - shown.length;
  const unread = shown.filter((p) => !ctx.flags.has('read', p.id)).length;
  ctx.io.out(
    `# ${label} · ${shown.length} paper${shown.length === 1 ? '' : 's'} · ${unread} unread${hidden ? ` · ${hidden} hidden` : ''}${sample ? ' · sample data' : ''}${note ? ` · ${note}` : ''}`,
  );
  for (const p of shown) {
    const followed = fields(p).followed.length > 0 ? '  (followed)' : '';
    ctx.io.out(plainRow(p, ctx.flags, Boolean(opts.all)) + followed);
  }
  return 0;
}
