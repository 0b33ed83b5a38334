// "Related papers": the cached papers nearest to one paper by TF-IDF cosine. Pure: no I/O.
// Each paper keeps only its KEEP heaviest terms (what it is most about); an inverted index
// over those answers a query by walking the postings of the query's own terms, so a query
// touches the papers that share a telling word, not the whole library.
import { DEFAULT_ALPHA, idf, type DocFreq } from './vectors.js';

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

export class RelatedIndex implements DocFreq {
  readonly alpha = DEFAULT_ALPHA;
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

  df(term: string): number {
    const t = this.vocab.get(term);
    return t === undefined ? 0 : this.dfs[t]!;
  }

  /** Builds the index over `docs` (a later duplicate id replaces an earlier one). */
  static build(docs: Iterable<RelatedDoc>, keep = KEEP): RelatedIndex {
    const ix = new RelatedIndex();
    const termIds: Int32Array[] = [];
    const counts: Float32Array[] = [];
    for (const d of docs) {
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
    }
    for (const t of termIds) for (const id of t) ix.dfs[id]!++;
    ix.vectors(termIds, counts, keep);
    ix.postings();
    return ix;
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
    const names = [...this.vocab.keys()];
    const idfs = new Float32Array(this.vocab.size);
    for (let t = 0; t < idfs.length; t++) idfs[t] = idf(this, names[t]!);
    this.docStart = new Int32Array(this.n + 1);
    for (let d = 0; d < this.n; d++)
      this.docStart[d + 1] = this.docStart[d]! + Math.min(keep, termIds[d]!.length);
    this.docTerms = new Int32Array(this.docStart[this.n]!);
    this.docWeights = new Float32Array(this.docStart[this.n]!);
    for (let d = 0; d < this.n; d++) {
      const t = termIds[d]!;
      const w = Array.from(counts[d]!, (c, i) => (1 + Math.log(c)) * idfs[t[i]!]!);
      const order = w.map((_, i) => i).sort((a, b) => w[b]! - w[a]!);
      const kept = order.slice(0, keep);
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
