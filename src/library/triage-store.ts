// The "for you" model on disk, kept in step with the read/star/hide state it is learned from.
// <data>/interest.json sits beside state.json but holds nothing that is not also in
// state.json plus the day cache: when missing, damaged or behind, it is rebuilt or caught up
// from them, and it is never a reason to touch the state itself.
import path from 'node:path';
import type { Paper } from '../domain/paper.js';
import type { Follow } from '../triage/follows.js';
import {
  InterestModel,
  modelFromJson,
  modelToJson,
  paperVector,
  signalWeight,
  type Signal,
} from '../triage/interest.js';
import { explainForYou, rankForYou, type ForYou } from '../triage/rank.js';
import { tfidf, type DocFreq } from '../triage/vectors.js';
import type { RelatedHit, RelatedIndex } from '../triage/related.js';
import { writeFileAtomic } from './atomic.js';
import { readFollows } from './follows-store.js';
import { backupCopy, readJsonObject } from './json-file.js';
import { documentFrequencies, TermCache, type TermSource } from './term-cache.js';

/** What the model learns from: the state store's flags. */
export interface SignalFlags {
  has(flag: Signal, id: string): boolean;
  ids(flag: Signal): string[];
}

const SIGNALS: Signal[] = ['starred', 'hidden', 'opened', 'read'];

export const modelFile = (stateDir: string) => path.join(stateDir, 'interest.json');

/** Each flagged paper's weight, as the flags say now. */
export function wantedWeights(flags: SignalFlags): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of SIGNALS)
    for (const id of flags.ids(s)) {
      if (out.has(id)) continue;
      const w = signalWeight((x) => flags.has(x, id));
      if (w !== 0) out.set(id, w);
    }
  return out;
}

export interface TriageDeps {
  stateDir: string;
  cacheDir: string;
  source: TermSource;
  flags: SignalFlags;
  warn: (message: string) => void;
  /** Days document frequencies are counted over (term-cache.ts's DF_DAYS by default). */
  dfDays?: number;
}

/**
 * One reader's triage state: the model, the library's term statistics and the follows.
 * `open` loads them and catches the model up with the flags; the reader then calls
 * `learn(paper)` after each star, hide or open and `save()` when convenient.
 */
export class TriageSession {
  private constructor(
    private readonly deps: TriageDeps,
    readonly model: InterestModel,
    readonly stats: DocFreq,
    public follows: Follow[],
    readonly cache: TermCache,
  ) {}

  static async open(deps: TriageDeps): Promise<TriageSession> {
    const cache = new TermCache(deps.cacheDir, deps.source, deps.dfDays);
    const stats = await documentFrequencies(cache);
    const model = loadModel(deps.stateDir, deps.warn) ?? new InterestModel();
    const s = new TriageSession(deps, model, stats, readFollows(deps.stateDir, deps.warn), cache);
    if (await s.catchUp()) await s.save();
    return s;
  }

  /**
   * Learns what the flags say that the model does not know yet (stars made by another
   * process, a model file rebuilt from nothing). Reads only the days holding those papers.
   * Returns true when the model changed.
   */
  private async catchUp(): Promise<boolean> {
    const want = wantedWeights(this.deps.flags);
    const todo = new Set<string>();
    for (const [id, w] of want) if (this.model.contributors.get(id) !== w) todo.add(id);
    for (const id of this.model.contributors.keys()) if (!want.has(id)) todo.add(id);
    if (todo.size === 0) return false;
    let changed = false;
    const days = await this.cache.daysHolding(todo);
    for await (const doc of this.cache.docs(days)) {
      if (!todo.has(doc.id)) continue;
      todo.delete(doc.id);
      changed =
        this.model.learn(doc.id, tfidf(doc.terms, this.stats), want.get(doc.id) ?? 0) || changed;
    }
    return changed;
  }

  /** Sets what the model knows of `paper` to what its flags say now (after a star, hide, open). */
  learn(paper: Paper): boolean {
    const w = signalWeight((s) => this.deps.flags.has(s, paper.id));
    return this.model.learn(paper.id, paperVector(paper, this.stats), w);
  }

  rank(papers: Paper[]): ForYou {
    return rankForYou(papers, {
      model: this.model,
      stats: this.stats,
      follows: this.follows,
      isHidden: (id) => this.deps.flags.has('hidden', id),
    });
  }

  /** The "why" line for the detail view. */
  explain(paper: Paper, followed: Follow[]): string {
    return explainForYou(paper, { model: this.model, stats: this.stats }, followed);
  }

  save(): Promise<void> {
    return writeFileAtomic(modelFile(this.deps.stateDir), JSON.stringify(modelToJson(this.model)));
  }

  private relatedIndex: RelatedIndex | undefined;

  /**
   * The papers most like `id` across every cached day, best first, never `id` itself. The
   * index is opened (or built) on first use and kept for the session; `forgetRelated()`
   * after a refresh wrote new days.
   */
  async related(id: string, limit = 10): Promise<RelatedHit[]> {
    const { openRelatedIndex } = await import('./related-store.js');
    this.relatedIndex ??= await openRelatedIndex(this.cache);
    return this.relatedIndex.related(id, limit);
  }

  forgetRelated(): void {
    this.relatedIndex = undefined;
  }

  /** Follows changed on disk (`papers follow` in another terminal): read them again. */
  reloadFollows(): void {
    this.follows = readFollows(this.deps.stateDir, this.deps.warn);
  }
}

/** The saved model, or undefined (after a warning, with a copy kept) when it is unusable. */
function loadModel(stateDir: string, warn: (m: string) => void): InterestModel | undefined {
  const file = modelFile(stateDir);
  const raw = readJsonObject(file, warn);
  if (!raw) return undefined;
  const model = modelFromJson(raw);
  if (!model) {
    const kept = backupCopy(file, warn);
    warn(
      `${file} was not a model papers can read; rebuilding it from your stars${kept ? ` (the old file is at ${kept})` : ''}`,
    );
  }
  return model;
}
