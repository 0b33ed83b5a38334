import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLibrary, sampleQueries } from '../../bench/synth.js';
import type { Paper } from '../../src/domain/paper.js';
import { buildSegment, toIndexed, type Segment } from '../../src/search/engine/index-core.js';
import { decodeSegment, encodeSegment, mergeSegments } from '../../src/search/engine/segment.js';
import { rankSearch, type SegmentView } from '../../src/search/engine/rank.js';
import { filterPapers } from '../../src/search/engine/filter.js';
import { parsePattern, vocabOf } from '../../src/search/engine/vocab.js';
import { paper } from '../helpers/papers.js';

const view = (seg: Segment, alive?: Uint8Array): SegmentView => ({
  seg,
  vocab: vocabOf(seg.vocab),
  alive: alive ?? new Uint8Array(seg.docDay.length).fill(1),
});

async function search(views: SegmentView[], docs: Paper[][], query: string, limit = 50) {
  let read = 0;
  const hits = await rankSearch(views, query, {
    limit,
    // As the disk store does: a record the ranker's filter rejects is not parsed.
    fetch: async (s, ords, keep) => {
      read += ords.length;
      return ords.map((d) => {
        const p = toIndexed(docs[s]![d]!);
        return !keep || keep(JSON.stringify(p)) ? p : undefined;
      });
    },
  });
  return { hits: hits!, read };
}

// The day filter over the whole library is the reference (it ranks as fuse.js does). The
// index breaks score ties newest day first, each day in its own order: the reference is given
// the days in that order (a stable sort keeps each day's own).
const newestFirst = (papers: Paper[]) =>
  [...papers].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const filterTop = (papers: Paper[], q: string, limit = 50) =>
  (filterPapers(newestFirst(papers), q) ?? [])
    .slice(0, limit)
    .map((m) => `${m.paper.id} ${m.score}`);

const papers2k = () => makeLibrary(2000, { perDay: 150 }).flatMap((d) => d.papers);

describe('search index ranking', () => {
  const papers = papers2k();
  const seg = buildSegment(papers.map(toIndexed));
  const queries = [
    ...sampleQueries(),
    'lanuage modl',
    'multimodal',
    'au:wei',
    'model',
    'learning !diffusion',
    '!diffusion',
    'ab:!model',
    '"large language"',
    'gpt-4',
    'visoin',
    'kw:diffusion | kw:robot',
  ];

  it.each(queries)('returns the day filter top 50 over the full library for %s', async (q) => {
    const { hits, read } = await search([view(seg)], [papers], q);
    expect(hits.map((h) => `${h.id} ${h.score}`)).toEqual(filterTop(papers, q));
    // It reads the text of a fraction of the library, not all of it.
    expect(read).toBeLessThan(papers.length / 2);
  });

  it('finds papers through typos and prefixes', async () => {
    for (const q of ['difusion', 'transfomer', 'reinforcment', 'quantiz']) {
      const { hits } = await search([view(seg)], [papers], q, 10);
      expect(hits.length, q).toBe(10);
    }
  });

  it('honours field prefixes, exact terms and negation', async () => {
    const { hits } = await search([view(seg)], [papers], 'kw:robot', 200);
    const byId = new Map(papers.map((p) => [p.id, p]));
    expect(hits.every((h) => byId.get(h.id)!.keywords.some((k) => k.includes('robot')))).toBe(true);
    const neg = await search([view(seg)], [papers], "'reasoning !agent", 200);
    expect(neg.hits.length).toBeGreaterThan(0);
    for (const h of neg.hits)
      expect(JSON.stringify(byId.get(h.id)).toLowerCase()).toContain('reasoning');
    expect(neg.hits.every((h) => !byId.get(h.id)!.title.toLowerCase().includes('agent'))).toBe(
      true,
    );
  });
});

describe('matches across a word break in title, authors and keywords', () => {
  // Few syllables, so words often end with one half of a query and start with the other.
  const SYL = ['tu', 'xan', 'ka', 'lo', 'mi', 'xa', 'né', 'ü', 'İn', 'tü', 'Kr'];
  const word = fc
    .array(fc.constantFrom(...SYL), { minLength: 1, maxLength: 3 })
    .map((s) => s.join(''));
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', '-', '', ' ')), { minLength: 1, maxLength: 4 })
    .map(
      (ws) =>
        ws
          .map(([w, sep]) => w + sep)
          .join('')
          .trim() || 'x',
    );
  const library = fc.array(
    fc.record({
      title: text,
      authors: fc.array(text, { maxLength: 4 }),
      keywords: fc.array(text, { maxLength: 3 }),
      // Long fields: phrases there are for the paper's text to tell (read from disk).
      abstract: fc.oneof(fc.constant('plain words only'), text),
      summary: fc.oneof(fc.constant(''), text),
    }),
    { minLength: 1, maxLength: 30 },
  );
  // Up to six characters: one edit to spend, so a match spans at most one break (the index
  // does not look for matches spanning two, which need two edits).
  const query = fc
    .array(fc.constantFrom(...SYL, 'q'), { minLength: 1, maxLength: 4 })
    .map((s) => s.join('').toLowerCase())
    .filter((q) => q.length >= 2 && q.length <= 6);

  /** Over any library, the index ranks each query as the day filter does. */
  const agreesWithFilter = (queries: fc.Arbitrary<string[]>) =>
    fc.assert(
      fc.asyncProperty(library, queries, async (rows, qs) => {
        const papers = rows.map((r, i) =>
          paper(i, {
            ...r,
            date: i < rows.length / 2 ? '2026-11-23' : '2026-11-24',
          }),
        );
        const seg = buildSegment(papers.map(toIndexed));
        for (const q of qs) {
          const { hits } = await search([view(seg)], [papers], q, 10);
          expect(
            hits.map((h) => `${h.id} ${h.score}`),
            q,
          ).toEqual(filterTop(papers, q, 10));
        }
      }),
      { numRuns: 150 },
    );

  it('ranks as the day filter whatever the halves and accents around the break', () =>
    agreesWithFilter(fc.array(query, { minLength: 1, maxLength: 4 })));

  // Patterns with punctuation are looked up in pieces, whatever their length and edits.
  const punctuated = fc
    .array(fc.constantFrom(...SYL), { minLength: 2, maxLength: 5 })
    .chain((s) =>
      fc
        .array(fc.constantFrom('-', '', '.', "'"), {
          minLength: s.length - 1,
          maxLength: s.length - 1,
        })
        .map((seps) =>
          s
            .map((x, i) => x + (seps[i] ?? ''))
            .join('')
            .toLowerCase(),
        ),
    )
    .filter((q) => /[^\p{L}\p{N}]/u.test(q));

  // Several words: closeness (a phrase, a name in any order, words joined) in every field.
  const several = fc
    .array(fc.constantFrom(...SYL, 'ka lo', 'q'), { minLength: 2, maxLength: 3 })
    .chain((ws) => fc.constantFrom(' ', '-', ' au:', ' ti:').map((sep) => ws.join(sep)))
    .map((q) => q.toLowerCase());

  it('ranks several words as the day filter, held together or not, in any field', () =>
    agreesWithFilter(fc.array(several, { minLength: 1, maxLength: 3 })));

  // Typos as people make them: two neighbouring letters swapped, one dropped or doubled.
  const typo = fc
    .tuple(
      fc.array(fc.constantFrom(...SYL), { minLength: 2, maxLength: 4 }).map((s) => s.join('')),
      fc.nat(),
      fc.constantFrom('swap', 'drop', 'double'),
    )
    .map(([w, at, kind]) => {
      const i = at % Math.max(1, w.length - 1);
      const c = [...w.toLowerCase()];
      if (kind === 'swap' && c.length > 1) [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
      else if (kind === 'drop') c.splice(i, 1);
      else c.splice(i, 0, c[i]!);
      return c.join('');
    })
    .filter((q) => q.length >= 2);

  it('ranks typos (Damerau: a swap is one edit) and their tiers as the day filter', () =>
    agreesWithFilter(fc.array(typo, { minLength: 1, maxLength: 4 })));

  it('ranks punctuated patterns as the day filter, edits anywhere', () =>
    agreesWithFilter(fc.array(punctuated, { minLength: 1, maxLength: 3 })));

  it('does not read papers whose authors hold the halves of a rare word apart', async () => {
    const apart = Array.from({ length: 40 }, (_, i) =>
      paper(i, { authors: ['Kalo Mitu', 'Xanne Pho'], title: `Unrelated ${i}` }),
    );
    const near = paper(99, { authors: ['Lo Tuxanri'], title: 'Routing' });
    const papers = [...apart, near];
    const { hits, read } = await search(
      [view(buildSegment(papers.map(toIndexed)))],
      [papers],
      'tuxan',
    );
    expect(hits.map((h) => h.id)).toEqual([near.id]);
    expect(read).toBe(1);
  });
});

describe('warm-up', () => {
  it('thins the library out evenly, never bringing back a paper that is not alive', async () => {
    const { thinnedViews } = await import('../../src/search/engine/warmup.js');
    const seg = buildSegment(papers2k().map(toIndexed));
    const alive = new Uint8Array(seg.docDay.length).fill(1);
    alive[0] = 0;
    const [a, b] = thinnedViews([view(seg, alive), view(seg)], 400);
    const kept = (v: SegmentView) => v.alive.reduce((n, x) => n + x, 0);
    expect(kept(a!) + kept(b!)).toBeGreaterThan(350);
    expect(kept(a!) + kept(b!)).toBeLessThanOrEqual(400);
    expect(a!.alive[0]).toBe(0);
    expect(b!.alive[0]).toBe(1);
    expect(thinnedViews([view(seg)], 1e6)[0]!.alive).toEqual(view(seg).alive);
  });

  it('warms a library past 50k papers up on its small segments only, if it has any', async () => {
    const { warmupViews } = await import('../../src/search/engine/warmup.js');
    const seg = buildSegment(papers2k().slice(0, 10).map(toIndexed));
    const sized = (n: number) => ({ ...view(seg), alive: new Uint8Array(n).fill(1) });
    const [big, small1, small2] = [sized(80_000), sized(5000), sized(4000)];
    const picked = warmupViews([big, small1, small2]);
    expect(picked.map((v) => v.alive.length)).toEqual([4000, 5000]);
    expect(warmupViews([sized(100_000)])).toEqual([]);
    expect(warmupViews([sized(20_000), sized(20_000)])).toHaveLength(2);
  });
});

describe('segments', () => {
  const days = makeLibrary(600, { perDay: 100, seed: 3 });
  const papers = days.flatMap((d) => d.papers);

  it('round-trips through its encoded parts', async () => {
    const seg = buildSegment(papers.map(toIndexed));
    const { meta, blobs } = encodeSegment(seg);
    const copy = decodeSegment(
      JSON.parse(JSON.stringify(meta)),
      Object.fromEntries(Object.entries(blobs).map(([k, b]) => [k, b.slice()])) as never,
    );
    for (const q of ['diffusion', 'au:wei']) {
      expect((await search([view(copy)], [papers], q)).hits).toEqual(
        (await search([view(seg)], [papers], q)).hits,
      );
    }
    expect(() => decodeSegment(meta, { ...blobs, norms: blobs.norms.subarray(2) })).toThrow();
    expect(() => decodeSegment(meta, { ...blobs, short: blobs.short.subarray(1) })).toThrow();
  });

  it('merges segments, dropping papers not kept, like one built from the kept papers', async () => {
    const a = days.slice(0, 3).flatMap((d) => d.papers);
    const b = days.slice(3).flatMap((d) => d.papers);
    const keepA = Uint8Array.from(a, (p) => (p.date === days[1]!.date ? 0 : 1));
    const { seg } = mergeSegments([
      { seg: buildSegment(a.map(toIndexed)), keep: keepA },
      { seg: buildSegment(b.map(toIndexed)) },
    ]);
    const kept = [...a.filter((_, i) => keepA[i]), ...b];
    const whole = buildSegment(kept.map(toIndexed));
    for (const q of ['diffusion', 'reasoning !agent', 'au:wei']) {
      expect((await search([view(seg)], [kept], q)).hits).toEqual(
        (await search([view(whole)], [kept], q)).hits,
      );
    }
  });

  it('searches across several segments, skipping papers not alive', async () => {
    const one = [paper(1, { title: 'Diffusion for proteins', date: '2026-11-23' })];
    const two = [paper(2, { title: 'Diffusion for proteins, again', date: '2026-11-24' })];
    const views = [
      view(buildSegment(one.map(toIndexed)), Uint8Array.of(0)),
      view(buildSegment(two.map(toIndexed))),
    ];
    const { hits } = await search(views, [one, two], 'proteins');
    expect(hits.map((h) => h.id)).toEqual([two[0]!.id]);
  });
});

describe('pattern matching', () => {
  it('parses fuse extended syntax', () => {
    expect(parsePattern("'exact ^pre suf$ !not =whole fuzzy")).toEqual([
      [
        { kind: 'include', text: 'exact' },
        { kind: 'prefix', text: 'pre' },
        { kind: 'suffix', text: 'suf' },
        { kind: 'lacks', text: 'not' },
        { kind: 'exact', text: 'whole' },
        { kind: 'fuzzy', text: 'fuzzy' },
      ],
    ]);
    expect(parsePattern('a | b').map((g) => g.map((i) => i.text))).toEqual([['a'], ['b']]);
  });
});

describe('bound order', () => {
  it('hands out candidates by key, ties in the given order, across windows', async () => {
    const { boundKey, boundOrder } = await import('../../src/search/engine/order.js');
    const lbs = [0.5, 0.1, 0.5, 0.3, 0.1, 0.5 + 1e-13];
    const keys = Float64Array.from(lbs, boundKey);
    const order = boundOrder(keys, (a, b) => b - a, 2);
    expect(order.peek()).toBe(4);
    const all = [...order.next(3), ...order.next(10)];
    // Equal bounds (to rounding) come together, by the tie order (here: higher index first).
    expect(all).toEqual([4, 1, 3, 5, 2, 0]);
    expect(order.peek()).toBe(-1);
  });
});

describe('categories and topics', () => {
  it('searches cat: and tp: across days as the day filter does', async () => {
    const papers = [
      paper(1, { categories: ['cs.CV', 'cs.LG'], topics: ['NeRF'], date: '2026-11-23' }),
      paper(2, { categories: ['cs.CL'], topics: ['LLM'], date: '2026-11-24' }),
      paper(3, { title: 'NeRF in the title only', date: '2026-11-24' }),
    ];
    const seg = buildSegment(papers.map(toIndexed));
    for (const q of ['cat:cs.cv', 'cat:cs', 'tp:nerf', 'tp:nerf cat:cs.lg', 'nerf', 'cat:!cs.cl']) {
      const { hits } = await search([view(seg)], [papers], q);
      expect(
        hits.map((h) => `${h.id} ${h.score}`),
        q,
      ).toEqual(filterTop(papers, q));
    }
    expect((await search([view(seg)], [papers], 'tp:nerf')).hits.map((h) => h.id)).toEqual([
      papers[0]!.id,
    ]);
  });
});

describe('words joined across a break', () => {
  it('finds a query word spread over neighbouring words, as the day filter does', async () => {
    const papers = [
      paper(1, { title: 'Latent dif fusion models', date: '2026-11-23' }),
      paper(2, { title: 'Tu xantri routing', date: '2026-11-23' }),
      paper(3, { title: 'Unrelated vision work with GPT-4o', date: '2026-11-24' }),
    ];
    const seg = buildSegment(papers.map(toIndexed));
    for (const q of ['difusion', 'diffusion', 'tuxan', 'latentdif', 'visoin', 'gpt4']) {
      const { hits } = await search([view(seg)], [papers], q);
      expect(
        hits.map((h) => `${h.id} ${h.score}`),
        q,
      ).toEqual(filterTop(papers, q));
    }
    expect((await search([view(seg)], [papers], 'gpt4')).hits.map((h) => h.id)).toEqual([
      papers[2]!.id,
    ]);
  });
});

describe('words held together in the long fields (word positions)', () => {
  it('tells phrases, word starts and words joined in abstracts and takeaways from scattered words', async () => {
    const papers = [
      paper(1, { abstract: 'We study deep sea vents here.', date: '2026-11-23' }),
      paper(2, { abstract: 'Deep learning of the sea, and vents.', date: '2026-11-23' }),
      paper(3, { takeaways: ['It goes deep', 'sea vents matter'], date: '2026-11-24' }),
      paper(4, { abstract: 'Deepsea-vents and deep seas ventilation.', date: '2026-11-24' }),
      paper(5, { summary: 'On deep-sea vents.', date: '2026-11-24' }),
      // Many papers holding the words apart: the index must not read them all to learn that.
      ...Array.from({ length: 300 }, (_, i) =>
        paper(10 + i, { abstract: `Deep ideas ${i}, the sea and its vents.`, date: '2026-11-24' }),
      ),
    ];
    const seg = buildSegment(papers.map(toIndexed));
    for (const q of ['deep sea vents', 'deep sea', 'sea vents', 'deepsea vents', 'deep seav']) {
      const { hits, read } = await search([view(seg)], [papers], q, 10);
      expect(
        hits.map((h) => `${h.id} ${h.score}`),
        q,
      ).toEqual(filterTop(papers, q, 10));
      // Words held apart are told by the index; a query word that a join of the paper's words
      // may give (deepsea, seav: sea + vents) still needs the text.
      if (!['deepsea vents', 'deep seav'].includes(q)) expect(read, q).toBeLessThan(60);
    }
  });

  it('agrees with the day filter past a value of 130k words (no mark array that large)', async () => {
    const filler = 'filler '.repeat(140_000);
    const papers = [
      paper(1, { abstract: `${filler} deep sea vents`, date: '2026-11-23' }),
      paper(2, { abstract: `${filler} deep sea filler vents`, date: '2026-11-24' }),
    ];
    const seg = buildSegment(papers.map(toIndexed));
    const { hits } = await search([view(seg)], [papers], 'deep sea vents');
    expect(hits.map((h) => `${h.id} ${h.score}`)).toEqual(filterTop(papers, 'deep sea vents'));
    expect(hits[0]!.id).toBe(papers[0]!.id);
  });
});
