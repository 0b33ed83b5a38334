// "Related papers": the cached papers nearest to one paper by TF-IDF cosine. Pure: no I/O.
// Each paper keeps only its KEEP heaviest terms (what it is most about); an inverted index
// over those answers a query by walking the postings of the query's own terms, so a query
// touches the papers that share a telling word, not the whole library.
//
// Two things make the list more about the paper's topic than about its incidental words:
// - A term no other paper holds (a method's name, a one-off word) is left out, as
//   scikit-learn's min_df=2 does: it can match nothing, yet as the rarest term it weighed
//   most, so a paper with plenty of its own jargon kept only that among its KEEP terms and
//   could not be found by its topic's words at all.
// - Pseudo-relevance feedback (Rocchio): the query is the paper's vector plus its first
//   NEIGHBOURS' vectors (each weighted by its closeness), cut to its KEEP heaviest terms, and
//   asked again. Words the paper's close neighbours agree on ("speech", "audio", "tts") pull
//   in papers on the same topic that share few exact words with the paper itself; a word
//   only one neighbour has barely moves the query.

/** Terms kept per paper: enough to say what it is about, few enough for 100k papers. */
const KEEP = 48;
/** Terms in more than this share of papers say little and have the longest postings. */
const COMMON = 0.25;
/** First-round neighbours whose vectors widen the query, and how much they count together. */
const NEIGHBOURS = 10;
const FEEDBACK = 2;

export interface RelatedDoc {
  id: string;
  date: string;
  terms: Map<string, number>;
}

export interface RelatedHit {
  id: string;
  date: string;
  /** Cosine of the paper's widened query (see the top of the file) and the other's vector, 0…1. */
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

  /** Unit TF-IDF vectors cut to each paper's KEEP heaviest terms held by another paper. */
  private vectors(termIds: Int32Array[], counts: Float32Array[], keep: number): void {
    // Smoothed IDF, as vectors.ts's idf() computes it.
    const idfs = new Float32Array(this.vocab.size);
    for (let t = 0; t < idfs.length; t++) idfs[t] = Math.log((this.n + 1) / (this.dfs[t]! + 1)) + 1;
    const docs = termIds.map((t, d) => {
      // A term only this paper holds weighs nothing here (see the top of the file).
      const w = counts[d]!.map((c, i) =>
        this.dfs[t[i]!]! > 1 ? (1 + Math.log(c)) * idfs[t[i]!]! : 0,
      );
      const kept = heaviest(w, keep);
      const norm = Math.sqrt(kept.reduce((s, i) => s + w[i]! * w[i]!, 0)) || 1;
      return { terms: kept.map((i) => t[i]!), weights: kept.map((i) => w[i]! / norm) };
    });
    this.docStart = new Int32Array(this.n + 1);
    for (let d = 0; d < this.n; d++)
      this.docStart[d + 1] = this.docStart[d]! + docs[d]!.terms.length;
    this.docTerms = new Int32Array(this.docStart[this.n]!);
    this.docWeights = new Float32Array(this.docStart[this.n]!);
    docs.forEach((doc, d) => {
      this.docTerms.set(doc.terms, this.docStart[d]!);
      this.docWeights.set(doc.weights, this.docStart[d]!);
    });
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
    const notSelf = (o: number) => o !== d && this.ids[o] !== id;
    const acc = new Float32Array(this.n);
    const own = this.docStart.subarray(d, d + 2);
    let touched = this.walk(this.docTerms.subarray(own[0], own[1]), this.docWeights, own[0]!, acc);
    const first = topK(touched, acc, NEIGHBOURS, notSelf);
    // The paper's own vector plus its first neighbours', cut and made unit length again.
    const query = new Map<number, number>();
    const add = (doc: number, scale: number) => {
      for (let i = this.docStart[doc]!; i < this.docStart[doc + 1]!; i++) {
        const t = this.docTerms[i]!;
        query.set(t, (query.get(t) ?? 0) + scale * this.docWeights[i]!);
      }
    };
    add(d, 1);
    // A neighbour counts as much as it is close, next to the closest: a few weak matches on
    // stock words do not drag the query away from what the paper is about.
    for (const o of first) add(o, ((FEEDBACK / NEIGHBOURS) * acc[o]!) / acc[first[0]!]!);
    const kept = [...query].sort((a, b) => b[1] - a[1]).slice(0, KEEP);
    const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    for (const o of touched) acc[o] = 0;
    touched = this.walk(
      Int32Array.from(kept, ([t]) => t),
      Float32Array.from(kept, ([, w]) => w / norm),
      0,
      acc,
    );
    return topK(touched, acc, limit, notSelf).map((o) => ({
      id: this.ids[o]!,
      date: this.dates[o]!,
      score: acc[o]!,
    }));
  }

  /**
   * Adds, for every paper, its dot product with the query (terms, and their weights from
   * `weights[from]` on) to `acc`; returns the papers touched. Terms most papers hold are
   * skipped: they say little and have the longest postings.
   */
  private walk(
    terms: Int32Array,
    weights: Float32Array,
    from: number,
    acc: Float32Array,
  ): number[] {
    const touched: number[] = [];
    const common = Math.max(2, this.n * COMMON);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (this.postStart[t + 1]! - this.postStart[t]! > common) continue;
      const q = weights[from + i]!;
      for (let p = this.postStart[t]!; p < this.postStart[t + 1]!; p++) {
        const other = this.postDocs[p]!;
        if (acc[other] === 0) touched.push(other);
        acc[other]! += q * this.postWeights[p]!;
      }
    }
    return touched;
  }
}

/** Indices of the `k` largest positive weights (all positive ones when there are no more). */
function heaviest(w: Float32Array, k: number): number[] {
  const all = Array.from(w.keys()).filter((i) => w[i]! > 0);
  return all.length <= k ? all : all.sort((a, b) => w[b]! - w[a]!).slice(0, k);
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
