// Sentence and clause boundaries in abstracts. A period ends a sentence only when it is
// followed by a space and something that can start one, and the word before it is not an
// abbreviation; math, URLs, decimals and versions never hold a "period + space".

/** A stretch of the (whitespace-normalized) text: `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// Lower-cased words that end with a period but do not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'e.g i.e al fig figs eq eqs vs approx cf resp sec secs tab tabs no nos ref refs dr mr mrs ' +
    'ms prof st jr sr inc ltd co corp dept univ ch vol pp viz ca incl avg std thm def lem prop ' +
    'cor alg app appx eqn eqns ex w.r.t a.k.a u.s u.k est'
  ).split(' '),
);

const CJK_END = '。！？；';
const CLOSERS = `"')]”’」』）`;

/** Whitespace runs to one space, trimmed: the text all spans index into. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Where a sentence-ending "." at `i` would put its end, or -1 if it does not end one. */
function periodEnd(s: string, i: number): number {
  const back = (n: number) => s.slice(Math.max(0, i - n), i);
  // A lost space ("consistency.Existing models") still ends a sentence, but not in a URL.
  if (/^\p{Ll}{2}\.\p{Lu}\p{Ll}/u.test(back(2) + s.slice(i, i + 3)) && !/[/@]\S*$/.test(back(60))) {
    return i + 1;
  }
  let j = i + 1;
  while (j < s.length && CLOSERS.includes(s[j]!)) j++;
  if (s[j] !== ' ') return j >= s.length ? j : -1;
  const next = s[j + 1] ?? '';
  // A sentence starts with a capital, a digit, a quote or bracket, math, or a non-Latin letter.
  // (Or a lower-case brand name such as "iVideoGPT" or "eBay".)
  if (
    !/[\p{Lu}\p{N}"“'([$\\]|\p{Lo}/u.test(next) &&
    !/^\p{Ll}+\p{Lu}/u.test(s.slice(j + 1, j + 12))
  ) {
    return -1;
  }
  if (s[i] !== '.') return j;
  const word = /(\S*)$/.exec(back(24))![1]!.replace(/^[("'[“]+/, '');
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return -1;
  // Dotted abbreviations ("U.S.", "e.g."). A lone capital is not taken for an initial:
  // abstracts end sentences with variables ("… depend on T. We") far more than they cite names.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return -1;
  return j;
}

/** Splits normalized text into sentences; each span's text is a substring of `s`. */
export function sentenceSpans(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = s.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: start + lead, end: start + lead + text.length, text });
    start = end;
  };
  // Only candidate characters are visited; a 2,000-character abstract has a few dozen.
  const candidate = /[.!?…$。！？；]/g;
  for (let m = candidate.exec(s); m; m = candidate.exec(s)) {
    const i = m.index;
    const c = m[0];
    if (c === '$') {
      // Inline math is opaque: "$a. B$" is one formula, not two sentences.
      const close = s.indexOf('$', i + 1);
      if (s[i + 1] !== ' ' && close > 0 && close - i <= 200) candidate.lastIndex = close + 1;
    } else if (CJK_END.includes(c)) {
      let j = i + 1;
      while (j < s.length && CLOSERS.includes(s[j]!)) j++;
      push(j);
      candidate.lastIndex = j;
    } else {
      const end = periodEnd(s, i);
      if (end > 0) {
        push(end);
        candidate.lastIndex = end;
      }
    }
  }
  push(s.length);
  return out;
}

/** Convenience: the sentences of any text, whitespace-normalized. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(normalizeSpace(text)).map((x) => x.text);
}

// Clause boundaries: the separator is dropped, and so is a leading conjunction.
const CLAUSE_BREAK = /(?:;|, and|, while|, whereas|, but)\s+/g;
const LEADING_CONJ = /^(?:and|while|whereas|but)\s+/;

/**
 * Splits a sentence at ";" and ", and" / ", while" style boundaries into clauses. A cut is
 * taken only when both sides keep at least `min` characters (so "A, B, and C" lists stay
 * whole) and never inside math or parentheses. Each clause is a substring of the source.
 */
export function clauseSpans(span: Span, min = 30): Span[] {
  const t = span.text;
  const out: Span[] = [];
  let from = 0;
  const add = (a: number, b: number) => {
    const r = trimClause(t, a, b);
    out.push({
      start: span.start + r.start,
      end: span.start + r.end,
      text: t.slice(r.start, r.end),
    });
  };
  const len = (r: { start: number; end: number }) => r.end - r.start;
  let seen = 0;
  let dollars = 0;
  let open = 0; // unclosed parentheses before the boundary
  for (const m of t.matchAll(CLAUSE_BREAK)) {
    for (; seen < m.index; seen++) {
      const c = t[seen];
      if (c === '$') dollars++;
      else if (c === '(') open++;
      else if (c === ')' && open > 0) open--;
    }
    if (dollars % 2 === 1 || open > 0) continue;
    // "A, B, and C" is a list, not two clauses: a comma shortly before ", and" gives it away.
    if (m[0][0] === ',' && t.slice(Math.max(0, m.index - 40), m.index).includes(',')) continue;
    const next = m.index + m[0].length;
    if (len(trimClause(t, from, m.index)) < min || len(trimClause(t, next, t.length)) < min)
      continue;
    add(from, m.index);
    from = next;
  }
  if (out.length === 0) return [span];
  add(from, t.length);
  return out;
}

function trimClause(t: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  const lead = LEADING_CONJ.exec(t.slice(start, end));
  if (lead && end - start - lead[0].length > 0) start += lead[0].length;
  while (end > start && /[\s;,:]/.test(t[end - 1]!)) end--;
  while (start < end && /\s/.test(t[start]!)) start++;
  return { start, end };
}
