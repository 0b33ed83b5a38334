import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../src/domain/paper.js';
import {
  isCleanHttpUrl,
  sanitizeLine,
  sanitizePaper,
  sanitizeText,
  truncateForDisplay,
  typedText,
} from '../../src/text/sanitize.js';

// The rules, restated independently of the implementation: what may never reach the screen.
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
// Invisible but needed: ZWNJ/ZWJ (scripts, emoji), CGJ, variation selectors.
const NEEDED = (cp: number) =>
  cp === 0x200c ||
  cp === 0x200d ||
  cp === 0x034f ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0100 && cp <= 0xe01ef);
function isBanned(cp: number): boolean {
  return (
    (cp < 0xd800 || cp > 0xdfff
      ? INVISIBLE.test(String.fromCodePoint(cp)) && !NEEDED(cp)
      : false) ||
    (cp < 0x20 && cp !== 0x0a) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0xfeff ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xd800 && cp <= 0xdfff) // only reachable as a lone surrogate
  );
}
const bannedIn = (s: string) => [...s].map((c) => c.codePointAt(0)!).filter(isBanned);

describe('sanitizeText: escape sequences', () => {
  it.each([
    ['SGR colour', 'a\x1b[31mred\x1b[0m!', 'ared!'],
    ['CSI with private params', 'x\x1b[?1049hy', 'xy'],
    ['CSI with an intermediate', 'x\x1b[2 qy', 'xy'],
    ['cursor movement', 'a\x1b[2J\x1b[Hb', 'ab'],
    ['C1 CSI', 'a\x9b31mb', 'ab'],
    ['OSC title ended by BEL', '\x1b]0;pwned\x07after', 'after'],
    ['OSC 8 hyperlink ended by ESC \\', '\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\', 'link'],
    ['OSC ended by C1 ST', '\x1b]2;x\x9cy', 'y'],
    ['C1 OSC', 'a\x9d0;t\x07z', 'az'],
    ['DCS (sixel)', '\x1bPq#0;2;0;0;0\x1b\\after', 'after'],
    ['C1 DCS', 'a\x90payload\x9cb', 'ab'],
    ['SOS', 'a\x1bXhidden\x1b\\b', 'ab'],
    ['C1 SOS', 'a\x98hidden\x9cb', 'ab'],
    ['PM', 'a\x1b^hidden\x1b\\b', 'ab'],
    ['C1 PM', 'a\x9ehidden\x07b', 'ab'],
    ['APC', 'a\x1b_hidden\x1b\\b', 'ab'],
    ['C1 APC', 'a\x9fhidden\x9cb', 'ab'],
    ['unterminated OSC runs to the end', 'ok\x1b]0;forever and ever', 'ok'],
    ['OSC aborted by another ESC', '\x1b]0;t\x1b[1mX', 'X'],
    ['RIS (ESC c)', 'a\x1bcb', 'ab'],
    ['charset designation (ESC ( B)', 'a\x1b(Bb', 'ab'],
    ['save cursor (ESC 7)', 'a\x1b7b', 'ab'],
    ['lone ESC at the end', 'ab\x1b', 'ab'],
    ['ESC before a newline', 'a\x1b\nb', 'a\nb'],
    ['ESC ESC', 'a\x1b\x1b[1mb', 'ab'],
  ])('%s', (_name, input, out) => {
    expect(sanitizeText(input)).toBe(out);
  });
});

describe('sanitizeText: single code points', () => {
  it.each([
    ['C0 controls', 'a\x00\x01\x07\x08\x0b\x0c\x0e\x1f\x1ab', 'ab'],
    ['tab becomes a space', 'a\tb', 'a b'],
    ['CRLF becomes LF', 'a\r\nb', 'a\nb'],
    ['CR becomes LF', 'a\rb\r', 'a\nb\n'],
    ['newline kept', 'a\n\nb', 'a\n\nb'],
    ['DEL', 'a\x7fb', 'ab'],
    ['C1 (NEL, 0x80, stray ST)', 'a\x85\x80\x9cb', 'ab'],
    ['bidi embedding and override', 'a\u202ab\u202bc\u202cd\u202de\u202ef', 'abcdef'],
    ['bidi isolates', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['LRM, RLM, ALM', 'a\u200eb\u200fc\u061cd', 'abcd'],
    ['BOM / ZWNBSP', '\ufeffa\ufeffb', 'ab'],
    ['interlinear annotation', 'a\ufff9b\ufffac\ufffbd', 'abcd'],
    ['tag characters', 'a\u{e0001}\u{e0041}\u{e007f}b', 'ab'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['lone low surrogate', 'a\udc00b', 'a\ufffdb'],
    // Removing the BEL must not fuse the halves into a new code point.
    ['no fusion across a removed character', '\ud83d\x07\ude00', '\ufffd\ufffd'],
  ])('%s', (_name, input, out) => {
    expect(sanitizeText(input)).toBe(out);
  });

  it.each([
    ['ZWJ emoji', '👩‍💻 and 👨‍👩‍👧'],
    ['ZWNJ (Persian)', 'می\u200cخواهم'],
    ['combining marks', 'e\u0301 a\u0300 n\u0303'],
    ['CJK and punctuation', '大规模语言模型。「引用」'],
    ['emoji with skin tone', '👍🏽'],
    ['NBSP', 'a\u00a0b'],
  ])('keeps %s', (_name, s) => {
    expect(sanitizeText(s)).toBe(s);
  });

  it('returns the same string object when nothing changes', () => {
    const s = 'clean text';
    expect(sanitizeText(s)).toBe(s);
  });
});

describe('sanitizeLine', () => {
  it('folds exactly as collapsing space and newline runs, then trimming, would', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\u2028',
      'a',
      'Title',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(sanitizeLine(s)).toBe(
          sanitizeText(s)
            .replace(/[ \n]+/g, ' ')
            .trim(),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('folds newlines, tabs and runs of spaces into one space and trims', () => {
    expect(sanitizeLine('  A\n  title\twith\r\n  breaks  ')).toBe('A title with breaks');
  });
  it('strips sequences too', () => {
    expect(sanitizeLine('\x1b]0;x\x07Title\x1b[1m!')).toBe('Title!');
  });
});

describe('typedText (the filter and search boxes)', () => {
  it('applies Backspaces that arrived as text, one character each (emoji included)', () => {
    expect(typedText('turbo3dxx\x7f\x7f')).toBe('turbo3d');
    expect(typedText('ab\b\bcd')).toBe('cd');
    expect(typedText('x🤖\x7f')).toBe('x');
    expect(typedText('\x7f\x7fab')).toBe('ab');
  });
  it('keeps spaces as typed but drops escape sequences and controls; a newline is a space', () => {
    expect(typedText('large ')).toBe('large ');
    expect(typedText('a  b')).toBe('a  b');
    expect(typedText('\x1b[31mred\x1b[0m\x07 x\ny')).toBe('red x y');
  });
});

describe('isCleanHttpUrl', () => {
  it.each([
    'https://arxiv.org/abs/2405.12345',
    'http://example.com',
    'https://github.com/a/b_c-d.e~f?x=1&y=2#frag',
    'https://example.com/a%20b/(c)',
  ])('accepts %s', (u) => expect(isCleanHttpUrl(u)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'https://',
    'https://exa mple.com',
    ' https://example.com',
    'https://example.com/\x1b[31m',
    'https://example.com/<script>',
    'https://example.com/"quote',
    'https://example.com/back\\slash',
    'https://arxiv.org@evil.example/',
    'https://user:pass@example.com/',
    'https://example.com/%zz',
    'https://exämple.com/',
    'example.com',
  ])('rejects %j', (u) => expect(isCleanHttpUrl(u)).toBe(false));
});

describe('truncateForDisplay', () => {
  it('leaves short strings alone', () => {
    expect(truncateForDisplay('abc', 3)).toBe('abc');
  });
  it('cuts and adds an ellipsis within max', () => {
    expect(truncateForDisplay('abcdef', 4)).toBe('abc…');
  });
  it('never splits a surrogate pair', () => {
    const out = truncateForDisplay('ab😀cd', 4); // 'a','b',high,low,...
    expect(out).toBe('ab…');
    expect(out.length).toBeLessThanOrEqual(4);
  });
  it('does not leave a dangling ZWJ', () => {
    expect(truncateForDisplay('ab\u200dcd', 4)).toBe('ab…');
  });
  it('handles tiny limits', () => {
    expect(truncateForDisplay('abc', 1)).toBe('…');
    expect(truncateForDisplay('abc', 0)).toBe('');
  });
  it('keeps the kept prefix identical (match offsets stay valid)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(70), (s, max) => {
        const out = truncateForDisplay(s, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
        const kept = out.endsWith('…') && out !== s ? out.slice(0, -1) : out;
        expect(s.startsWith(kept)).toBe(true);
      }),
    );
  });
});

describe('sanitizePaper', () => {
  const dirty = makePaper({
    id: '2405.12345',
    title: 'A\n\x1b[31mTitle\u202e',
    date: '2024-05-27',
    authors: ['Ann\tLee', '\x1b]0;x\x07', 'Bo\u200fb'],
    abstract: 'Line one\r\nline two\x07',
    summary: 'S\x1b[1mum',
    summarySource: 'HF\nsummary',
    takeaways: ['one\x00', '  ', 'two\r'],
    takeawaysSource: 'src\t',
    keywords: ['k\x1b[0m', ''],
    topics: ['NeRF\u2066'],
    comment: '10 pages,\naccepted',
    translation: '中文\x1b]0;t\x07摘要',
    translationLang: 'zh\n',
    publishedAt: '2024-05-27T00:00:00Z\x07',
    links: {
      abs: 'https://arxiv.org/abs/2405.12345',
      pdf: 'javascript:alert(1)',
      code: 'https://github.com/a/b\x1b[0m',
      project: ' https://example.com/p ',
    },
    sources: ['hf-api'],
  });

  it('cleans every text field and drops unclean links', () => {
    const p = sanitizePaper(dirty);
    expect(p).toEqual({
      ...dirty,
      title: 'A Title',
      authors: ['Ann Lee', 'Bob'],
      abstract: 'Line one\nline two',
      summary: 'Sum',
      summarySource: 'HF summary',
      takeaways: ['one', 'two'],
      takeawaysSource: 'src',
      keywords: ['k'],
      topics: ['NeRF'],
      comment: '10 pages, accepted',
      translation: '中文摘要',
      translationLang: 'zh',
      publishedAt: '2024-05-27T00:00:00Z',
      links: { abs: 'https://arxiv.org/abs/2405.12345', project: 'https://example.com/p' },
    });
  });

  it('leaves absent optional fields absent', () => {
    const p = sanitizePaper(makePaper({ title: 't', date: '2024-01-01' }));
    for (const k of ['comment', 'topics', 'translation', 'summarySource', 'publishedAt']) {
      expect(Object.hasOwn(p, k)).toBe(false);
    }
  });

  it('is idempotent', () => {
    const once = sanitizePaper(dirty);
    expect(sanitizePaper(once)).toEqual(once);
  });

  it('leaves no banned code point in any string', () => {
    const all: string[] = [];
    JSON.parse(JSON.stringify(sanitizePaper(dirty)), (_k, v: unknown) => {
      if (typeof v === 'string') all.push(v);
      return v;
    });
    expect(all.length).toBeGreaterThan(15);
    for (const s of all) expect(bannedIn(s)).toEqual([]);
  });
});

// Pieces that escape sequences are made of, to stress the sequence parser.
// prettier-ignore
const FRAGMENTS = [
  '\x1b', '[', ']', 'P', 'X', '^', '_', '\\', '(', '\x07', '\x9b', '\x9c', '\x9d', '\x90',
  '\x98', '\x9e', '\x9f', '0', '1;31', ';', '?', ' ', 'm', 'H', 'c', 'a', 'é', '\n', '\r', '\t',
  '\u202e', '\u2066', '\ufeff', '\u{e0041}', '\ud83d', '\ude00', '😀', '\u200d', '\u2028',
];
const fragmentString = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((a) => a.join(''));
// Any code point including lone surrogates and controls.
const anyCodePoints = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 40 })
  .map((cps) => cps.map((c) => String.fromCodePoint(c)).join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), anyCodePoints, fragmentString);

describe('sanitize properties', () => {
  it('no banned code point survives', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(bannedIn(sanitizeText(s))).toEqual([]);
        expect(bannedIn(sanitizeLine(s))).toEqual([]);
        expect(sanitizeLine(s)).not.toMatch(/\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = sanitizeText(s);
        expect(sanitizeText(once)).toBe(once);
        const line = sanitizeLine(s);
        expect(sanitizeLine(line)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  const printable = fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', 'Z', '7', ' ', '\n', '.', ',', '(', ')', '-', '%', '<', '>'),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)), // CJK
      fc.integer({ min: 0x0300, max: 0x036f }).map((c) => `e${String.fromCodePoint(c)}`), // combining
      fc.integer({ min: 0x0391, max: 0x03c9 }).map((c) => String.fromCodePoint(c)), // Greek
      fc.constantFrom('👩‍💻', '👨‍👩‍👧', '🏳️‍🌈', '👍🏽', '\u200c', 'é', 'ß', 'ا', 'ह'),
    ),
  });

  it('leaves printable text unchanged', () => {
    fc.assert(
      fc.property(printable, (s) => {
        expect(sanitizeText(s)).toBe(s);
      }),
    );
  });

  it('leaves any printable grapheme without banned code points unchanged', () => {
    const graphemes = fc.string({ unit: 'grapheme' }).filter((s) => bannedIn(s).length === 0);
    fc.assert(
      fc.property(graphemes, (s) => {
        expect(sanitizeText(s)).toBe(s);
      }),
    );
  });
});

describe('sanitize on huge input', () => {
  const MB5 = 5 * 1024 * 1024;

  it('handles 5 MB of mixed text and sequences', () => {
    const unit =
      'Some abstract text 大规模 \x1b[31mred\x1b[0m \x1b]8;;u\x07l\x1b]8;;\x07\r\n\u202e';
    const s = unit.repeat(Math.ceil(MB5 / unit.length));
    const out = sanitizeText(s);
    expect(out.length).toBeLessThan(s.length);
    expect(out.includes('\x1b')).toBe(false);
    expect(sanitizeLine(s).includes('\n')).toBe(false);
  });

  it('handles 5 MB of pathological prefixes (unterminated CSI, aborted OSC)', () => {
    for (const unit of ['\x1b[', '\x1b]a\x1b', '\x1b[1;2;3;4;5;6', '\x9b', '\ud800', '\r']) {
      const s = unit.repeat(Math.ceil(MB5 / unit.length));
      expect(bannedIn(sanitizeText(s).slice(0, 1000))).toEqual([]);
    }
  });

  it('handles 5 MB behind an unterminated OSC (eaten to the end)', () => {
    const s = `ok\x1b]0;${'x'.repeat(MB5)}`;
    expect(sanitizeText(s)).toBe('ok');
  });
});
