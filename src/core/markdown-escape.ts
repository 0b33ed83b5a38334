// Plain text placed into Markdown must render as itself: `<person, action>` is not an HTML
// tag, `* 3` is not a bullet, `a_b_c` is not emphasis. URLs stay raw so marked still autolinks
// them; the rules below mirror marked's GFM autolink so a URL is either linked whole or escaped.

// marked's GFM url rule (protocol, then at least one domain character) and its backpedal,
// which drops trailing punctuation and unbalanced ")" from the link.
const URL = /(?:[hH][tT][tT][pP][sS]?:\/\/|www\.)(?:[a-zA-Z0-9-]+\.?)+[^\s<]*/g;
const BACKPEDAL = /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/;

const SPECIAL = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)/g;
// At the start of a line these open a heading, list, quote, rule or setext underline.
const LINE_START = /^(?:[#+=-]|\d{1,9}(?=[.)]))/;

function linkedPart(url: string): string {
  let prev: string;
  let u = url;
  do {
    prev = u;
    u = BACKPEDAL.exec(u)?.[0] ?? '';
  } while (u !== prev);
  return u;
}

/**
 * A URL as marked should see it. An escape right after a raw URL would be read as part of
 * the URL, so then the URL is closed explicitly with <…>; where that is impossible, its
 * scheme is escaped so marked does not link it at all and the text still reads right.
 */
function link(url: string, next: string): string {
  if (!/[\\`*_[\]<>|~&]/.test(next)) return url;
  if (!/^www/i.test(url) && !url.includes('>')) return `<${url}>`;
  return escapeChars(url, false).replace(/^(www|https?)([.:])/i, '$1\\$2');
}

function escapeChars(s: string, lineStart: boolean): string {
  let t = s.replace(SPECIAL, '\\$&');
  if (lineStart) {
    const m = LINE_START.exec(t);
    if (m) t = /\d/.test(m[0]) ? `${m[0]}\\${t.slice(m[0].length)}` : `\\${t}`;
  }
  return t;
}

/**
 * Escapes one line's worth of text for Markdown. `prev` is the character the text follows in
 * the output ('' or '\n' at the start of a line).
 */
export function escapeInline(s: string, prev = ''): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(URL)) {
    const at = m.index;
    const before = at === 0 ? prev : s[at - 1]!;
    // marked links "www." only after a space, "(" or an emphasis mark; http(s) anywhere.
    if (m[0][0] === 'w' && !/^$|[\s*_~(]/.test(before)) continue;
    const url = linkedPart(m[0]);
    if (url === '') continue;
    out += escapeChars(s.slice(last, at), last === 0 && (prev === '' || prev === '\n'));
    out += link(url, s[at + url.length] ?? '');
    last = at + url.length;
  }
  return out + escapeChars(s.slice(last), last === 0 && (prev === '' || prev === '\n'));
}

/**
 * Escapes plain text (a title, an author, a comment) so marked renders it literally. Leading
 * spaces of each line are dropped: four of them would start a code block.
 */
export function escapeMarkdown(s: string): string {
  return s
    .split('\n')
    .map((line) => escapeInline(line.replace(/^[ \t]+/, '')))
    .join('\n');
}
