// Text from outside (API, cache files, imported pages) must never drive the terminal: an
// escape sequence could retitle the window, repaint the screen, plant an OSC 8 link or make
// the terminal answer a query into our stdin. Bidi overrides and invisible tag characters
// could make a title read differently from what is stored. One linear scan, no regexes, so
// a 5 MB field costs a few milliseconds.
import type { Paper, PaperLinks } from '../domain/paper.js';

const ESC = 0x1b;
const BEL = 0x07;
const ST = 0x9c; // C1 String Terminator
const C1_CSI = 0x9b;

/** ESC ] (OSC), P (DCS), X (SOS), ^ (PM), _ (APC): each opens a string that runs to a terminator. */
const isStringOpener = (c: number) =>
  c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f;
const isC1StringOpener = (c: number) =>
  c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f;

/** Index just past a control string whose body starts at `i`. */
function skipControlString(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BEL || c === ST) return i + 1;
    // xterm aborts the string at any ESC; only ESC \ belongs to it, another ESC starts anew.
    if (c === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
  }
  return i;
}

/** Index just past a CSI whose parameters start at `i`. */
function skipCsi(s: string, i: number): number {
  // Parameters (0x30-0x3F) then intermediates (0x20-0x2F); accepting them in any order only
  // makes a malformed sequence lose a few more characters.
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x3f) break;
    i++;
  }
  const f = s.charCodeAt(i);
  return f >= 0x40 && f <= 0x7e ? i + 1 : i;
}

/** Index just past the escape sequence starting with ESC at `i`. */
function skipEscape(s: string, i: number): number {
  const c = s.charCodeAt(i + 1);
  if (c === 0x5b) return skipCsi(s, i + 2);
  if (isStringOpener(c)) return skipControlString(s, i + 2);
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  const f = s.charCodeAt(j);
  return f >= 0x30 && f <= 0x7e ? j + 1 : j;
}

/**
 * Invisible, reordering or format code points in the BMP (from U+00A0 up) that we drop: bidi
 * controls, and the format (Cf) and default-ignorable characters that take no column but
 * shift what follows (zero-width space, word joiner, invisible operators, fillers). Kept:
 * ZWNJ and ZWJ (U+200C/D: needed to write Persian or Hindi, and to join emoji) and the
 * variation selectors (U+FE00-FE0F: emoji or text presentation).
 */
function isBannedBmp(c: number): boolean {
  return (
    c === 0x00ad ||
    (c >= 0x0600 && c <= 0x0605) ||
    c === 0x061c ||
    c === 0x06dd ||
    c === 0x070f ||
    c === 0x0890 ||
    c === 0x0891 ||
    c === 0x08e2 ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3164 ||
    c === 0xfeff ||
    c === 0xffa0 ||
    (c >= 0xfff0 && c <= 0xfffb)
  );
}

/**
 * The same beyond the BMP: format controls (Kaithi, Egyptian hieroglyphs, shorthand, musical
 * symbols) and the tag block U+E0000-E0FFF, except the ideographic variation selectors
 * (U+E0100-E01EF), which pick a glyph of the character before them.
 */
function isBannedAstral(cp: number): boolean {
  return (
    cp === 0x110bd ||
    cp === 0x110cd ||
    (cp >= 0x13430 && cp <= 0x1343f) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff && !(cp >= 0xe0100 && cp <= 0xe01ef))
  );
}

// Every code unit the loop below would remove or replace (surrogates: checked in the loop).
// Each unit counts alone: that some are combining marks or Hangul jamo, which the lint rule
// reads as joined to the unit before them, is what we want matched one by one.
const NEEDS_WORK =
  // eslint-disable-next-line no-misleading-character-class
  /[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb\ud800-\udfff]/;

/**
 * Strips escape sequences and control, bidi, BOM, interlinear and tag code points; keeps
 * `\n`, turns tabs into spaces and `\r\n`, `\r`, U+2028, U+2029 into `\n`. A lone surrogate
 * becomes U+FFFD so that removing a character can never fuse two halves into a new code
 * point (which would break idempotence). Idempotent.
 */
export function sanitizeText(s: string): string {
  // Nearly all text is clean: one native regex scan settles it, even before the loop below
  // is compiled (start-up reads and re-checks a whole day file).
  if (!NEEDS_WORK.test(s)) return s;
  const parts: string[] = [];
  let run = 0; // start of the current stretch of clean text
  let i = 0;
  const n = s.length;
  // Keeps the clean stretch before `i`, adds `rep`, and resumes after `next`. Parts are
  // joined once at the end: millions of small concatenations would be several times slower.
  const cut = (rep: string, next: number) => {
    if (i > run) parts.push(s.slice(run, i));
    if (rep) parts.push(rep);
    i = next;
    run = next;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      i++;
    } else if (c === 0x0a) {
      i++;
    } else if (c === ESC) {
      cut('', Math.max(i + 1, skipEscape(s, i)));
    } else if (c === C1_CSI) {
      cut('', skipCsi(s, i + 1));
    } else if (isC1StringOpener(c)) {
      cut('', skipControlString(s, i + 1));
    } else if (c === 0x09) {
      cut(' ', i + 1);
    } else if (c === 0x0d) {
      cut(s.charCodeAt(i + 1) === 0x0a ? '' : '\n', i + 1);
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      cut('', i + 1);
    } else if (c === 0x2028 || c === 0x2029) {
      cut('\n', i + 1);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        if (isBannedAstral(cp)) cut('', i + 2);
        else i += 2;
      } else {
        cut('\ufffd', i + 1);
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      cut('\ufffd', i + 1);
    } else if (isBannedBmp(c)) {
      cut('', i + 1);
    } else {
      i++;
    }
  }
  if (run === 0) return s;
  parts.push(s.slice(run));
  return parts.join('');
}

/** For one-line fields (title, author): newlines, tabs and runs of spaces fold to one space. */
export function sanitizeLine(s: string): string {
  const t = sanitizeText(s);
  // Most lines are already one line with single spaces: a test is cheaper than a rewrite.
  if (!FOLDABLE.test(t)) return t;
  return t.replace(/[ \n]+/g, ' ').trim();
}
const FOLDABLE = /\n| {2}|^\s|\s$/;

const BACKSPACE = /[\b\x7f]/;

/**
 * Text as typed into the filter or search box. Keys that arrive in one chunk reach the text
 * input as text ("\x7f\x7f" for two quick Backspaces over ssh): each Backspace (DEL or BS)
 * takes back the character before it; escape sequences and control characters go, as in
 * any untrusted text, and a pasted newline becomes a space. Spaces are kept as typed.
 */
export function typedText(s: string): string {
  let t = s;
  if (BACKSPACE.test(t)) {
    const kept: string[] = [];
    for (const ch of t) {
      if (ch === '\b' || ch === '\x7f') kept.pop();
      else kept.push(ch);
    }
    t = kept.join('');
  }
  return sanitizeText(t).replace(/\n/g, ' ');
}

// RFC 3986 characters only: no spaces, quotes, angle brackets or backslashes that could end a
// Markdown link or a terminal hyperlink early.
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/** True for an absolute http(s) URL made of plain URL characters, with a host and no credentials. */
export function isCleanHttpUrl(u: string): boolean {
  if (u.length > 2048 || !/^https?:\/\//i.test(u)) return false;
  if (!URL_CHARS.test(u) || BAD_PERCENT.test(u)) return false;
  try {
    const url = new URL(u);
    // user:pass@ lets "https://arxiv.org@evil.example" pose as arXiv.
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Shortens `s` to at most `max` UTF-16 units (the ellipsis included), cutting only at a code
 * point boundary and never leaving a dangling zero-width joiner. Only the end is cut, so
 * offsets into the kept part stay valid (search highlights rely on that).
 */
export function truncateForDisplay(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 1) return '';
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  while (end > 0 && s.charCodeAt(end - 1) === 0x200d) end--;
  return `${s.slice(0, end)}…`;
}

const lines = (xs: string[]) => xs.map(sanitizeLine).filter((x) => x !== '');

function cleanLinks(links: PaperLinks): PaperLinks {
  const out: PaperLinks = {};
  for (const key of ['abs', 'pdf', 'code', 'project'] as const) {
    const u = links[key];
    if (u !== undefined && isCleanHttpUrl(u.trim())) out[key] = u.trim();
  }
  return out;
}

/**
 * Sanitizes every text field of a paper; drops links that are not clean http(s) URLs and
 * list entries that end up empty. Optional fields stay absent when absent. `sources` is a
 * closed set checked by validation, so it is left alone.
 */
export function sanitizePaper(p: Paper): Paper {
  const out: Paper = {
    ...p,
    id: sanitizeLine(p.id),
    title: sanitizeLine(p.title),
    authors: lines(p.authors),
    date: sanitizeLine(p.date),
    abstract: sanitizeText(p.abstract),
    summary: sanitizeText(p.summary),
    takeaways: p.takeaways.map((t) => sanitizeText(t).trim()).filter((t) => t !== ''),
    links: cleanLinks(p.links),
    keywords: lines(p.keywords),
  };
  if (p.publishedAt !== undefined) out.publishedAt = sanitizeLine(p.publishedAt);
  if (p.summarySource !== undefined) out.summarySource = sanitizeLine(p.summarySource);
  if (p.takeawaysSource !== undefined) out.takeawaysSource = sanitizeLine(p.takeawaysSource);
  if (p.comment !== undefined) out.comment = sanitizeLine(p.comment);
  if (p.topics !== undefined) out.topics = lines(p.topics);
  if (p.translation !== undefined) out.translation = sanitizeText(p.translation);
  if (p.translationLang !== undefined) out.translationLang = sanitizeLine(p.translationLang);
  return out;
}
