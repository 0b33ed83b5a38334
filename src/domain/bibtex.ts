// BibTeX entries following arXiv's own export (@misc + eprint/archivePrefix).
//
// Encoding choice: accented Latin letters become LaTeX accent commands ({\'e}, {\v{s}}) so a
// file works with classic BibTeX + pdfLaTeX as well as biber; anything without an ASCII
// spelling (CJK, Greek, math symbols) stays UTF-8, which biber and BibTeX pass through.
// Braces are written as \textbraceleft{}/\textbraceright{}: BibTeX counts every brace, even
// an escaped one, so "\{" alone would unbalance the entry.
import { extractArxivId, type Paper } from './paper.js';
import { latexToText } from '../text/latex/latex.js';
import { isCleanHttpUrl, sanitizeLine } from '../text/sanitize.js';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

// Combining mark → accent command; letter commands need their argument braced.
const ACCENTS: Record<string, string> = {
  '\u0301': "'",
  '\u0300': '`',
  '\u0302': '^',
  '\u0308': '"',
  '\u0303': '~',
  '\u0304': '=',
  '\u0307': '.',
  '\u0306': 'u',
  '\u030c': 'v',
  '\u030b': 'H',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u030a': 'r',
  '\u0323': 'd',
};
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  å: '{\\aa}',
  Å: '{\\AA}',
};

function latexChar(g: string): string {
  if (Object.hasOwn(SPECIALS, g)) return SPECIALS[g]!;
  if (Object.hasOwn(LETTERS, g)) return LETTERS[g]!;
  if (g.charCodeAt(0) < 0x80) return g;
  const [base, mark, ...more] = [...g.normalize('NFD')];
  const cmd = mark && Object.hasOwn(ACCENTS, mark) ? ACCENTS[mark] : undefined;
  if (!base || !/^[A-Za-z]$/.test(base) || !cmd || more.length) return g.normalize('NFC');
  return /[A-Za-z]/.test(cmd) ? `{\\${cmd}{${base}}}` : `{\\${cmd}${base}}`;
}

/** Plain text → a BibTeX field body: specials escaped, accents as commands, braces balanced. */
export function bibtexEscape(s: string): string {
  return [...s.normalize('NFC')].map(latexChar).join('');
}

/** What a field holds: the LaTeX in a title read as text, on one line. */
const fieldText = (s: string) => bibtexEscape(sanitizeLine(latexToText(sanitizeLine(s))));

/** Lower-case ASCII letters and digits only: "Müller" → "muller", "Łukasz" → "lukasz". */
function asciiFold(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const KEY_STOPWORDS = new Set(
  (
    'a an the on of in for to and with towards toward via from is are do does can how what ' +
    'why when at by as beyond into through'
  ).split(' '),
);

function lastName(author: string): string {
  const a = sanitizeLine(author);
  const last = a.includes(',') ? a.split(',')[0]! : (a.split(' ').at(-1) ?? '');
  return asciiFold(last);
}

/** The year arXiv would give: from the id (2405.x → 2024, cs/0112017 → 2001), else the dates. */
function year(p: Paper): string {
  const id = extractArxivId(p.id);
  const yy = id
    ? /^\d{4}\./.test(id)
      ? id.slice(0, 2)
      : id.split('/')[1]!.slice(0, 2)
    : undefined;
  if (yy) return String(Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy));
  return (p.publishedAt ?? p.date).slice(0, 4);
}

/** Google-Scholar-style key: first author's last name, year, first significant title word. */
export function bibtexKey(p: Paper): string {
  const words = latexToText(sanitizeLine(p.title)).split(/[^\p{L}\p{N}]+/u);
  const word = words.map(asciiFold).find((w) => w && !KEY_STOPWORDS.has(w)) ?? '';
  return `${lastName(p.authors[0] ?? '') || 'anon'}${year(p)}${word}`;
}

function entry(p: Paper, key: string): string {
  const id = extractArxivId(p.id);
  const url = [
    id ? `https://arxiv.org/abs/${id}` : undefined,
    p.links.abs,
    p.links.pdf,
    p.links.project,
  ].find((u): u is string => u !== undefined && isCleanHttpUrl(u));
  const authors = p.authors
    .map(fieldText)
    .filter((a) => a !== '')
    // A literal " and " inside one name would split it in two; braces keep it whole.
    .map((a) => (/\band\b/i.test(a) ? `{${a}}` : a));
  const fields: [string, string | undefined][] = [
    ['title', `{${fieldText(p.title)}}`],
    ['author', authors.length ? authors.join(' and ') : undefined],
    ['year', year(p)],
    ['eprint', id],
    ['archivePrefix', id ? 'arXiv' : undefined],
    // Old-style ids carry their archive ("math.GT/0309136"); new ones do not.
    ['primaryClass', id?.includes('/') ? id.split('/')[0] : undefined],
    ['url', url], // clean URLs hold no braces or backslashes
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}},`);
  return `@misc{${key},\n${body.join('\n')}\n}\n`;
}

/** One paper as a BibTeX @misc entry. */
export function toBibtex(p: Paper): string {
  return entry(p, bibtexKey(p));
}

/** Many papers; keys that collide get b, c, … suffixes so every key is unique. */
export function toBibtexAll(papers: Paper[]): string {
  const used = new Set<string>();
  return papers
    .map((p) => {
      const base = bibtexKey(p);
      let key = base;
      for (let n = 1; used.has(key); n++) key = base + (n < 26 ? String.fromCharCode(97 + n) : n);
      used.add(key);
      return entry(p, key);
    })
    .join('\n');
}
