// TF-IDF vectors over paper terms. Pure: no I/O.
// Sublinear term frequency (1 + ln tf) so a word repeated in a long abstract does not drown
// the title; smoothed IDF (as scikit-learn's) so every term keeps a positive weight; each
// vector has length 1, so a dot product is a cosine.

/** How many cached papers hold each term: what makes a word rare, hence telling. */
export interface DocFreq {
  /** Papers counted. */
  n: number;
  df(term: string): number;
  /**
   * The mean of 1/‖v‖ over the library's unweighted TF-IDF vectors: with it, the library's
   * mean unit vector is about alpha·idf(t)·df(t)/n per term, known from df alone.
   */
  alpha: number;
}

/** 1/‖v‖ of a typical abstract-length paper: used until a library has been measured. */
export const DEFAULT_ALPHA = 0.02;

/** Document frequencies counted in memory; `fromEntries` / `entries` round-trip to disk. */
export class TermCounts implements DocFreq {
  n = 0;
  alpha = DEFAULT_ALPHA;
  private readonly counts = new Map<string, number>();

  static fromEntries(
    n: number,
    entries: Iterable<[string, number]>,
    alpha = DEFAULT_ALPHA,
  ): TermCounts {
    const c = new TermCounts();
    c.n = n;
    c.alpha = alpha;
    for (const [t, k] of entries) c.counts.set(t, k);
    return c;
  }

  add(terms: Iterable<string>, sign: 1 | -1 = 1): void {
    this.n += sign;
    for (const t of terms) {
      const k = (this.counts.get(t) ?? 0) + sign;
      if (k > 0) this.counts.set(t, k);
      else this.counts.delete(t);
    }
  }

  df(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Measures alpha on some of the library's papers (a few thousand are plenty). */
  calibrate(sample: Iterable<Map<string, number>>): void {
    let sum = 0;
    let k = 0;
    for (const terms of sample) {
      let norm = 0;
      for (const [t, c] of terms) norm += ((1 + Math.log(c)) * idf(this, t)) ** 2;
      if (norm > 0) {
        sum += 1 / Math.sqrt(norm);
        k++;
      }
    }
    if (k > 0) this.alpha = sum / k;
  }

  entries(): IterableIterator<[string, number]> {
    return this.counts.entries();
  }
}

export function idf(stats: DocFreq, term: string): number {
  return Math.log((stats.n + 1) / (stats.df(term) + 1)) + 1;
}

export type Vec = Map<string, number>;

/**
 * A paper's unit-length TF-IDF vector, and how generic it is: its closeness to the library's
 * mean vector (Rocchio's "non-relevant" centroid, taken as the whole library). Subtracting
 * that keeps "large language model" from making every paper look like the reader's stars.
 * One pass, one df lookup a term: ranking a day is mostly this.
 */
export function weigh(terms: Map<string, number>, stats: DocFreq): { vec: Vec; generic: number } {
  const vec: Vec = new Map();
  let norm = 0;
  let gen = 0;
  const n = stats.n;
  for (const [t, c] of terms) {
    const df = stats.df(t);
    const i = Math.log((n + 1) / (df + 1)) + 1;
    const w = (1 + Math.log(c)) * i;
    vec.set(t, w);
    norm += w * w;
    gen += w * i * df;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of vec) vec.set(t, w / norm);
  return { vec, generic: n === 0 ? 0 : (gen / norm / n) * stats.alpha };
}

export const tfidf = (terms: Map<string, number>, stats: DocFreq): Vec => weigh(terms, stats).vec;

export function dot(a: Vec, b: Vec): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const v = big.get(t);
    if (v !== undefined) s += w * v;
  }
  return s;
}
