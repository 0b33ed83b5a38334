// Types for synth.js, so TypeScript tests can share the bench's synthetic libraries.
import type { DayList, Paper } from '../src/domain/paper.js';

export interface Vocab {
  rare: string[];
  last: string[];
}
export function rng(seed: number): () => number;
export function makeVocab(seed?: number): Vocab;
export function makePaper(
  rand: () => number,
  vocab: Vocab,
  date: string,
  n: number,
  serial: number,
): Paper;
export function makeLibrary(
  total: number,
  opts?: { perDay?: number; fixed?: boolean; seed?: number; endOffsetDays?: number },
): DayList[];
export function sampleQueries(vocab?: Vocab): string[];
