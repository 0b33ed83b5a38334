// fuse.js's scoring, computed directly. The day filter and the cross-day search both rank with
// it, so they agree. For a positive term it gives what fuse.js (threshold 0.3, ignoreLocation,
// minMatchCharLength 2, extended search) gives for {$or: fields}: a field value scores
// max(0.001, errors/length) for a fuzzy item (0 when it equals the pattern), 0 for an operator
// item, and a paper multiplies score^(weight·norm) over every matching value. A native
// indexOf settles most values; the bit-vector edit distance runs only where it cannot.
// Negated terms (!word) are a filter, not a score: a paper is dropped when any non-blank value
// of the term's fields fails them, so a blank field never hides a paper.
import type { Field, Term } from './query.js';
import { parseQuery } from './query.js';
import { fuzzyErrors } from './fuzzy.js';
import { maxErrors, parsePattern, type Item } from './vocab.js';

/** Title and authors weigh most: a user filtering a day usually remembers those. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  authors: 2.5,
  keywords: 1.5,
  summary: 1,
  takeaways: 0.8,
  abstract: 0.6,
};
/** Fields in fuse's key order (also the index's bit order). */
export const ALL_FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
const TOTAL = ALL_FIELDS.reduce((s, f) => s + FIELD_WEIGHTS[f], 0);
/** Each field's share of the total weight, in ALL_FIELDS order (fuse normalizes weights). */
export const WEIGHT = ALL_FIELDS.map((f) => FIELD_WEIGHTS[f] / TOTAL);
const EPS = Number.EPSILON;

/** The searchable fields of a paper or of an index record. */
export type Searchable = Record<'title' | 'summary' | 'abstract', string> &
  Record<'authors' | 'keywords' | 'takeaways', string[]>;

/** Per field, the non-blank values as given and lower-cased; fuse's norm of each, once known. */
interface Prepared {
  raw: string[][];
  text: string[][];
  norm: number[][];
}

const isSep = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 160;
/** fuse.js's field norm: 1/√tokens, rounded to 3 decimals. */
export function fuseNorm(value: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < value.length; i++) {
    const sep = isSep(value.charCodeAt(i));
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return Math.round(1000 / Math.sqrt(n)) / 1000;
}

const prepared = new WeakMap<Searchable, Prepared>();
function prepare(p: Searchable): Prepared {
  let got = prepared.get(p);
  if (got) return got;
  got = { raw: [], text: [], norm: [] };
  for (const f of ALL_FIELDS) {
    const raw = p[f] as string | string[] | undefined;
    const values = (Array.isArray(raw) ? raw : [raw ?? '']).filter((v) => v.trim().length > 0);
    got.raw.push(values);
    got.text.push(values.map((v) => v.toLowerCase()));
    got.norm.push(values.map(() => NaN)); // counted when the value first matches
  }
  prepared.set(p, got);
  return got;
}

const NO = -1;

/** fuse's bitap result for a fuzzy pattern (≤ 32 chars) in lower-cased text: score or NO. */
function fuzzyChunk(v: string, p: string): number {
  const m = p.length;
  if (m === 1) return v.includes(p + p) ? 0.001 : NO; // a match needs two adjacent characters
  if (v.includes(p)) return 0.001;
  const k = maxErrors(m);
  if (k === 0) return NO;
  const e = fuzzyErrors(v, p, k);
  return e <= k ? e / m : NO;
}

function fuzzy(v: string, p: string): number {
  if (v === p) return p.length < 2 ? NO : 0;
  if (p.length <= 32) return fuzzyChunk(v, p);
  // fuse cuts long patterns into 32-char chunks and averages their scores (1 for a miss).
  const chunks: string[] = [];
  const rest = p.length % 32;
  for (let i = 0; i + 32 <= p.length - rest; i += 32) chunks.push(p.slice(i, i + 32));
  if (rest) chunks.push(p.slice(-32));
  let total = 0;
  let any = false;
  for (const c of chunks) {
    const s = fuzzyChunk(v, c);
    if (s !== NO) any = true;
    total += s === NO ? 1 : s;
  }
  return any ? total / chunks.length : NO;
}

function item(v: string, it: Item): number {
  const t = it.text;
  switch (it.kind) {
    case 'fuzzy':
      return fuzzy(v, t);
    case 'include':
      return v.includes(t) ? 0 : NO;
    case 'exact':
      return v === t ? 0 : NO;
    case 'prefix':
      return v.startsWith(t) ? 0 : NO;
    case 'suffix':
      return v.endsWith(t) ? 0 : NO;
    case 'lacks':
      return v.includes(t) ? NO : 0;
    case 'inverse':
      return v.startsWith(t) ? NO : 0;
    case 'inverseSuffix':
      return v.endsWith(t) ? NO : 0;
  }
}

/** fuse's extended search on one value: the first OR-group whose items all match. */
export function valueScore(v: string, groups: Item[][]): number {
  for (const g of groups) {
    let total = 0;
    let ok = g.length > 0;
    for (const it of g) {
      const s = item(v, it);
      if (s === NO) {
        ok = false;
        break;
      }
      total += s;
    }
    if (ok) return total / g.length;
  }
  return NO;
}

export interface CompiledTerm {
  fields: number[];
  groups: Item[][];
}

export interface CompiledQuery {
  positives: CompiledTerm[];
  negatives: CompiledTerm[];
}

const compileTerm = (t: Term): CompiledTerm => ({
  fields: (t.fields ?? ALL_FIELDS).map((f) => ALL_FIELDS.indexOf(f)),
  groups: parsePattern(t.pattern),
});

/** Splits a query into scored terms and negated (filter) terms; undefined when empty. */
export function compileQuery(query: string): CompiledQuery | undefined {
  const terms = parseQuery(query);
  if (terms.length === 0) return undefined;
  const neg = (t: Term) => t.pattern.startsWith('!');
  return {
    positives: terms.filter((t) => !neg(t)).map(compileTerm),
    negatives: terms.filter(neg).map(compileTerm),
  };
}

/** Papers a query keeps score this (lower is better, 0 is perfect); NO when it drops them. */
export function scorePaper(q: CompiledQuery, paper: Searchable): number {
  const p = prepare(paper);
  for (const t of q.negatives)
    for (const f of t.fields)
      for (const v of p.text[f]!) if (valueScore(v, t.groups) === NO) return NO;
  let total = 1;
  for (const t of q.positives) {
    let matched = false;
    for (const f of t.fields) {
      const values = p.text[f]!;
      for (let i = 0; i < values.length; i++) {
        const s = valueScore(values[i]!, t.groups);
        if (s === NO) continue;
        matched = true;
        const norms = p.norm[f]!;
        if (Number.isNaN(norms[i])) norms[i] = fuseNorm(p.raw[f]![i]!);
        total *= Math.pow(s === 0 ? EPS : s, WEIGHT[f]! * norms[i]!);
      }
    }
    if (!matched) return NO;
  }
  return total;
}

export { NO as NO_MATCH };
