// Query patterns in fuse.js's extended syntax, and the index's word lists: a pattern is
// OR-groups (|) of AND-ed items, each item one operator (=, ', ^, $, !) or plain words.

/** `lacks` is fuse's inverse-exact (!x); `inverse` its inverse prefix (!^x), `inverseSuffix`
 *  its inverse suffix (!x$). */
export type ItemKind =
  'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix' | 'inverse' | 'inverseSuffix' | 'lacks';

export interface Item {
  kind: ItemKind;
  /** Lower-cased literal without its operator. */
  text: string;
}

// Same order and shapes as fuse's matchers; quoted forms first, as fuse tries them.
const MATCHERS: [ItemKind, RegExp, RegExp][] = [
  ['exact', /^="(.*)"$/, /^=(.*)$/],
  ['include', /^'"(.*)"$/, /^'(.*)$/],
  ['prefix', /^\^"(.*)"$/, /^\^(.*)$/],
  ['inverse', /^!\^"(.*)"$/, /^!\^(.*)$/],
  ['inverseSuffix', /^!"(.*)"\$$/, /^!(.*)\$$/],
  ['suffix', /^"(.*)"\$$/, /^(.*)\$$/],
  ['lacks', /^!"(.*)"$/, /^!(.*)$/],
  ['fuzzy', /^"(.*)"$/, /^(.*)$/],
];

function itemOf(token: string): Item | undefined {
  for (const which of [1, 2] as const) {
    for (const m of MATCHERS) {
      const text = m[which].exec(token)?.[1];
      if (text) return { kind: m[0], text };
    }
  }
  return undefined;
}

// fuse's tokenizer: spaces split items, a "quoted run" stays whole.
function splitItems(pattern: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    while (pattern[i] === ' ') i++;
    if (i >= pattern.length) break;
    let j = i;
    while (j < pattern.length && pattern[j] !== ' ' && pattern[j] !== '"') j++;
    if (pattern[j] === '"') {
      for (j++; j < pattern.length; j++) {
        if (pattern[j] !== '"') continue;
        const next = pattern[j + 1];
        if (next === undefined || next === ' ') {
          j++;
          break;
        }
        if (next === '$' && (j + 2 >= pattern.length || pattern[j + 2] === ' ')) {
          j += 2;
          break;
        }
      }
    } else while (j < pattern.length && pattern[j] !== ' ') j++;
    out.push(pattern.slice(i, j));
    i = j;
  }
  return out;
}

/** The item of a pattern that is one item alone (no OR, no AND), else undefined. */
export const singleItem = (groups: Item[][]): Item | undefined =>
  groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0] : undefined;

/** A fuse pattern as OR-groups of AND-ed items. */
export function parsePattern(pattern: string): Item[][] {
  return pattern
    .toLowerCase()
    .replace(/\\\|/g, '\0')
    .split('|')
    .map((g) =>
      splitItems(g.replace(/\0/g, '|').trim())
        .filter((t) => t.trim())
        .map(itemOf)
        .filter((it): it is Item => it !== undefined),
    )
    .filter((g) => g.length > 0);
}

/** A bag-of-characters signature: a word missing more of the pattern's signature than the
 *  edit budget cannot match, whatever the order. */
export function charMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << (26 + ((c - 48) >> 1));
    else m |= 1 << 31;
  }
  return m >>> 0;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface Vocab {
  words: string[];
  masks: Uint32Array;
}

export function vocabOf(words: string[]): Vocab {
  const masks = new Uint32Array(words.length);
  words.forEach((w, i) => (masks[i] = charMask(w)));
  return { words, masks };
}

export type WordTest = 'contains' | 'equals' | 'startsWith' | 'endsWith';

/** Word ids that `part` (letters/digits only) matches under `test`, as [id, 0] pairs. */
export function matchWords(v: Vocab, part: string, test: WordTest): [number, number][] {
  const out: [number, number][] = [];
  const pm = charMask(part);
  for (let t = 0; t < v.words.length; t++) {
    if (popcount(pm & ~v.masks[t]!) > 0) continue;
    const w = v.words[t]!;
    if (w.length >= part.length && holdsPart(w, part, test)) out.push([t, 0]);
  }
  return out;
}

/** Whether word `w` holds `part` under one of the tests. */
export function holdsPart(w: string, part: string, test: WordTest): boolean {
  return test === 'contains'
    ? w.includes(part)
    : test === 'equals'
      ? w === part
      : test === 'startsWith'
        ? w.startsWith(part)
        : w.endsWith(part);
}
