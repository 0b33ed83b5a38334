// Query syntax shared by the day filter and the cross-day search: field prefixes plus fuse's
// extended syntax ('exact, !not, ^prefix, suffix$, =exact-field) on each term; a phrase in
// quotes ('chain of thought' or "chain of thought") is matched exactly as written.

export type Field =
  'title' | 'authors' | 'keywords' | 'abstract' | 'summary' | 'takeaways' | 'categories' | 'topics';

export const PREFIXES: Record<string, Field[]> = {
  'au:': ['authors'],
  'kw:': ['keywords'],
  'ti:': ['title'],
  'ab:': ['abstract'],
  'cat:': ['categories'],
  'tp:': ['topics'],
};

export interface Term {
  /** Fields this term must match in; undefined means any searchable field. */
  fields: Field[] | undefined;
  /** The pattern, with any fuse operator (', !, ^, $, =) kept. */
  pattern: string;
}

/** Splits on spaces, keeping quoted phrases together; strips field prefixes. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  // A single-quoted run with a space in it is a phrase; a lone leading ' is fuse's "include".
  const re = /(\S*?)'([^'\s][^']*\s[^']*)'(?=\s|$)|(\S*?)"([^"]*)"?|(\S+)/g;
  for (const m of query.matchAll(re)) {
    const phrase = m[2] ?? m[4];
    let raw = m[5] ?? `${m[1] ?? m[3] ?? ''}`;
    let fields: Field[] | undefined;
    const lower = raw.toLowerCase();
    for (const [prefix, f] of Object.entries(PREFIXES)) {
      if (lower.startsWith(prefix)) {
        fields = f;
        raw = raw.slice(prefix.length);
        break;
      }
    }
    if (phrase !== undefined) {
      if (phrase.trim() === '') continue;
      // What precedes the quotes is an operator ("!", "=") or nothing: "include" by default.
      raw = `${raw === '' ? "'" : raw}"${phrase.trim()}"`;
    }
    if (raw.length === 0 || raw === '!' || raw === "'" || raw === '^' || raw === '|') continue;
    terms.push({ fields, pattern: raw });
  }
  return terms;
}
