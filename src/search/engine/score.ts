// The ranking the day filter, the search screen and `papers search` share. Every query word
// must match (AND); how well it matches is a level (see levels.ts), and a paper's level is
// its worst word's: the tier. Within a level, papers whose words sit in weightier fields
// (title > keywords > authors > abstract) come first, and then those holding the words
// together: as a phrase, or all in one author's name or one keyword, in any order.
// Negated terms (!word) are a filter, not a score: a paper is dropped when any non-blank value
// of the term's fields fails them, so a blank field never hides a paper.
import type { Field, Term } from './query.js';
import { parseQuery } from './query.js';
import { groupsHold, opHolds } from './ops.js';
import { NONE, tierOfLevel, type Tier } from './levels.js';
import { idOf, levelsFor, type Levels } from './dictionary.js';
import { parsePattern, type Item } from './vocab.js';
import { words as wordsOf } from './words.js';

/** How much a match in each field counts: a user remembers the title best. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 1,
  authors: 0.7,
  keywords: 0.8,
  summary: 0.55,
  takeaways: 0.5,
  abstract: 0.45,
  categories: 0.6,
  topics: 0.6,
};
/** Fields in the index's bit order (field i is mask bit 1 << i). */
export const ALL_FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
export const WEIGHT = ALL_FIELDS.map((f) => FIELD_WEIGHTS[f]);
/** List fields: their values are separate (one author's name, one keyword). */
export const LIST_FIELDS = new Set([1, 2, 4, 6, 7]);

/** Share of the in-tier score from field weights; the rest is words held together. */
export const BASE_SHARE = 0.6;
/** The score of a paper at `level` with mean field weight `base` and closeness `close`
 *  (0 or 1). Lower is better; the integer part is the level, so tiers never mix. */
export const scoreOf = (level: number, base: number, close: number) =>
  level + 0.5 * (1 - (BASE_SHARE * base + (1 - BASE_SHARE) * close));
export const tierOf = (score: number): Tier => tierOfLevel(Math.floor(score));

/** The searchable fields of a paper or of an index record. */
export type Searchable = Record<'title' | 'summary' | 'abstract', string> &
  Record<'authors' | 'keywords' | 'takeaways', string[]> &
  Partial<Record<'categories' | 'topics', string[]>>;

export interface Value {
  text: string;
  words: string[];
  /** The words' dictionary ids. */
  ids: Int32Array;
}

/** A value whose words are split (and looked up) the first time they are asked for: an
 *  operator query (^scaling, 'exact, !word) reads only the text. */
class LazyValue implements Value {
  readonly text: string;
  private split?: string[];
  private looked?: Int32Array;
  constructor(private readonly raw: string) {
    this.text = raw.toLowerCase();
  }
  get words(): string[] {
    return (this.split ??= wordsOf(this.raw));
  }
  get ids(): Int32Array {
    return (this.looked ??= Int32Array.from(this.words, idOf));
  }
}

const prepared = new WeakMap<Searchable, Value[][]>();
/** Per field, the non-blank values lower-cased and split into words (once per paper). */
export function prepare(p: Searchable): Value[][] {
  let got = prepared.get(p);
  if (got) return got;
  got = ALL_FIELDS.map((f) => {
    const raw = p[f] as string | string[] | undefined;
    return (Array.isArray(raw) ? raw : [raw ?? ''])
      .filter((v) => v.trim().length > 0)
      .map((v) => new LazyValue(v));
  });
  prepared.set(p, got);
  return got;
}

/** One OR-alternative of a term: operator items, and words that must each match. */
export interface Group {
  ops: Item[];
  words: string[];
}
export interface CompiledTerm {
  fields: number[];
  groups: Group[];
}
export interface CompiledQuery {
  positives: CompiledTerm[];
  negatives: { fields: number[]; groups: Item[][] }[];
  /** Per query word, the level of each paper word seen so far. */
  memo: Map<string, Levels>;
}

const fieldsOf = (t: Term) => (t.fields ?? ALL_FIELDS).map((f) => ALL_FIELDS.indexOf(f));
const sameFields = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function positive(t: Term): CompiledTerm | undefined {
  const groups = parsePattern(t.pattern)
    .map((items) => ({
      ops: items.filter((it) => it.kind !== 'fuzzy'),
      words: items.filter((it) => it.kind === 'fuzzy').flatMap((it) => wordsOf(it.text)),
    }))
    .filter((g) => g.ops.length + g.words.length > 0);
  return groups.length ? { fields: fieldsOf(t), groups } : undefined;
}

const plainWords = (t: CompiledTerm) => t.groups.length === 1 && t.groups[0]!.ops.length === 0;

/** Splits a query into scored terms and negated (filter) terms; undefined when empty.
 *  Neighbouring plain words over the same fields become one term: `chain of thought` and
 *  `chain-of-thought`, `gpt 4` and `gpt-4` are the same query. */
export function compileQuery(query: string): CompiledQuery | undefined {
  const terms = parseQuery(query);
  const positives: CompiledTerm[] = [];
  const negatives: CompiledQuery['negatives'] = [];
  for (const t of terms) {
    if (t.pattern.startsWith('!')) {
      const groups = parsePattern(t.pattern);
      if (groups.length) negatives.push({ fields: fieldsOf(t), groups });
      continue;
    }
    const c = positive(t);
    if (!c) continue;
    const last = positives[positives.length - 1];
    if (last && plainWords(last) && plainWords(c) && sameFields(last.fields, c.fields))
      last.groups[0]!.words.push(...c.groups[0]!.words);
    else positives.push(c);
  }
  if (positives.length + negatives.length === 0) return undefined;
  return { positives, negatives, memo: new Map() };
}

export const NO_MATCH = -1;

/** What a paper matched: its score and tier, and the paper words that matched. */
export interface PaperMatch {
  score: number;
  tier: Tier;
  /** Lower-cased words of the paper that matched a query word (for highlighting). */
  words: string[];
}

/** Whether the negated terms keep the paper. */
export function keptByNegatives(q: CompiledQuery, values: Value[][]): boolean {
  for (const t of q.negatives)
    for (const f of t.fields)
      for (const v of values[f]!) if (!groupsHold(v.text, t.groups)) return false;
  return true;
}

/** The levels of query word `word` against paper words, remembered for the query. */
export function levelsOf(q: CompiledQuery, word: string): Levels {
  let m = q.memo.get(word);
  if (!m) q.memo.set(word, (m = levelsFor(word)));
  return m;
}

/** The level of query word `word` against paper word `w`. */
export const levelOf = (q: CompiledQuery, word: string, w: string) => levelsOf(q, word).of(idOf(w));

export { NONE, opHolds };
