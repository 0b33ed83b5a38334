// Query syntax shared by the day filter and the cross-day search: field prefixes plus fuse's
// extended syntax ('exact, !not, ^prefix, suffix$, =exact-field) on each term.

export type Field = 'title' | 'authors' | 'keywords' | 'abstract' | 'summary' | 'takeaways';

export const PREFIXES: Record<string, Field[]> = {
  'au:': ['authors'],
  'kw:': ['keywords'],
  'ti:': ['title'],
  'ab:': ['abstract'],
};

export interface Term {
  /** Fields this term must match in; undefined means any searchable field. */
  fields: Field[] | undefined;
  /** The pattern, with any fuse operator (', !, ^, $, =) kept. */
  pattern: string;
}

/** Splits on spaces, keeping "quoted phrases" together; strips field prefixes. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const re = /(\S*?)"([^"]*)"?|(\S+)/g;
  for (const m of query.matchAll(re)) {
    let raw = m[3] ?? `${m[1] ?? ''}${m[2] ?? ''}`;
    let fields: Field[] | undefined;
    const lower = raw.toLowerCase();
    for (const [prefix, f] of Object.entries(PREFIXES)) {
      if (lower.startsWith(prefix)) {
        fields = f;
        raw = raw.slice(prefix.length);
        break;
      }
    }
    if (raw.length === 0 || raw === '!' || raw === "'" || raw === '^') continue;
    terms.push({ fields, pattern: raw });
  }
  return terms;
}
