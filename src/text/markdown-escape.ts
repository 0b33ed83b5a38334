// Plain text placed into Markdown must render as itself: `<person, action>` is not an HTML
// tag, `* 3` is not a bullet, `a_b_c` is not emphasis. http(s) URLs stay raw so marked still
// autolinks them; the rules below mirror marked's GFM autolink so that a URL is either linked
// whole or not linked at all, and its text reads the same either way.

// marked's GFM url rule (protocol, then at least one domain character) and its backpedal,
// which drops trailing punctuation and an unbalanced ")" from the link.
const URL = /[hH][tT][tT][pP][sS]?:\/\/(?:[a-zA-Z0-9-]+\.?)+[^\s<]*/g;
const BACKPEDAL = /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/;

const SPECIAL = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)/g;
// At the start of a line these open a heading, list, rule, setext underline or (":-") the
// delimiter row of a one-column table.
const LINE_START = /^(?:[#+=-]|:(?=-)|\d{1,9}(?=[.)](?:\s|$)))/;

function linkedPart(url: string): string {
  let prev: string;
  let u = url;
  do {
    prev = u;
    u = BACKPEDAL.exec(u)?.[0] ?? '';
  } while (u !== prev);
  return u;
}

function escapeChars(s: string, lineStart: boolean): string {
  // marked autolinks "www." and "http://" wherever a token boundary falls, which escaping
  // cannot predict; an escaped "." or ":" keeps them plain text.
  let t = s
    .replace(SPECIAL, '\\$&')
    .replace(/www\./g, 'www\\.')
    .replace(/(https?|ftp):\/\//gi, '$1\\://');
  if (lineStart) {
    const m = LINE_START.exec(t);
    if (m) t = /\d/.test(m[0]) ? `${m[0]}\\${t.slice(m[0].length)}` : `\\${t}`;
  }
  return t;
}

/**
 * An http(s) URL as marked should see it. marked's link runs to the next space, so an escape
 * anywhere in the text glued to the URL's end would be read into the link, and a word glued
 * to its start can turn it into an e-mail address. Then the URL is delimited explicitly with
 * <…>, or, where that is impossible (a ">" inside), it is left as text, not linked at all.
 */
function link(url: string, before: string, after: string): string | undefined {
  const glued = /^\S*/.exec(after)![0];
  if (/^$|[\s(]/.test(before) && escapeChars(glued, false) === glued) return url;
  return url.includes('>') ? undefined : `<${url}>`;
}

/**
 * Escapes one line's worth of text for Markdown. `prev` is the character the text follows in
 * the output ('' or '\n' at the start of a line).
 */
export function escapeInline(s: string, prev = ''): string {
  const lineStart = prev === '' || prev === '\n';
  let out = '';
  let last = 0;
  for (const m of s.matchAll(URL)) {
    const at = m.index;
    // Longer "URLs" are text: backpedalling over them would cost quadratic time.
    const url = m[0].length > 2048 ? '' : linkedPart(m[0]);
    if (url === '') continue;
    const linked = link(
      url,
      at > 0 ? s[at - 1]! : prev,
      s.slice(at + url.length, at + url.length + 200),
    );
    if (linked === undefined) continue;
    out += escapeChars(s.slice(last, at), last === 0 && lineStart) + linked;
    last = at + url.length;
  }
  return out + escapeChars(s.slice(last), last === 0 && lineStart);
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
