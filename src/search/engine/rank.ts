// Search across every cached day: the index narrows the library to candidates with a bound
// on their score, then the day filter's scorer ranks the most promising ones on their full
// text, batch after batch, until no unread candidate can enter the top `limit`. The result is
// the day filter's top `limit` over the whole library, reading few papers.
import { SHORT_FIELDS, type IndexedPaper, type Segment } from './index-core.js';
import { ALL_FIELDS, compileQuery, NO_MATCH, scoreOf, type CompiledQuery } from './score.js';
import { scorePaper } from './match.js';
import { joinedWords, phraseTest, shortValueCloseness } from './together.js';
import { idOf } from './dictionary.js';
import { words } from './words.js';
import { boundKey, boundOrder } from './order.js';
import { planSegment, type Known, type Plan } from './plan.js';
import { memoryPositions, type PositionSource } from './positions.js';
import { hitOf, type SearchHit } from './types.js';
import type { Vocab } from './vocab.js';

export interface SegmentView {
  seg: Segment;
  vocab: Vocab;
  /** 1 for papers whose day this segment still holds (a newer write may supersede it). */
  alive: Uint8Array;
  /** The segment's word positions (those in memory when not given; see positions.ts). */
  positions?: PositionSource;
}

export interface RankOptions {
  limit: number;
  /**
   * The stored papers at these ordinals of segment `segment`, in the same order; with `keep`,
   * undefined for each paper whose stored JSON line it rejects (that paper cannot match).
   */
  fetch(
    segment: number,
    docs: number[],
    keep?: (line: string) => boolean,
  ): Promise<(IndexedPaper | undefined)[]>;
  /** Called between steps; resolving true means a newer query came: stop, return undefined. */
  yieldToInput?(): Promise<boolean>;
  /** Told how many papers match in all (`exact` false: at most that many), before ranking. */
  onTotal?(total: number, exact: boolean): void;
}

interface Ranked {
  hit: SearchHit;
  /** Its place in fuse's tie order (see rankSearch). */
  tie: number;
}

/** Dates (YYYY-MM-DD) in order: a plain comparison; localeCompare would collate each time. */
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Score ties go newest day first, each day in its own order: 200 papers that match alike
// (a typo that finds every "agent") show this week's, not last quarter's.
const byScore = (a: Ranked, b: Ranked) => a.hit.score - b.hit.score || a.tie - b.tie;

/** Per view, the rank of each of its days among the days of every view, newest first. */
function dayRanks(views: SegmentView[]): Int32Array[] {
  const all = [...new Set(views.flatMap((v) => v.seg.days))].sort((a, b) => byDate(b, a));
  const rank = new Map(all.map((d, i) => [d, i]));
  return views.map((v) => Int32Array.from(v.seg.days, (d) => rank.get(d)!));
}

/** Ranks `query` over the segments; undefined when a newer query made it stale. */
export async function rankSearch(
  views: SegmentView[],
  query: string,
  opts: RankOptions,
): Promise<SearchHit[] | undefined> {
  const compiled = compileQuery(query);
  if (!compiled) return [];
  let exact = true;
  let loose = false;
  const known: (Known | undefined)[] = [];
  const plans: Plan[] = [];
  let total = 0;
  for (let s = 0; s < views.length; s++) {
    if (await opts.yieldToInput?.()) return undefined;
    const v = views[s]!;
    const plan = planSegment(
      v.seg,
      v.vocab,
      compiled,
      v.alive,
      v.positions ?? memoryPositions(v.seg),
    );
    plans.push(plan);
    known.push(plan.known);
    exact &&= plan.exact;
    loose ||= plan.loose;
    for (let d = 0; d < plan.cand.length; d++) total += plan.cand[d]!;
  }
  // Candidate i: its segment, ordinal, bound, and place in the tie order (newest day first,
  // then list order) as a number: the day's rank among all days × 65536 + its place in the day.
  const seg = new Int32Array(total);
  const doc = new Int32Array(total);
  const lbs = new Float64Array(total);
  const ties = new Float64Array(total);
  const rankOf = dayRanks(views);
  for (let s = 0, i = 0; s < views.length; s++) {
    const { cand, lb } = plans[s]!;
    const { docDay, docPos } = views[s]!.seg;
    const ranks = rankOf[s]!;
    for (let d = 0; d < cand.length; d++) {
      if (!cand[d]) continue;
      seg[i] = s;
      doc[i] = d;
      lbs[i] = lb[d]!;
      ties[i++] = ranks[docDay[d]!]! * 65536 + docPos[d]!;
    }
  }
  opts.onTotal?.(total, !loose);
  const tie = (a: number, b: number) => ties[a]! - ties[b]!;
  if (exact) return settled(seg, doc, lbs, tie, opts);
  // A plain loop: Float64Array.from with a map function is several times slower.
  const keys = new Float64Array(lbs.length);
  for (let i = 0; i < lbs.length; i++) keys[i] = boundKey(lbs[i]!);
  // Equal bounds in the tie order (newest day first, then list order), so ties that cannot
  // beat the current last hit are never read.
  const order = boundOrder(keys, tie);
  const ranked: Ranked[] = [];
  let batch = opts.limit + 16;
  for (let take = order.next(batch); take.length; take = order.next(batch)) {
    if (await opts.yieldToInput?.()) return undefined;
    batch = Math.max(32, opts.limit >> 1);
    ranked.push(
      ...(await scoreBatch(
        take.map((i) => [seg[i]!, doc[i]!, ties[i]!]),
        compiled,
        opts,
        known,
      )),
    );
    ranked.sort(byScore);
    ranked.length = Math.min(ranked.length, opts.limit);
    const next = order.peek();
    const last = ranked.length === opts.limit ? ranked[opts.limit - 1]! : undefined;
    if (next < 0 || !last) continue;
    const key = boundKey(last.hit.score);
    if (keys[next]! > key) break;
    if (keys[next] === key && ties[next]! > last.tie) break;
  }
  return ranked.map((r) => r.hit);
}

const phraseTests = new WeakMap<Known, (lower: string) => number>();
const phraseTestOf = (kn: Known) => {
  let t = phraseTests.get(kn);
  if (!t) phraseTests.set(kn, (t = phraseTest(kn.words, joinedWords(kn.words))));
  return t;
};

/**
 * The score of a paper the index is sure of: what it knows, with the closeness of the words
 * in the fields only the text can tell (the same test the scorer runs there). Much cheaper
 * than scoring the paper afresh, which splits and looks up every word of it.
 */
function knownScore(kn: Known, d: number, p: IndexedPaper): number {
  let close = kn.short[d]!;
  const long = kn.long[d]!;
  const joined = joinedWords(kn.words);
  for (let f = 0; long && f < ALL_FIELDS.length && close < 1; f++) {
    if (!(long & (1 << f))) continue;
    const raw = p[ALL_FIELDS[f]! as keyof IndexedPaper] as string | string[] | undefined;
    for (const value of Array.isArray(raw) ? raw : [raw ?? '']) {
      if (f >= SHORT_FIELDS) {
        close = Math.max(close, phraseTestOf(kn)(value.toLowerCase()));
        continue;
      }
      const ws = words(value);
      close = Math.max(close, shortValueCloseness(kn.levels, joined, f, ws, ws.map(idOf)));
    }
  }
  return scoreOf(kn.level[d]!, kn.base[d]!, close);
}

/** Every candidate's score is known (lbs): the top `limit` by score, then list order. */
async function settled(
  seg: Int32Array,
  doc: Int32Array,
  lbs: Float64Array,
  tie: (a: number, b: number) => number,
  opts: RankOptions,
): Promise<SearchHit[]> {
  const top = Array.from(lbs.keys())
    .sort((a, b) => lbs[a]! - lbs[b]! || tie(a, b))
    .slice(0, opts.limit);
  const papers = await fetchAll(
    top.map((i) => [seg[i]!, doc[i]!]),
    opts,
  );
  return top.map((i, k) => hitOf(papers[k]!, lbs[i]!));
}

/** The records at `picks`, in that order, read a segment at a time. */
async function fetchAll(
  picks: readonly (readonly [number, number, ...number[]])[],
  opts: RankOptions,
  keep?: (line: string) => boolean,
): Promise<(IndexedPaper | undefined)[]> {
  const bySeg = new Map<number, number[]>();
  picks.forEach(([s], k) => {
    const list = bySeg.get(s);
    if (list) list.push(k);
    else bySeg.set(s, [k]);
  });
  const out: (IndexedPaper | undefined)[] = new Array(picks.length);
  for (const [s, ks] of bySeg) {
    const got = await opts.fetch(
      s,
      ks.map((k) => picks[k]![1]),
      keep,
    );
    ks.forEach((k, j) => (out[k] = got[j]!));
  }
  return out;
}

async function scoreBatch(
  picks: [number, number, number][],
  query: CompiledQuery,
  opts: RankOptions,
  known: (Known | undefined)[],
): Promise<Ranked[]> {
  const papers = await fetchAll(picks, opts);
  const out: Ranked[] = [];
  papers.forEach((p, k) => {
    if (!p) return; // its record ruled it out
    const [s, d, tie] = picks[k]!;
    const kn = known[s];
    const score = kn?.sure[d] ? knownScore(kn, d, p) : scorePaper(query, p);
    if (score === NO_MATCH) return;
    out.push({ tie, hit: hitOf(p, score) });
  });
  return out;
}
