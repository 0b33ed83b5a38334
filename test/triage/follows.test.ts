import { describe, expect, it } from 'vitest';
import { makePaper } from '../../src/domain/paper.js';
import {
  FollowError,
  followMatcher,
  parseFollow,
  withFollow,
  type Follow,
} from '../../src/triage/follows.js';

const paper = (o: Partial<Parameters<typeof makePaper>[0]> = {}) =>
  makePaper({
    title: 'Feed-Forward Gaussian Splatting for Avatars',
    date: '2025-10-01',
    authors: ['Li Wei', 'Tomás Pfister', 'Anna-Maria Smith'],
    abstract: 'We reconstruct 3D humans from a single image.',
    keywords: ['3D Gaussian Splatting', 'avatars'],
    organization: 'Google DeepMind',
    ...o,
  });

const matched = (follows: Follow[], p = paper()) => followMatcher(follows)(p);

describe('follows', () => {
  it('match authors by whole name, ignoring case and accents', () => {
    expect(matched([{ kind: 'author', value: 'TOMAS PFISTER' }])).toHaveLength(1);
    expect(matched([{ kind: 'author', value: 'tomás  pfister' }])).toHaveLength(1);
    expect(matched([{ kind: 'author', value: 'anna maria smith' }])).toHaveLength(1);
    // Part of a name is not the name.
    expect(matched([{ kind: 'author', value: 'Li' }])).toEqual([]);
    expect(matched([{ kind: 'author', value: 'Pfister' }])).toEqual([]);
    expect(matched([{ kind: 'author', value: 'Wei Li' }])).toEqual([]);
  });

  it('match keywords as whole words, stemmed, in title, keywords or abstract', () => {
    expect(matched([{ kind: 'keyword', value: 'gaussian splat' }])).toHaveLength(1);
    expect(matched([{ kind: 'keyword', value: 'Avatar' }])).toHaveLength(1);
    expect(matched([{ kind: 'keyword', value: 'single image' }])).toHaveLength(1);
    expect(matched([{ kind: 'keyword', value: 'gauss' }])).toEqual([]);
    // A phrase does not run from the end of the title into the keywords.
    expect(matched([{ kind: 'keyword', value: 'avatars 3d' }])).toEqual([]);
  });

  it('match an organization by its whole name, and report only the follows that matched', () => {
    const follows: Follow[] = [
      { kind: 'org', value: 'google deepmind' },
      { kind: 'org', value: 'Google' },
      { kind: 'author', value: 'Nobody Here' },
    ];
    expect(matched(follows)).toEqual([follows[0]]);
    expect(matched(follows, paper({ organization: undefined }))).toEqual([]);
  });

  it('parse what the command line gives, refusing unknown kinds and empty values', () => {
    expect(parseFollow('author', '  Tomas   Pfister ')).toEqual({
      kind: 'author',
      value: 'Tomas Pfister',
    });
    expect(() => parseFollow('team', 'x')).toThrow(FollowError);
    expect(() => parseFollow('keyword', ' -- ')).toThrow(/give a keyword/);
  });

  it('adding a follow twice keeps one, as first typed; removing ignores case', () => {
    const a: Follow = { kind: 'author', value: 'Tomas Pfister' };
    const once = withFollow([], a, true);
    expect(withFollow(once, { kind: 'author', value: 'tomas pfister' }, true)).toEqual([a]);
    expect(withFollow(once, { kind: 'author', value: 'TOMAS PFISTER' }, false)).toEqual([]);
    expect(withFollow(once, { kind: 'keyword', value: 'Tomas Pfister' }, true)).toHaveLength(2);
  });
});

describe('the days view count', () => {
  it('counts papers matching any follow once each', async () => {
    const { countFollowed } = await import('../../src/triage/follows.js');
    const follows: Follow[] = [
      { kind: 'author', value: 'Li Wei' },
      { kind: 'keyword', value: 'avatars' },
    ];
    const other = paper({
      authors: ['Someone Else'],
      keywords: [],
      title: 'Unrelated',
      abstract: '',
    });
    expect(countFollowed([paper(), other, paper()], follows)).toBe(2);
    expect(countFollowed([paper()], [])).toBe(0);
  });
});
