// The Paper record every source produces and every view reads. Pure: no I/O.

export interface PaperLinks {
  abs?: string;
  pdf?: string;
  code?: string;
  project?: string;
}

/** Where a paper came from. A paper seen in two sources lists both. */
export type SourceName = 'hf-api' | 'hf-page' | 'chatpaperfree' | 'arxiv-ai-jsonl' | 'sample';

export interface Paper {
  /** arXiv id (e.g. "2405.12345") when known, else "t-" + a hash of the normalized title. */
  id: string;
  title: string;
  authors: string[];
  /** The day list this paper belongs to, YYYY-MM-DD. */
  date: string;
  /** ISO timestamp of publication when a source gives one. */
  publishedAt?: string;
  abstract: string;
  summary: string;
  /** Provenance of `summary`, e.g. "Hugging Face AI summary", "ChatPaperFree". */
  summarySource?: string;
  takeaways: string[];
  takeawaysSource?: string;
  upvotes?: number;
  numComments?: number;
  githubStars?: number;
  links: PaperLinks;
  /** The arXiv comment line ("10 pages, accepted at CVPR"). */
  comment?: string;
  keywords: string[];
  /** Topic tags from digests ("NeRF", "LLM"). */
  topics?: string[];
  /** arXiv categories ("cs.CV") where a source gives them. */
  categories?: string[];
  /** The organization a Hugging Face submission is filed under. */
  organization?: string;
  /** The abstract in another language (ChatPaperFree ships a Chinese one). */
  translation?: string;
  translationLang?: string;
  sources: SourceName[];
}

export interface DayList {
  date: string;
  papers: Paper[];
  sources: SourceName[];
  /** ISO time of the last sync/import that wrote this day. */
  updatedAt?: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// New-style (2301.01234, optional version) and old-style (cs/0112017) arXiv ids.
const ARXIV_NEW = /\b(\d{4}\.\d{4,5})(?:v\d+)?\b/;
const ARXIV_OLD = /\b([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/;

/** Finds an arXiv id in an id, URL or free text; drops the version suffix. */
export function extractArxivId(text: string): string | undefined {
  const m = ARXIV_NEW.exec(text) ?? ARXIV_OLD.exec(text);
  return m?.[1];
}

export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// FNV-1a, 32 bit twice with different seeds: stable across runs and platforms, no crypto import.
function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A stable id for a paper without an arXiv id, derived from its normalized title. */
export function titleId(title: string): string {
  const n = normalizeTitle(title);
  return `t-${fnv(n, 0x811c9dc5)}${fnv(n, 0x01000193)}`;
}

export function arxivLinks(id: string): PaperLinks {
  return { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` };
}

/** Fills defaults so producers can give only what they know. */
export function makePaper(p: Partial<Paper> & { title: string; date: string }): Paper {
  const arxiv = p.id ? extractArxivId(p.id) : undefined;
  const id = arxiv ?? p.id ?? titleId(p.title);
  return {
    ...p,
    id,
    title: p.title,
    authors: p.authors ?? [],
    date: p.date,
    abstract: p.abstract ?? '',
    summary: p.summary ?? '',
    takeaways: p.takeaways ?? [],
    keywords: p.keywords ?? [],
    links: { ...(arxiv ? arxivLinks(arxiv) : {}), ...p.links },
    sources: p.sources ?? [],
  };
}

/** The key two records of the same paper share: arXiv id, else normalized title. */
export function identityKey(p: Pick<Paper, 'id' | 'title'>): string {
  return p.id.startsWith('t-') ? `title:${normalizeTitle(p.title)}` : `id:${p.id}`;
}

const GENERATED = /^(extracted|LLM)/;
/** Source text beats generated text; among generated, an LLM result beats extraction. */
function rank(source: string | undefined, text: string | string[]): number {
  if (text.length === 0) return 0;
  if (!source || !GENERATED.test(source)) return 3;
  return source.startsWith('LLM') ? 2 : 1;
}

function pick<T extends string | string[]>(
  a: T,
  aSrc: string | undefined,
  b: T,
  bSrc: string | undefined,
): [T, string | undefined] {
  // Newer (b) wins ties so a re-sync refreshes text.
  return rank(bSrc, b) >= rank(aSrc, a) && b.length > 0 ? [b, bSrc] : [a, aSrc];
}

/**
 * Merges a newly seen record (`b`) of the same paper into the stored one (`a`).
 * Counts (upvotes, stars) come from the newest source that has them; text fields keep the
 * best-provenance non-empty value; lists and sources are unioned.
 */
export function mergePaper(a: Paper, b: Paper): Paper {
  const [summary, summarySource] = pick(a.summary, a.summarySource, b.summary, b.summarySource);
  const [takeaways, takeawaysSource] = pick(
    a.takeaways,
    a.takeawaysSource,
    b.takeaways,
    b.takeawaysSource,
  );
  const id = a.id.startsWith('t-') && !b.id.startsWith('t-') ? b.id : a.id;
  return {
    ...a,
    ...withoutBlanks(b),
    id,
    date: a.date,
    title: b.title || a.title,
    authors: b.authors.length ? b.authors : a.authors,
    abstract: b.abstract.length >= a.abstract.length ? b.abstract : a.abstract,
    // A saved page gives a bare date; keep an API's full timestamp when we have one.
    publishedAt:
      (b.publishedAt?.length ?? 0) >= (a.publishedAt?.length ?? 0) ? b.publishedAt : a.publishedAt,
    summary,
    summarySource,
    takeaways,
    takeawaysSource,
    links: { ...a.links, ...withoutBlanks(b.links) },
    keywords: union(a.keywords, b.keywords),
    topics: a.topics || b.topics ? union(a.topics ?? [], b.topics ?? []) : undefined,
    categories:
      a.categories || b.categories ? union(a.categories ?? [], b.categories ?? []) : undefined,
    organization: a.organization ?? b.organization,
    sources: union(a.sources, b.sources),
  };
}

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** `o` without undefined, null or empty-string fields: what a merge must not overwrite with. */
function withoutBlanks<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && v !== null),
  ) as Partial<T>;
}

/** Merges incoming papers into a day, keeping order: existing first, new ones appended. */
export function mergeDay(
  existing: DayList | undefined,
  incoming: DayList,
): { day: DayList; added: number; merged: number } {
  const papers = existing ? [...existing.papers] : [];
  const index = new Map(papers.map((p, i) => [identityKey(p), i]));
  // Sources without arXiv ids (saved pages) match stored papers by title, in either order.
  const byTitle = new Map(papers.map((p, i) => [normalizeTitle(p.title), i]));
  let added = 0;
  let merged = 0;
  for (const p of incoming.papers) {
    const key = identityKey(p);
    const title = normalizeTitle(p.title);
    let at = index.get(key);
    if (at === undefined) {
      const t = byTitle.get(title);
      // Two different arXiv ids with one title are two papers.
      if (t !== undefined && (p.id.startsWith('t-') || papers[t]!.id.startsWith('t-'))) at = t;
    }
    if (at === undefined) {
      index.set(key, papers.length);
      byTitle.set(title, papers.length);
      papers.push(p);
      added++;
    } else {
      papers[at] = mergePaper(papers[at]!, p);
      merged++;
    }
  }
  return {
    day: {
      date: incoming.date,
      papers,
      sources: union(existing?.sources ?? [], incoming.sources),
      updatedAt: incoming.updatedAt ?? existing?.updatedAt,
    },
    added,
    merged,
  };
}
