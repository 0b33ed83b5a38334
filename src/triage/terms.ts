// The words a paper is about, as weighted terms for TF-IDF. Pure: no I/O.
// Words are the search index's words (letter/digit runs, lower-cased), so "for you", related
// papers and search agree on what a word is; each is Porter-stemmed ("robots", "robotic" →
// "robot") so one topic is one term. Titles and keywords say what a paper is about more
// densely than abstracts, so they count more.
import { stemmer } from 'stemmer';
import type { Paper } from '../domain/paper.js';
import { words } from '../search/engine/index-core.js';

/** Prefixes that keep names apart from words ("au:li" is not the word "li"). */
export const AUTHOR = 'au:';
export const ORG = 'org:';
/** A keyword phrase kept whole ("k:gaussian splatting"): what explanations quote. */
export const PHRASE = 'k:';
/** Two adjacent title words, stemmed ("video generat"): topics are often two words. */
export const PAIR = '_';

const STOP = new Set(
  (
    'a an the and or but if then than of in on at to for from by with without into onto over ' +
    'under about as is are was were be been being this that these those it its we our us they ' +
    'their them which who what when where while how why can could may might will would should ' +
    'must do does did has have had not no nor so such also only very more most less both each ' +
    'all any some many much other another same there here via using use used based through ' +
    'across between among within per upon show shows shown paper work approach method methods ' +
    'propose proposed new novel results result however existing achieve achieves first two one ' +
    'further while well effective significantly demonstrate present introduce extensive'
  ).split(' '),
);

export const TERM_WEIGHTS = {
  title: 3,
  pair: 2,
  keyword: 2,
  phrase: 2,
  abstract: 1,
  author: 1,
  org: 1,
};

// Stemming is the hot part of tokenizing; abstracts repeat their words. The cache also
// remembers words that are skipped (as ''), so each word costs one lookup.
const stems = new Map<string, string>();
function content(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    if (stems.size > 200_000) stems.clear();
    s = w.length < 2 || STOP.has(w) || /^\d+$/.test(w) ? '' : stemmer(w);
    stems.set(w, s);
  }
  return s;
}

/** The Porter stem of one lower-cased word (stop words included). */
export const stem = (w: string): string => content(w) || stemmer(w);

const NON_ASCII = /[^\0-\x7f]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Content words of `text`, stemmed: no stop words, no bare numbers, no single letters. */
export function contentStems(text: string): string[] {
  const lower = text.toLowerCase();
  // Same words as the search index's, found faster when the text is plain ASCII (most is).
  const list = NON_ASCII.test(lower) ? words(lower) : (lower.match(ASCII_WORD) ?? []);
  const out: string[] = [];
  for (const w of list) {
    const s = content(w);
    if (s) out.push(s);
  }
  return out;
}

/** Lower-cased, single-spaced: how names and phrases are compared. */
export const normName = (s: string) => words(s).join(' ');

/** Term → weighted count for one paper. */
export function paperTerms(p: Paper): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: string, w: number) => out.set(t, (out.get(t) ?? 0) + w);
  const title = contentStems(p.title);
  for (const t of title) add(t, TERM_WEIGHTS.title);
  for (let i = 1; i < title.length; i++)
    add(`${title[i - 1]}${PAIR}${title[i]}`, TERM_WEIGHTS.pair);
  for (const k of p.keywords) {
    for (const t of contentStems(k)) add(t, TERM_WEIGHTS.keyword);
    const phrase = normName(k);
    if (phrase.includes(' ')) add(PHRASE + phrase, TERM_WEIGHTS.phrase);
  }
  for (const t of contentStems(p.abstract)) add(t, TERM_WEIGHTS.abstract);
  // A source's one-line summary restates the abstract; it helps when the abstract is short.
  if (p.abstract.length < 200)
    for (const t of contentStems(p.summary)) add(t, TERM_WEIGHTS.abstract);
  for (const a of p.authors) {
    const name = normName(a);
    if (name) add(AUTHOR + name, TERM_WEIGHTS.author);
  }
  if (p.organization) add(ORG + normName(p.organization), TERM_WEIGHTS.org);
  return out;
}
