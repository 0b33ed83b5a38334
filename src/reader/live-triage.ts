// "For you", related papers, follows and the resume point, backed by the triage store. Loaded
// on first use: none of it is on the path to the first frame.
import type { Context } from '../library/context.js';
import type { Paper } from '../domain/paper.js';
import { hitOf, type SearchHit } from '../search/engine/types.js';
import type { ForYouResult, Services } from './services.js';

type Triage = Pick<Services, 'forYou' | 'related' | 'follows' | 'follow' | 'saveResume'>;

export function liveTriage(ctx: Context): Triage {
  const warn = (m: string) => ctx.io.err(`papers: warning: ${m}`);
  const deps = {
    stateDir: ctx.paths.dataDir,
    cacheDir: ctx.paths.cacheDir,
    source: ctx.store,
    flags: ctx.flags,
    warn,
  };
  let session: Promise<import('../library/triage-store.js').TriageSession> | undefined;
  const open = () =>
    (session ??= import('../library/triage-store.js').then((m) => m.TriageSession.open(deps)));
  return {
    async forYou(papers: Paper[], learned: Paper[] = []): Promise<ForYouResult> {
      const s = await open();
      let changed = false;
      for (const p of learned) changed = s.learn(p) || changed;
      if (changed) void s.save().catch((e: Error) => warn(e.message));
      const ranked = s.rank(papers);
      const why: Record<string, string> = {};
      for (const r of ranked.rows) {
        const line = s.explain(r.paper, r.followed);
        if (line) why[r.paper.id] = line;
      }
      return { order: ranked.rows.map((r) => r.paper.id), why, note: ranked.note };
    },
    async related(id: string): Promise<SearchHit[]> {
      const hits = await (await open()).related(id, 20);
      const days = new Map<string, Map<string, Paper>>();
      const out: SearchHit[] = [];
      for (const h of hits) {
        if (!days.has(h.date)) {
          const day = await ctx.store.readDay(h.date);
          days.set(h.date, new Map((day?.papers ?? []).map((p) => [p.id, p])));
        }
        const p = days.get(h.date)!.get(h.id);
        if (p) out.push({ ...hitOf(p, 1 - h.score), tier: undefined });
      }
      return out;
    },
    async follows() {
      const { readFollows } = await import('../library/follows-store.js');
      return readFollows(ctx.paths.dataDir, warn);
    },
    async follow(kind, value, on) {
      const { changeFollow } = await import('../library/follows-store.js');
      const { parseFollow } = await import('../triage/follows.js');
      const next = await changeFollow(ctx.paths.dataDir, parseFollow(kind, value), on, warn);
      if (session) (await session).reloadFollows();
      return next;
    },
    async saveResume(point) {
      const { saveResume } = await import('../library/resume-store.js');
      await saveResume(ctx.paths.dataDir, point);
    },
  };
}
