// What LaTeX commands mean once the parser has read their name: symbols, text styles, accents,
// fractions, links, and a readable fallback for anything unknown.
import { within, type CommandParser as Parser, type Piece } from './pieces.js';
import * as T from './symbols.js';
import { isCleanHttpUrl } from '../sanitize.js';

const own = <V>(t: Record<string, V>, k: string) => (Object.hasOwn(t, k) ? t[k] : undefined);
const textOf = (ps: Piece[]) => ps.map((p) => (typeof p === 'string' ? p : '')).join('');
const unescapeUrl = (u: string) => u.trim().replace(/\\([_%#&~])/g, '$1');

/** Markdown emphasis or code around `inner` (plain text when `md` is off). */
export function styled(inner: Piece[], style: T.Style, md: boolean): Piece[] {
  const text = textOf(inner);
  if (!md || !text.trim()) return inner;
  if (style === 'code') {
    const t = text.trim();
    const longest = (t.match(/`+/g) ?? []).reduce((n, r) => Math.max(n, r.length), 0);
    const fence = '`'.repeat(longest + 1);
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

/** One-character commands: escaped specials, spacing, accents, \( \) and \[ \] math. */
function symbolCommand(p: Parser, c: string, math: boolean): Piece[] {
  if ('%&_#${}'.includes(c)) return [c];
  if ('\\,;: >'.includes(c)) return [' '];
  if ('!/-@'.includes(c)) return [];
  if (c === '|') return ['‖'];
  if (c === '(' || c === '[') {
    const close = c === '(' ? '\\)' : '\\]';
    const end = within(p.s, close, p.i);
    if (end < 0) return [c];
    const body = p.s.slice(p.i, end);
    p.i = end + 2;
    return p.sub(body, true);
  }
  const mark = own(T.ACCENTS, c);
  return mark && !math ? [T.accent(textOf(p.arg(false)), mark)] : [c];
}

/** Interprets command `name` (already consumed) at the parser's position. */
export function runCommand(p: Parser, name: string, math: boolean): Piece[] | { decl: T.Style } {
  if (!/[A-Za-z]/.test(name)) return symbolCommand(p, name, math);
  const next = () => p.arg(math);
  const style = own(T.STYLE_ARG, name);
  if (style) return math ? next() : styled(next(), style, p.md);
  const decl = own(T.STYLE_DECL, name);
  if (decl && !math) return { decl };
  const textAccent = name.length === 1 && p.s[p.i] === '{' ? own(T.ACCENTS, name) : undefined;
  if (textAccent) return [T.accent(textOf(next()), textAccent)];
  const mathAccent = own(T.MATH_ACCENTS, name);
  if (mathAccent) return [T.accent(textOf(next()), mathAccent)];
  switch (name) {
    case 'url':
      return [unescapeUrl(p.rawArg())];
    case 'href': {
      const u = unescapeUrl(p.rawArg());
      const text = next();
      if (!isCleanHttpUrl(u)) return text;
      return p.md ? [{ md: '[' }, ...text, { md: `](${u})` }] : [...text, ` (${u})`];
    }
    case 'frac':
    case 'dfrac':
    case 'tfrac':
      return [T.frac(textOf(next()), textOf(next()))];
    case 'sqrt': {
      if (p.s[p.i] === '[') p.i = Math.max(p.i, within(p.s, ']', p.i) + 1); // root index: dropped
      const t = textOf(next());
      return [/^[\p{L}\p{N}]$/u.test(t) ? `√${t}` : `√(${t})`];
    }
    case 'mathbb':
      return [[...textOf(next())].map((c) => own(T.BLACKBOARD, c) ?? c).join('')];
    case 'text':
    case 'mbox':
      return p.sub(p.rawArg(), false); // back to text mode inside math
    case 'textcolor':
      next();
      return next();
    case 'footnote':
      return [' (', ...next(), ')'];
    case 'left':
    case 'right':
      if (p.s[p.i] === '.') p.i++; // \left. is an invisible delimiter
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
  return p.s[p.i] === '{' ? next() : [name];
}
