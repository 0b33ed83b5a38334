// Search across every cached day: the index narrows the library to candidates with a bound
// on their score, then fuse.js ranks the most promising ones on their full text, batch after
// batch, until no unread candidate can enter the top `limit`. The result is fuse's own top
// `limit` over the whole library, at the cost of reading a few hundred papers.
import type { Paper } from './paper.js';
import { parseQuery } from './query.js';
import { createFuse, searchFuse } from './search.js';
import type { IndexedPaper, Segment } from './search-index.js';
import { planSegment } from './search-plan.js';
import type { SearchHit } from './search-types.js';
import type { Vocab } from './search-vocab.js';

export interface SegmentView {
  seg: Segment;
  vocab: Vocab;
  /** 1 for papers whose day this segment still holds (a newer write may supersede it). */
  alive: Uint8Array;
}

export interface RankOptions {
  limit: number;
  /** The stored papers at these ordinals of segment `segment`, in the same order. */
  fetch(segment: number, docs: number[]): Promise<IndexedPaper[]>;
  /** Called between steps; resolving true means a newer query came: stop, return undefined. */
  yieldToInput?(): Promise<boolean>;
}

interface Ranked {
  hit: SearchHit;
  pos: number;
}

const asPaper = (p: IndexedPaper) => ({ ...p, links: {}, sources: [] }) as Paper;
// fuse breaks score ties by list order: days ascending, each day in its own order.
const byScore = (a: Ranked, b: Ranked) =>
  a.hit.score - b.hit.score || a.hit.date.localeCompare(b.hit.date) || a.pos - b.pos;

/** Ranks `query` over the segments; undefined when a newer query made it stale. */
export async function rankSearch(
  views: SegmentView[],
  query: string,
  opts: RankOptions,
): Promise<SearchHit[] | undefined> {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const seg: number[] = [];
  const doc: number[] = [];
  const lbs: number[] = [];
  for (let s = 0; s < views.length; s++) {
    if (await opts.yieldToInput?.()) return undefined;
    const v = views[s]!;
    const { cand, lb } = planSegment(v.seg, v.vocab, terms, v.alive);
    for (let d = 0; d < cand.length; d++) {
      if (!cand[d]) continue;
      seg.push(s);
      doc.push(d);
      lbs.push(lb[d]!);
    }
  }
  // Candidates in bound order; ties in any order (fuse's tie-break is applied to the hits).
  const order = Uint32Array.from(lbs.keys()).sort((a, b) => lbs[a]! - lbs[b]!);
  const ranked: Ranked[] = [];
  let next = 0;
  let batch = opts.limit + 16;
  while (next < order.length) {
    if (await opts.yieldToInput?.()) return undefined;
    const take = Array.from(order.subarray(next, next + batch));
    next += take.length;
    batch = Math.max(32, opts.limit >> 1);
    ranked.push(
      ...(await scoreBatch(
        views,
        take.map((i) => [seg[i]!, doc[i]!]),
        query,
        opts,
      )),
    );
    ranked.sort(byScore);
    ranked.length = Math.min(ranked.length, opts.limit);
    // Bounds are products like fuse's own, in another order: allow for rounding.
    const kth = ranked.length === opts.limit ? ranked[opts.limit - 1]!.hit.score : Infinity;
    if (next < order.length && lbs[order[next]!]! * (1 - 1e-9) > kth) break;
  }
  return ranked.map((r) => r.hit);
}

async function scoreBatch(
  views: SegmentView[],
  picks: [number, number][],
  query: string,
  opts: RankOptions,
): Promise<Ranked[]> {
  const bySeg = new Map<number, number[]>();
  for (const [s, d] of picks) {
    const list = bySeg.get(s);
    if (list) list.push(d);
    else bySeg.set(s, [d]);
  }
  const papers: Paper[] = [];
  const pos = new Map<Paper, number>();
  for (const [s, docs] of bySeg) {
    const got = await opts.fetch(s, docs);
    got.forEach((p, i) => {
      const paper = asPaper(p);
      papers.push(paper);
      pos.set(paper, views[s]!.seg.docPos[docs[i]!]!);
    });
  }
  return (searchFuse(createFuse(papers), query) ?? []).map((m) => ({
    pos: pos.get(m.paper)!,
    hit: {
      id: m.paper.id,
      date: m.paper.date,
      title: m.paper.title,
      authors: m.paper.authors,
      upvotes: m.paper.upvotes,
      score: m.score,
    },
  }));
}
