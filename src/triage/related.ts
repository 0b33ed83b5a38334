// "Related papers": the cached papers nearest to one paper by TF-IDF cosine. Pure: no I/O.
// Each paper keeps only its KEEP heaviest terms (what it is most about); an inverted index
// over those answers a query by walking the postings of the query's own terms, so a query
// touches the papers that share a telling word, not the whole library.

/** Terms kept per paper: enough to say what it is about, few enough for 100k papers. */
const KEEP = 48;
/** Terms in more than this share of papers say little and have the longest postings. */
const COMMON = 0.25;

export interface RelatedDoc {
  id: string;
  date: string;
  terms: Map<string, number>;
}

export interface RelatedHit {
  id: string;
  date: string;
  /** Cosine of the two pruned TF-IDF vectors, 0…1. */
  score: number;
}

/** The typed arrays an index is made of, for the cache to store as raw bytes. */
export interface RelatedParts {
  ids: string[];
  dates: string[];
  docStart: Int32Array;
  docTerms: Int32Array;
  docWeights: Float32Array;
  postStart: Int32Array;
  postDocs: Int32Array;
  postWeights: Float32Array;
}

export class RelatedIndex {
  readonly ids: string[] = [];
  readonly dates: string[] = [];
  private readonly byId = new Map<string, number>();
  private readonly vocab = new Map<string, number>();
  private dfs = new Int32Array(1024);
  /** Per paper: offsets into docTerms/docWeights (its pruned unit vector). */
  private docStart = new Int32Array(0);
  private docTerms = new Int32Array(0);
  private docWeights = new Float32Array(0);
  /** Per term: offsets into postDocs/postWeights. */
  private postStart = new Int32Array(0);
  private postDocs = new Int32Array(0);
  private postWeights = new Float32Array(0);

  get n(): number {
    return this.ids.length;
  }

  /** Builds the index over `docs` (a later duplicate id replaces an earlier one). */
  static build(docs: Iterable<RelatedDoc>, keep = KEEP): RelatedIndex {
    const b = RelatedIndex.builder(keep);
    for (const d of docs) b.add(d);
    return b.finish();
  }

  /**
   * Adds papers one at a time, so a caller reading a day at a time never holds every
   * paper's term map at once (100k of them would be a gigabyte).
   */
  static builder(keep = KEEP): { add(d: RelatedDoc): void; finish(): RelatedIndex } {
    const ix = new RelatedIndex();
    const termIds: Int32Array[] = [];
    const counts: Float32Array[] = [];
    return {
      add(d) {
        const known = ix.byId.get(d.id);
        const at = known ?? ix.ids.length;
        if (known === undefined) {
          ix.byId.set(d.id, at);
          ix.ids.push(d.id);
        }
        ix.dates[at] = d.date;
        const t = new Int32Array(d.terms.size);
        const c = new Float32Array(d.terms.size);
        let i = 0;
        for (const [term, k] of d.terms) {
          t[i] = ix.intern(term);
          c[i++] = k;
        }
        termIds[at] = t;
        counts[at] = c;
      },
      finish() {
        for (const t of termIds) for (const id of t) ix.dfs[id]!++;
        ix.vectors(termIds, counts, keep);
        ix.postings();
        return ix;
      },
    };
  }

  private intern(term: string): number {
    let t = this.vocab.get(term);
    if (t === undefined) {
      t = this.vocab.size;
      this.vocab.set(term, t);
      if (t >= this.dfs.length) {
        const grown = new Int32Array(this.dfs.length * 2);
        grown.set(this.dfs);
        this.dfs = grown;
      }
    }
    return t;
  }

  /** Unit TF-IDF vectors cut to each paper's KEEP heaviest terms. */
  private vectors(termIds: Int32Array[], counts: Float32Array[], keep: number): void {
    // Smoothed IDF, as vectors.ts's idf() computes it.
    const idfs = new Float32Array(this.vocab.size);
    for (let t = 0; t < idfs.length; t++) idfs[t] = Math.log((this.n + 1) / (this.dfs[t]! + 1)) + 1;
    this.docStart = new Int32Array(this.n + 1);
    for (let d = 0; d < this.n; d++)
      this.docStart[d + 1] = this.docStart[d]! + Math.min(keep, termIds[d]!.length);
    this.docTerms = new Int32Array(this.docStart[this.n]!);
    this.docWeights = new Float32Array(this.docStart[this.n]!);
    for (let d = 0; d < this.n; d++) {
      const t = termIds[d]!;
      const w = counts[d]!.map((c, i) => (1 + Math.log(c)) * idfs[t[i]!]!);
      const kept = heaviest(w, keep);
      const norm = Math.sqrt(kept.reduce((s, i) => s + w[i]! * w[i]!, 0)) || 1;
      let at = this.docStart[d]!;
      for (const i of kept) {
        this.docTerms[at] = t[i]!;
        this.docWeights[at++] = w[i]! / norm;
      }
    }
  }

  private postings(): void {
    const size = this.vocab.size;
    this.postStart = new Int32Array(size + 1);
    for (const t of this.docTerms) this.postStart[t + 1]!++;
    for (let t = 0; t < size; t++) this.postStart[t + 1]! += this.postStart[t]!;
    const fill = this.postStart.slice(0, size);
    this.postDocs = new Int32Array(this.docTerms.length);
    this.postWeights = new Float32Array(this.docTerms.length);
    for (let d = 0; d < this.n; d++) {
      for (let i = this.docStart[d]!; i < this.docStart[d + 1]!; i++) {
        const at = fill[this.docTerms[i]!]!++;
        this.postDocs[at] = d;
        this.postWeights[at] = this.docWeights[i]!;
      }
    }
  }

  parts(): RelatedParts {
    const { ids, dates, docStart, docTerms, docWeights, postStart, postDocs, postWeights } = this;
    return { ids, dates, docStart, docTerms, docWeights, postStart, postDocs, postWeights };
  }

  /** An index from stored parts; undefined when they do not fit together. */
  static fromParts(p: RelatedParts): RelatedIndex | undefined {
    const n = p.ids.length;
    const ok =
      p.dates.length === n &&
      p.docStart.length === n + 1 &&
      p.docStart[n] === p.docTerms.length &&
      p.docWeights.length === p.docTerms.length &&
      p.postDocs.length === p.docTerms.length &&
      p.postWeights.length === p.docTerms.length &&
      p.postStart[p.postStart.length - 1] === p.postDocs.length &&
      p.docTerms.every((t) => t >= 0 && t < p.postStart.length - 1) &&
      p.postDocs.every((d) => d >= 0 && d < n);
    if (!ok) return undefined;
    const ix = new RelatedIndex();
    p.ids.forEach((id, i) => {
      ix.ids.push(id);
      ix.dates.push(p.dates[i]!);
      ix.byId.set(id, i);
    });
    Object.assign(ix, {
      docStart: p.docStart,
      docTerms: p.docTerms,
      docWeights: p.docWeights,
      postStart: p.postStart,
      postDocs: p.postDocs,
      postWeights: p.postWeights,
    });
    return ix;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  dateOf(id: string): string | undefined {
    const d = this.byId.get(id);
    return d === undefined ? undefined : this.dates[d];
  }

  /** The `limit` papers nearest to paper `id`, best first, never `id` itself. */
  related(id: string, limit = 10): RelatedHit[] {
    const d = this.byId.get(id);
    if (d === undefined || limit <= 0) return [];
    const acc = new Float32Array(this.n);
    const touched: number[] = [];
    const common = Math.max(2, this.n * COMMON);
    for (let i = this.docStart[d]!; i < this.docStart[d + 1]!; i++) {
      const t = this.docTerms[i]!;
      if (this.postStart[t + 1]! - this.postStart[t]! > common) continue;
      const q = this.docWeights[i]!;
      for (let p = this.postStart[t]!; p < this.postStart[t + 1]!; p++) {
        const other = this.postDocs[p]!;
        if (acc[other] === 0) touched.push(other);
        acc[other]! += q * this.postWeights[p]!;
      }
    }
    return topK(touched, acc, limit, (o) => o !== d && this.ids[o] !== id).map((o) => ({
      id: this.ids[o]!,
      date: this.dates[o]!,
      score: acc[o]!,
    }));
  }
}

/** Indices of the `k` largest weights (all of them when there are no more than `k`). */
function heaviest(w: Float32Array, k: number): number[] {
  const all = Array.from(w.keys());
  return w.length <= k ? all : all.sort((a, b) => w[b]! - w[a]!).slice(0, k);
}

/** The `k` best of `cands` by `score`, best first, keeping only those `keep` allows; a small
 *  sorted buffer, so a query that touches most of the library does not sort all of it. */
function topK(
  cands: number[],
  score: Float32Array,
  k: number,
  keep: (o: number) => boolean,
): number[] {
  const best: number[] = [];
  for (const o of cands) {
    const s = score[o]!;
    if (best.length === k && s <= score[best[k - 1]!]!) continue;
    if (!keep(o)) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && score[best[i - 1]!]! < s) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = o;
  }
  return best;
}
