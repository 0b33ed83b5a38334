// Every distinct word search has seen gets a small integer, so what a query word makes of a
// paper word is computed once and then read from an array (a string-keyed map per lookup
// cost the day filter most of its time). The table only grows: it holds the words of the
// papers searched in this process, a few tens of thousands a year of daily lists.
import { letterMask, levelWithMasks, NONE } from './levels.js';

const ids = new Map<string, number>();
const table: string[] = [];
let masks = new Uint32Array(1024);

export function idOf(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = table.length;
    ids.set(word, id);
    table.push(word);
    if (id >= masks.length) {
      const grown = new Uint32Array(masks.length * 2);
      grown.set(masks);
      masks = grown;
    }
    masks[id] = letterMask(word);
  }
  return id;
}

export const wordOf = (id: number) => table[id]!;

const UNKNOWN = 255;

/** Levels of one query word against dictionary words, filled in as they are asked for. */
export class Levels {
  private known = new Uint8Array(0);
  private readonly mask: number;
  constructor(readonly word: string) {
    this.mask = letterMask(word);
  }

  of(id: number): number {
    if (id >= this.known.length) {
      const grown = new Uint8Array(Math.max(table.length, id + 1) + 1024).fill(UNKNOWN);
      grown.set(this.known);
      this.known = grown;
    }
    let l = this.known[id]!;
    if (l === UNKNOWN)
      this.known[id] = l = levelWithMasks(this.word, this.mask, table[id]!, masks[id]!);
    return l;
  }
}

const recent = new Map<string, Levels>();
/** The levels of a query word, kept across keystrokes: typing "chain of t" reuses "chain". */
export function levelsFor(word: string): Levels {
  let l = recent.get(word);
  if (!l) {
    if (recent.size >= 64) recent.clear();
    recent.set(word, (l = new Levels(word)));
  }
  return l;
}

export { NONE };
