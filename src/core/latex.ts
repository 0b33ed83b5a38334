// Abstracts arrive as LaTeX source (`\%`, `\textbf{…}`, `$O(1/t)$`) mixed with plain text that
// only looks special (`<person, action>`, `$5 million`). This turns them into Markdown that
// marked renders as the author meant: LaTeX read the way LaTeX would, everything else literal.
import * as T from './latex-symbols.js';
import { escapeInline, escapeMarkdown } from './markdown-escape.js';
import { isCleanHttpUrl } from './sanitize.js';

export { escapeMarkdown };

/** Output pieces: text (escaped when rendered) or Markdown markup we produced. */
type Piece = string | { md: string };
type Style = 'bold' | 'italic' | 'code';

const STYLE_ARG: Record<string, Style> = {
  textbf: 'bold',
  emph: 'italic',
  textit: 'italic',
  textsl: 'italic',
  texttt: 'code',
};
const STYLE_DECL: Record<string, Style> = {
  bf: 'bold',
  bfseries: 'bold',
  em: 'italic',
  it: 'italic',
  itshape: 'italic',
  sl: 'italic',
  tt: 'code',
  ttfamily: 'code',
};

// arXiv/HF sometimes strip the backslash ("textit{O}"); these names before "{" are still LaTeX.
const BARE_COMMAND = /(?:textbf|textit|texttt|textsc|emph|mathbf|mathcal|mathrm|mathbb)(?=\{)/y;
const URL_START = /(?:https?:\/\/|www\.)/y;
const URL_BODY = /(?:[^\s<>"{}|\\^`]|\\[_%#&~])+/y;
const ANCHOR = /<a\s+href="([^"]*)"[^>]*>[^<]*<\/a>/iy;
const NAME = /[A-Za-z]+/y;
// A run of characters with no LaTeX meaning, ending after at most one space so that a word
// start (where a URL or a stripped command may begin) always starts a new run.
const PLAIN_RUN = /[^\\{}$~\-`'_^<(\s]+\s?|\s/y;

const textOf = (ps: Piece[]) => ps.map((p) => (typeof p === 'string' ? p : '')).join('');
const own = <V>(t: Record<string, V>, k: string) => (Object.hasOwn(t, k) ? t[k] : undefined);
const count = (s: string, c: string) => s.split(c).length - 1;

/**
 * Pandoc's rule for where `$…$` math ends: it opens before a non-space and closes after one,
 * and a closing `$` right before a digit ("$5-$10") is money, unless the content is plainly
 * math ("$\\sim$10x").
 */
function mathEnd(s: string, i: number): number {
  if (!/\S/.test(s[i + 1] ?? ' ')) return -1;
  for (let j = i + 1; j < s.length && j - i <= 200; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '$') {
      const mathy = /[\\^_{]/.test(s.slice(i + 1, j));
      return /\s/.test(s[j - 1]!) || (/\d/.test(s[j + 1] ?? '') && !mathy) ? -1 : j;
    }
  }
  return -1;
}

/** Drops trailing punctuation (and an unbalanced ")") that ends the sentence, not the URL. */
function trimUrl(u: string): string {
  let end = u.length;
  for (;;) {
    const c = u[end - 1];
    const head = u.slice(0, end);
    if (c && "?!.,:;*_~'".includes(c)) end--;
    else if (c === ')' && count(head, '(') < count(head, ')')) end--;
    else return head;
  }
}

class Parser {
  i = 0;
  private quoted = false;
  constructor(
    private readonly s: string,
    private readonly md: boolean,
  ) {}

  /** Parses until an unmatched `close` or the end; `closed` says which. */
  seq(math: boolean, close?: string): { out: Piece[]; closed: boolean } {
    const out: Piece[] = [];
    let decl: { from: number; style: Style } | undefined;
    const s = this.s;
    const done = (closed: boolean) => ({
      out: decl
        ? [...out.slice(0, decl.from), ...this.styled(out.slice(decl.from), decl.style)]
        : out,
      closed,
    });
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === close) {
        this.i++;
        return done(true);
      }
      if (c === '\\') {
        const r = this.command(math);
        if (Array.isArray(r)) out.push(...r);
        else decl = { from: out.length, style: r.decl };
      } else if (c === '{') out.push(...this.group(math));
      else if (!math && this.special(out)) continue;
      else if (c === '$' && !math) out.push(...this.math());
      else if (c === '_' || c === '^') {
        this.i++;
        out.push(T.script(c, textOf(this.arg(math))));
      } else if (c === '~') this.emit(out, ' ', 1);
      else if (math && c === "'") this.emit(out, '′', 1);
      else if (math && c === '&') this.emit(out, ' ', 1);
      else {
        PLAIN_RUN.lastIndex = this.i;
        const run = PLAIN_RUN.exec(s)?.[0] ?? c;
        this.emit(out, run, run.length);
      }
    }
    return done(false);
  }

  private emit(out: Piece[], p: Piece, len: number): true {
    out.push(p);
    this.i += len;
    return true;
  }

  /** Text-mode forms that need look-ahead: URLs, stripped commands, dashes, quotes, <a>. */
  private special(out: Piece[]): boolean {
    const { s, i } = this;
    const c = s[i]!;
    const at = (re: RegExp) => ((re.lastIndex = i), re.exec(s));
    if (/[a-z]/.test(c) && !/[A-Za-z\\]/.test(s[i - 1] ?? '')) {
      if (at(BARE_COMMAND)) {
        this.i--; // read it as if the backslash were there
        out.push(...(this.command(false) as Piece[]));
        return true;
      }
      if (at(URL_START)) return this.url(out);
    }
    if (s.startsWith('---', i)) return this.emit(out, '—', 3);
    // "--" is an en dash, except as a command-line flag ("--help").
    if (s.startsWith('--', i) && !(/[A-Za-z]/.test(s[i + 2] ?? '') && /^\s?$/.test(s[i - 1] ?? '')))
      return this.emit(out, '–', 2);
    if (s.startsWith('``', i) || (s.startsWith("''", i) && this.quoted)) {
      this.quoted = !this.quoted;
      return this.emit(out, this.quoted ? '“' : '”', 2);
    }
    if (c === '<') {
      const a = at(ANCHOR); // arXiv listings embed <a href="…">this https URL</a>
      if (a && isCleanHttpUrl(a[1]!)) return this.emit(out, a[1]!, a[0].length);
    }
    if (c === '^' && /^\\?circ(?![A-Za-z])/.test(s.slice(i + 1, i + 7)))
      return this.emit(out, '°', s[i + 1] === '\\' ? 6 : 5);
    // Outside math, only "_{…}" / "^{…}" are scripts; "snake_case" and "2^10" stay as written.
    if ((c === '_' || c === '^') && s[i + 1] !== '{') return this.emit(out, c, 1);
    return false;
  }

  private url(out: Piece[]): true {
    URL_BODY.lastIndex = this.i;
    const raw = trimUrl(URL_BODY.exec(this.s)![0]);
    this.emit(out, raw.replace(/\\([_%#&~])/g, '$1'), raw.length);
    // arXiv's \href leftovers repeat the address in braces: "https://x/{https://x/}".
    if (this.s.startsWith(`{${raw}}`, this.i)) this.i += raw.length + 2;
    return true;
  }

  private math(): Piece[] {
    const { s, i } = this;
    const display = s.startsWith('$$', i);
    const open = display ? 2 : 1;
    const end = display ? s.indexOf('$$', i + 2) : mathEnd(s, i);
    if (end < 0 || end - i > 2000) {
      this.i += open;
      return [s.slice(i, i + open)];
    }
    this.i = end + open;
    return this.sub(s.slice(i + open, end), true);
  }

  private sub(src: string, math: boolean): Piece[] {
    return new Parser(src, this.md).seq(math).out;
  }

  private group(math: boolean): Piece[] {
    this.i++;
    const { out, closed } = this.seq(math, '}');
    return closed ? out : ['{', ...out];
  }

  /** One argument: a braced group, a command, or a single code point. */
  private arg(math: boolean): Piece[] {
    while (this.s[this.i] === ' ') this.i++;
    const c = this.s[this.i];
    if (c === undefined) return [];
    if (c === '{') return this.group(math);
    if (c === '\\') {
      const r = this.command(math);
      return Array.isArray(r) ? r : [];
    }
    const cp = String.fromCodePoint(this.s.codePointAt(this.i)!);
    this.i += cp.length;
    return [cp];
  }

  /** The source of a braced argument, unparsed (URLs, \text{…}). */
  private rawArg(): string {
    while (this.s[this.i] === ' ') this.i++;
    if (this.s[this.i] !== '{') return textOf(this.arg(false));
    let depth = 0;
    for (let j = this.i; j < this.s.length; j++) {
      if (this.s[j] === '\\') j++;
      else if (this.s[j] === '{') depth++;
      else if (this.s[j] === '}' && --depth === 0) {
        const body = this.s.slice(this.i + 1, j);
        this.i = j + 1;
        return body;
      }
    }
    return textOf(this.arg(false));
  }

  private styled(inner: Piece[], style: Style): Piece[] {
    const text = textOf(inner);
    if (!this.md || !text.trim()) return inner;
    if (style === 'code') {
      const t = text.trim();
      const fence = '`'.repeat(Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length)) + 1);
      const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
      return [{ md: `${fence}${pad}${t}${pad}${fence}` }];
    }
    // "** x **" is not bold: the marks must hug the text, so edge spaces move outside them.
    const body = [...inner];
    if (typeof body[0] === 'string') body[0] = body[0].trimStart();
    const last = body.at(-1);
    if (typeof last === 'string') body[body.length - 1] = last.trimEnd();
    const mark = { md: style === 'bold' ? '**' : '*' };
    return [/^\s/.test(text) ? ' ' : '', mark, ...body, mark, /\s$/.test(text) ? ' ' : ''];
  }

  private command(math: boolean): Piece[] | { decl: Style } {
    const s = this.s;
    this.i++;
    NAME.lastIndex = this.i;
    const name = NAME.exec(s)?.[0] ?? s[this.i] ?? '';
    this.i += name.length;
    if (name === '') return ['\\'];
    if (!/[A-Za-z]/.test(name)) return this.symbolCommand(name, math);
    const next = () => this.arg(math);
    const style = own(STYLE_ARG, name);
    if (style) return math ? next() : this.styled(next(), style);
    const decl = own(STYLE_DECL, name);
    if (decl && !math) return { decl };
    const textAccent = name.length === 1 && s[this.i] === '{' ? own(T.ACCENTS, name) : undefined;
    if (textAccent) return [T.accent(textOf(next()), textAccent)];
    const mathAccent = own(T.MATH_ACCENTS, name);
    if (mathAccent) return [T.accent(textOf(next()), mathAccent)];
    switch (name) {
      case 'url':
        return [
          this.rawArg()
            .trim()
            .replace(/\\([_%#&~])/g, '$1'),
        ];
      case 'href': {
        const u = this.rawArg()
          .trim()
          .replace(/\\([_%#&~])/g, '$1');
        const text = next();
        if (!isCleanHttpUrl(u)) return text;
        return this.md ? [{ md: '[' }, ...text, { md: `](${u})` }] : [...text, ` (${u})`];
      }
      case 'frac':
      case 'dfrac':
      case 'tfrac':
        return [T.frac(textOf(next()), textOf(next()))];
      case 'sqrt': {
        if (s[this.i] === '[') this.i = Math.max(this.i, s.indexOf(']', this.i) + 1);
        const t = textOf(next());
        return [/^[\p{L}\p{N}]$/u.test(t) ? `√${t}` : `√(${t})`];
      }
      case 'mathbb':
        return [[...textOf(next())].map((c) => own(T.BLACKBOARD, c) ?? c).join('')];
      case 'text':
      case 'mbox':
        return this.sub(this.rawArg(), false);
      case 'textcolor':
        next();
        return next();
      case 'footnote':
        return [' (', ...next(), ')'];
      case 'left':
      case 'right':
        if (s[this.i] === '.') this.i++; // \left. is an invisible delimiter
        return [];
    }
    if (T.DROP_ARG.has(name)) {
      next();
      return [];
    }
    if (T.PLAIN_ARG.has(name)) return next();
    if (T.IGNORED.has(name)) return [];
    const sym = own(T.SYMBOLS, name);
    if (sym !== undefined) return [sym];
    // Unknown: keep what is readable, its argument or else its name.
    return s[this.i] === '{' ? next() : [name];
  }

  private symbolCommand(c: string, math: boolean): Piece[] {
    if ('%&_#${}'.includes(c)) return [c];
    if ('\\,;: >'.includes(c)) return [' '];
    if ('!/-@'.includes(c)) return [];
    if (c === '(' || c === '[') return this.delimited(c === '(' ? '\\)' : '\\]');
    if (c === '|') return ['‖'];
    const mark = own(T.ACCENTS, c);
    if (mark && !math) return [T.accent(textOf(this.arg(false)), mark)];
    return [c];
  }

  private delimited(close: string): Piece[] {
    const end = this.s.indexOf(close, this.i);
    if (end < 0) return [close === '\\)' ? '(' : '['];
    const body = this.s.slice(this.i, end);
    this.i = end + 2;
    return this.sub(body, true);
  }
}

/** Joins pieces; in Markdown, text is escaped so only our own markup is markup. */
function render(ps: Piece[], md: boolean): string {
  let out = '';
  let text = '';
  const flush = () => {
    out += md ? escapeInline(text, out.at(-1) ?? '') : text;
    text = '';
  };
  for (const p of ps) {
    if (typeof p === 'string') text += p;
    else {
      flush();
      out += p.md;
    }
  }
  flush();
  return out;
}

function convert(s: string, md: boolean): string {
  // LaTeX reads a single newline as a space and a blank line as a paragraph break.
  return s
    .split(/\n[ \t]*\n\s*/)
    .map((para) => {
      const src = para.replace(/\s+/g, ' ').trim();
      return render(new Parser(src, md).seq(false).out, md).replace(/ {2,}/g, ' ').trim();
    })
    .filter((p) => p !== '')
    .join('\n\n');
}

/** LaTeX-flavoured abstract text → Markdown whose rendering reads like the typeset text. */
export function latexToMarkdown(s: string): string {
  return convert(s, true);
}

/** The same reading as plain text, no Markdown: for BibTeX, exports and search. */
export function latexToText(s: string): string {
  return convert(s, false);
}
