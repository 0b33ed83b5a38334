// A model of one reader's interests, learned from their own flags. Pure: no I/O.
//
// Rocchio's relevance feedback over TF-IDF vectors: the profile is the weighted sum of the
// vectors of papers the reader starred (strong), opened or read (weak) and hid (negative).
// A paper's score is its cosine with that sum divided by the positive weight, i.e. how close
// it sits to what the reader liked on average. Adding or removing one paper changes the sum by
// one vector, so a star retrains in a fraction of a millisecond and nothing needs the corpus.
import type { Paper } from '../domain/paper.js';
import { paperTerms } from './terms.js';
import { tfidf, type DocFreq, type Vec } from './vectors.js';

export type Signal = 'starred' | 'hidden' | 'opened' | 'read';

/** Stars say "this is for me"; a read may be a mark-all, so it barely counts. */
export const SIGNAL_WEIGHT: Record<Signal, number> = {
  starred: 1,
  hidden: -0.6,
  opened: 0.25,
  read: 0.05,
};

/** Below this many stars the profile is too thin to beat the crowd: upvotes rank instead. */
export { MIN_STARS } from './sorts.js';

/** The weight one paper carries given its flags: a hide overrides, then the strongest. */
export function signalWeight(has: (s: Signal) => boolean): number {
  if (has('hidden')) return SIGNAL_WEIGHT.hidden;
  for (const s of ['starred', 'opened', 'read'] as const) if (has(s)) return SIGNAL_WEIGHT[s];
  return 0;
}

// Terms whose weight fell this near zero are noise left by removals; dropping them keeps the
// saved file small.
const EPSILON = 1e-5;

export class InterestModel {
  /** Term → summed weighted TF-IDF of every contributing paper. */
  readonly profile = new Map<string, number>();
  /** Paper id → the weight it contributes now: what has been learned, to diff with flags. */
  readonly contributors = new Map<string, number>();
  /** Term → how many starred papers hold it: "like 3 papers you starred". */
  readonly starTerms = new Map<string, number>();
  /** Sum of positive weights: scores are averages over it. */
  positive = 0;

  get stars(): number {
    let n = 0;
    for (const w of this.contributors.values()) if (w === SIGNAL_WEIGHT.starred) n++;
    return n;
  }

  /**
   * Sets paper `id`'s weight to `weight`, given its vector (`vec`, from `paperVector`).
   * Returns false when nothing changed.
   */
  learn(id: string, vec: Vec, weight: number): boolean {
    const old = this.contributors.get(id) ?? 0;
    if (old === weight) return false;
    const delta = weight - old;
    for (const [t, w] of vec) {
      const v = (this.profile.get(t) ?? 0) + delta * w;
      if (Math.abs(v) < EPSILON) this.profile.delete(t);
      else this.profile.set(t, v);
    }
    const wasStar = old === SIGNAL_WEIGHT.starred;
    const isStar = weight === SIGNAL_WEIGHT.starred;
    if (wasStar !== isStar) {
      for (const t of vec.keys()) {
        const n = (this.starTerms.get(t) ?? 0) + (isStar ? 1 : -1);
        if (n > 0) this.starTerms.set(t, n);
        else this.starTerms.delete(t);
      }
    }
    this.positive += Math.max(weight, 0) - Math.max(old, 0);
    if (weight === 0) this.contributors.delete(id);
    else this.contributors.set(id, weight);
    return true;
  }

  /**
   * How much closer a paper sits to what the reader liked (on average) than to the library
   * as a whole: above 0 is "more like my stars than like any paper", about -1…1. Takes the
   * paper's term counts and weighs them in the same pass (a day is ranked with no vectors
   * built); equal to the profile's dot product with `weigh(terms)` minus its genericness.
   */
  score(terms: Map<string, number>, stats: DocFreq): number {
    if (this.positive <= 0) return 0;
    const n = stats.n;
    let norm = 0;
    let gen = 0;
    let s = 0;
    for (const [t, c] of terms) {
      const df = stats.df(t);
      const i = Math.log((n + 1) / (df + 1)) + 1;
      const w = (1 + Math.log(c)) * i;
      norm += w * w;
      gen += w * i * df;
      const v = this.profile.get(t);
      if (v !== undefined) s += v * w;
    }
    norm = Math.sqrt(norm) || 1;
    const generic = n === 0 ? 0 : (gen / norm / n) * stats.alpha;
    return s / norm / this.positive - generic;
  }
}

// A paper's terms depend only on its text; a day's papers are ranked again and again.
const termCache = new WeakMap<Paper, Map<string, number>>();

export function cachedTerms(p: Paper): Map<string, number> {
  let t = termCache.get(p);
  if (!t) {
    t = paperTerms(p);
    termCache.set(p, t);
  }
  return t;
}

/** The paper's unit TF-IDF vector under the library's document frequencies. */
export const paperVector = (p: Paper, stats: DocFreq): Vec => tfidf(cachedTerms(p), stats);

/** The saved form of a model: plain JSON. */
export interface ModelJson {
  format: 1;
  positive: number;
  contributors: [string, number][];
  profile: [string, number][];
  starTerms: [string, number][];
}

export function modelToJson(m: InterestModel): ModelJson {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    format: 1,
    positive: m.positive,
    contributors: [...m.contributors],
    profile: [...m.profile].map(([t, w]) => [t, round(w)]),
    starTerms: [...m.starTerms],
  };
}

const isPairList = (v: unknown): v is [string, number][] =>
  Array.isArray(v) &&
  v.every(
    (e) =>
      Array.isArray(e) &&
      e.length === 2 &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'number' &&
      Number.isFinite(e[1]),
  );

/** A model read back from disk, or undefined when the value is not one (it is then rebuilt). */
export function modelFromJson(v: unknown): InterestModel | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Partial<ModelJson>;
  if (o.format !== 1 || typeof o.positive !== 'number' || !Number.isFinite(o.positive))
    return undefined;
  if (![o.contributors, o.profile, o.starTerms].every(isPairList)) return undefined;
  const m = new InterestModel();
  for (const [k, w] of o.contributors!) m.contributors.set(k, w);
  for (const [k, w] of o.profile!) m.profile.set(k, w);
  for (const [k, w] of o.starTerms!) m.starTerms.set(k, w);
  m.positive = o.positive;
  return m;
}
