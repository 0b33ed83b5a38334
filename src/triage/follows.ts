// Follows: authors, keywords and organizations a reader wants to see first. Pure: no I/O.
import type { Paper } from '../domain/paper.js';
import { words } from '../search/engine/index-core.js';
import { stem } from './terms.js';

export type FollowKind = 'author' | 'keyword' | 'org';
export const FOLLOW_KINDS: FollowKind[] = ['author', 'keyword', 'org'];

export interface Follow {
  kind: FollowKind;
  /** As the user typed it (cleaned to one line); matching ignores case and accents. */
  value: string;
}

export class FollowError extends Error {}

/** Lower case, accents off, one space between words: "Tomás  PFISTER" → "tomas pfister". */
export function foldName(s: string): string {
  return words(s.normalize('NFKD').replace(/\p{M}/gu, '')).join(' ');
}

const MAX_VALUE = 200;

/** A follow from command-line words; throws FollowError with a one-line reason. */
export function parseFollow(kind: string, value: string): Follow {
  if (!FOLLOW_KINDS.includes(kind as FollowKind))
    throw new FollowError(`follow what? "${kind}" is not one of ${FOLLOW_KINDS.join(', ')}`);
  const clean = value.replace(/\s+/g, ' ').trim();
  if (foldName(clean) === '')
    throw new FollowError(`give a ${kind} to follow: \`papers follow ${kind} "NAME"\``);
  if (clean.length > MAX_VALUE)
    throw new FollowError(`a ${kind} is at most ${MAX_VALUE} characters`);
  return { kind: kind as FollowKind, value: clean };
}

/** Two follows with the same key are the same follow. */
export const followKey = (f: Follow) => `${f.kind}:${foldName(f.value)}`;

/** `follows` with `f` added (a follow already there stays as first typed) or removed. */
export function withFollow(follows: Follow[], f: Follow, on: boolean): Follow[] {
  const key = followKey(f);
  const rest = follows.filter((x) => followKey(x) !== key);
  if (!on) return rest;
  return rest.length < follows.length ? follows : [...follows, f];
}

const stemWords = (s: string) => foldName(s).split(' ').filter(Boolean).map(stem);

function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Compiles follows once for a day of papers: `match(paper)` gives the follows it matched,
 * in the order they were added. Authors match by whole name (not "Li" in "Li Wei"); an
 * organization by its whole name; a keyword as whole words (stemmed, so "gaussian splat"
 * finds "Gaussian Splatting") in the title, keywords, topics, categories or abstract.
 */
export function followMatcher(follows: Follow[]): (p: Paper) => Follow[] {
  if (follows.length === 0) return () => [];
  const compiled = follows.map((f) => ({
    f,
    name: foldName(f.value),
    stems: f.kind === 'keyword' ? stemWords(f.value) : [],
  }));
  const hasKeywords = compiled.some((c) => c.f.kind === 'keyword');
  return (p) => {
    const authors = new Set(p.authors.map(foldName));
    const org = p.organization ? foldName(p.organization) : undefined;
    let text: string[] | undefined;
    if (hasKeywords) {
      const fields = [p.title, ...p.keywords, ...(p.topics ?? []), ...(p.categories ?? [])];
      // A separator no word can equal keeps a phrase from spanning two fields.
      text = [...fields, p.abstract].flatMap((s) => [...stemWords(s), '\u0000']);
    }
    return compiled
      .filter(({ f, name, stems }) =>
        f.kind === 'author'
          ? authors.has(name)
          : f.kind === 'org'
            ? org === name
            : containsRun(text!, stems),
      )
      .map((c) => c.f);
  };
}

/** "author Tomas Pfister", as lists and explanations show a follow. */
export const followLabel = (f: Follow) => `${f.kind} ${f.value}`;

/** How many of `papers` match any follow: the days view's count. */
export function countFollowed(papers: readonly Paper[], follows: Follow[]): number {
  if (follows.length === 0) return 0;
  const match = followMatcher(follows);
  let n = 0;
  for (const p of papers) if (match(p).length > 0) n++;
  return n;
}
