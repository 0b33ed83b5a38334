// A small LaTeX reader for abstract text: text mode and math mode, groups, commands with
// arguments, and the look-ahead forms (URLs, dashes, quotes, stripped commands) that plain
// text mixes in. It yields pieces; latex.ts renders them as Markdown or plain text.
import { runCommand, styled } from './commands.js';
import { script, type Style } from './symbols.js';
import { isCleanHttpUrl } from '../sanitize.js';

import { LOOKAHEAD, within, type CommandParser, type Piece } from './pieces.js';

export { LOOKAHEAD, within, type Piece };

// arXiv/HF sometimes strip the backslash ("textit{O}"); these names before "{" are still LaTeX.
const BARE_COMMAND = /(?:textbf|textit|texttt|textsc|emph|mathbf|mathcal|mathrm|mathbb)(?=\{)/y;
const URL_START = /(?:https?:\/\/|www\.)/y;
const URL_BODY = /(?:[^\s<>"{}|\\^`]|\\[_%#&~]){1,2048}/y;
const ANCHOR = /<a\s+href="([^"]{0,2048})"[^>]{0,200}>[^<]{0,200}<\/a>/iy;
const NAME = /[A-Za-z]+/y;
// A run of characters with no LaTeX meaning, ending after at most one space so that a word
// start (where a URL or a stripped command may begin) always starts a new run.
const PLAIN_RUN = /[^\\{}$~\-`'_^<(\s]+\s?|\s/y;

const MAX_DEPTH = 32;

/** push(...more) without spreading: a huge argument list would overflow the stack. */
function append(out: Piece[], more: Piece[]): void {
  for (const p of more) out.push(p);
}

export const textOf = (ps: Piece[]) => ps.map((p) => (typeof p === 'string' ? p : '')).join('');
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

export class Parser implements CommandParser {
  i = 0;
  private quoted = false;
  constructor(
    readonly s: string,
    readonly md: boolean,
    private depth = 0,
  ) {}

  /** Parses until an unmatched `close` or the end; `closed` says which. */
  seq(math: boolean, close?: string): { out: Piece[]; closed: boolean } {
    const out: Piece[] = [];
    let decl: { from: number; style: Style } | undefined;
    const s = this.s;
    const done = (closed: boolean) => ({
      out: decl
        ? [...out.slice(0, decl.from), ...styled(out.slice(decl.from), decl.style, this.md)]
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
        if (Array.isArray(r)) append(out, r);
        else decl = { from: out.length, style: r.decl };
      } else if (c === '{') append(out, this.group(math));
      else if (!math && this.special(out)) continue;
      else if (c === '$' && !math) append(out, this.math());
      else if (c === '_' || c === '^') {
        this.i++;
        out.push(script(c, textOf(this.arg(math))));
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
        append(out, this.command(false) as Piece[]);
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
    const end = display ? within(s, '$$', i + 2) : mathEnd(s, i);
    if (end < 0) {
      this.i += open;
      return [s.slice(i, i + open)];
    }
    this.i = end + open;
    return this.sub(s.slice(i + open, end), true);
  }

  sub(src: string, math: boolean): Piece[] {
    if (this.depth >= MAX_DEPTH) return [src];
    return new Parser(src, this.md, this.depth + 1).seq(math).out;
  }

  private group(math: boolean): Piece[] {
    this.i++;
    // Deep nesting would exhaust the stack; no real abstract nests 32 levels.
    if (this.depth >= MAX_DEPTH) return ['{'];
    this.depth++;
    const { out, closed } = this.seq(math, '}');
    this.depth--;
    if (!closed) out.unshift('{');
    return out;
  }

  /** One argument: a braced group, a command, or a single code point. */
  arg(math: boolean): Piece[] {
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

  /** The source of a braced argument, unparsed (URLs, \text{…}); at most 2,000 characters. */
  rawArg(): string {
    while (this.s[this.i] === ' ') this.i++;
    if (this.s[this.i] !== '{') return textOf(this.arg(false));
    let depth = 0;
    for (let j = this.i; j < this.s.length && j - this.i < LOOKAHEAD; j++) {
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

  /** At a backslash: reads the command name and lets latex-commands.ts interpret it. */
  command(math: boolean): Piece[] | { decl: Style } {
    this.i++;
    NAME.lastIndex = this.i;
    const name = NAME.exec(this.s)?.[0] ?? this.s[this.i] ?? '';
    this.i += name.length;
    if (name === '') return ['\\'];
    if (this.depth >= MAX_DEPTH) return [name];
    this.depth++; // \hat\hat\hat… nests through arguments, not groups
    try {
      return runCommand(this, name, math);
    } finally {
      this.depth--;
    }
  }
}
