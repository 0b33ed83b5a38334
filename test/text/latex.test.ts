import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, latexToMarkdown, latexToText } from '../../src/text/latex/latex.js';
import { readSharedFixture } from '../helpers/fixtures.js';

/** What a reader sees once marked has rendered `md`: the text of the HTML, spaces collapsed. */
function visible(md: string): string {
  const html = marked.parse(md, { async: false });
  return html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('latexToMarkdown: escapes and text-mode LaTeX', () => {
  it.each([
    ['54.6\\% speedup', '54.6% speedup'],
    ['R\\&D', 'R&D'],
    ['snake\\_case', 'snake\\_case'],
    ['issue \\#5', 'issue #5'],
    ['costs \\$5', 'costs $5'],
    ['8~FPS on RTX~4090', '8 FPS on RTX 4090'],
    ['\\textbf{bold} text', '**bold** text'],
    ['\\emph{stress} and \\textit{it}', '*stress* and *it*'],
    ['\\texttt{code}', '`code`'],
    ['\\textbf{ padded }word', '**padded** word'],
    ['{\\bf group bold} and {\\em em}', '**group bold** and *em*'],
    ['\\textsc{AIEV-Instruct} method', 'AIEV-Instruct method'],
    ['\\url{https://x.org/a_b}', 'https://x.org/a_b'],
    ['see \\href{https://x.org}{the site}', 'see [the site](https://x.org)'],
    ['\\cite{foo} done', 'done'],
    ['unknown \\foo{kept} and \\LaTeX', 'unknown kept and LaTeX'],
    ["Schr\\\"odinger, \\'{e}t\\'e, \\c{c}a, \\v{s}", 'Schrödinger, été, ça, š'],
    ["``quoted''", '“quoted”'],
    ['range 5--10 and a---b', 'range 5–10 and a—b'],
    ['flag --help stays', 'flag --help stays'],
    ['footnote\\footnote{see x}', 'footnote (see x)'],
  ])('%j', (src, md) => {
    expect(latexToMarkdown(src)).toBe(md);
  });

  it('treats a blank line as a paragraph break and a single newline as a space', () => {
    expect(latexToMarkdown('one\ntwo\n\n  three')).toBe('one two\n\nthree');
  });
});

describe('latexToMarkdown: math', () => {
  it.each([
    ['$O(1/t)$', 'O(1/t)'],
    ['$F_1$ score', 'F₁ score'],
    ['$x^2$', 'x²'],
    ['$x^{-1}$ and $x_{ij}$', 'x⁻¹ and xᵢⱼ'],
    ['$A^\\top$, $90^\\circ$', 'Aᵀ, 90°'],
    ['$x_{\\text{max}}$', 'xₘₐₓ'],
    ['$G_{stack}$', 'G\\_(stack)'], // no subscript c: readable fallback
    ['$x^{q}$', 'x^q'],
    ['$\\alpha, \\beta, \\gamma, \\Omega$', 'α, β, γ, Ω'],
    ['$a \\times b \\cdot c \\pm d$', 'a × b · c ± d'],
    ['$a \\leq b \\geq c \\approx d$', 'a ≤ b ≥ c ≈ d'],
    ['$\\sim$10x', '\\~10x'],
    ['$a \\rightarrow b$, $\\infty$', 'a → b, ∞'],
    ['$\\mathbf{x} \\in \\mathbb{R}^d$', 'x ∈ ℝᵈ'],
    ['$\\mathcal{O}(n \\log n)$', 'O(n log n)'],
    ['$\\text{softmax}(x)$ and $\\mathrm{KL}$', 'softmax(x) and KL'],
    ['$\\frac{1}{2}$, $\\frac{a+b}{c}$', '1/2, (a+b)/c'],
    ['$\\sqrt{2}$, $\\sqrt{n+1}$', '√2, √(n+1)'],
    ['$\\hat{y}$', 'ŷ'],
    ['$\\left( x \\right)$', '( x )'],
    ['$$E = mc^2$$', 'E = mc²'],
    ['\\(a_1\\) and \\[b^2\\]', 'a₁ and b²'],
  ])('%j', (src, md) => {
    expect(latexToMarkdown(src)).toBe(md);
  });

  it.each([
    ['costs $5 million and $10 million', 'costs $5 million and $10 million'],
    ['$5-$10 per hour', '$5-$10 per hour'],
    ['a $ sign alone', 'a $ sign alone'],
    ['price: $3.50, and $ 4', 'price: $3.50, and $ 4'],
  ])('leaves money alone: %j', (src, md) => {
    expect(latexToMarkdown(src)).toBe(md);
  });

  it('does not let math span paragraphs', () => {
    expect(latexToMarkdown('$x\n\ny$')).toBe('$x\n\ny$');
  });
});

describe('latexToMarkdown: arXiv and Hugging Face leftovers', () => {
  it('reads commands whose backslash was stripped', () => {
    expect(latexToMarkdown('three critical textit{O}bstacles')).toBe('three critical *O*bstacles');
    expect(latexToMarkdown('a 360^circ panorama')).toBe('a 360° panorama');
    expect(latexToMarkdown('called G_{stack}, which')).toBe('called G\\_(stack), which');
  });

  it('collapses the repeated \\href address', () => {
    const src = 'at https://llm-stacking.github.io/{https://llm-stacking.github.io/}.';
    expect(latexToMarkdown(src)).toBe('at https://llm-stacking.github.io/.');
  });

  it('turns an arXiv <a href> anchor into its address', () => {
    const src = 'website: <a href="https://example.org/p/">this\nhttps URL.</a>';
    expect(latexToMarkdown(src)).toBe('website: https://example.org/p/');
  });

  it('keeps URLs intact (no tilde, dash or underscore processing inside)', () => {
    const src = 'code: https://example.org/~u/a--b_c_d.html.';
    expect(latexToMarkdown(src)).toBe('code: https://example.org/~u/a--b_c_d.html.');
    expect(visible(latexToMarkdown(src))).toBe('code: https://example.org/~u/a--b_c_d.html.');
  });
});

describe('literal text that only looks like markup', () => {
  it.each([
    ['<person, action, object> triplets', '<person, action, object> triplets'],
    ['emits <swi> to enter and </swi> to exit', 'emits <swi> to enter and </swi> to exit'],
    ['# not a heading', '# not a heading'],
    ['- not a list', '- not a list'],
    ['1. not a list', '1. not a list'],
    ['> not a quote', '> not a quote'],
    ['* not a bullet and **not bold** or _not em_', '* not a bullet and **not bold** or _not em_'],
    ['V*, CountBench and a*b*c', 'V*, CountBench and a*b*c'],
    ['a | b | c', 'a | b | c'],
    ['[not](a link) and ![not](an image)', '[not](a link) and ![not](an image)'],
    ['`not code`', '`not code`'],
    ['&amp; stays &amp;', '&amp; stays &amp;'],
    ['~~not struck~~', '~~not struck~~'],
    ['back\\slash', 'back\\slash'],
  ])('%j renders literally', (src, seen) => {
    expect(visible(escapeMarkdown(src))).toBe(seen);
  });

  it('latexToMarkdown keeps angle brackets visible', () => {
    expect(visible(latexToMarkdown('<person, action, object>'))).toBe('<person, action, object>');
  });

  it('escapeMarkdown output renders as the input for any mix of special characters', () => {
    const unit = fc.constantFrom(
      ...'abc XYZ 019 . , ; : ! ? ( ) [ ] { } < > * _ ~ ` # + - = | & \\ / @ $ % ^ \' "'.split(' '),
      ' ',
      '\n',
      '&amp;',
      '&#35;',
      'https://x.org/a_b',
      'www.x.org',
      'a@b.co',
      '1.',
      '- ',
      '* ',
      '# ',
      '> ',
      '    ',
      '---',
      '===',
      ':-',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), (parts) => {
        const s = parts.join('');
        // Leading spaces of lines are dropped on purpose; compare collapsed text.
        expect(visible(escapeMarkdown(s))).toBe(collapse(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('latexToMarkdown on text without LaTeX', () => {
  it('renders any mix of Markdown-special characters literally', () => {
    const unit = fc.constantFrom(
      ...'abc XYZ 019 . , ; : ! ? ( ) [ ] < > * _ # + = | & / @ % \' "'.split(' '),
      ' ',
      '\n',
      '\n\n',
      '&amp;',
      'https://x.org/a_b',
      'www.x.org',
      '1.',
      '* ',
      '# ',
      '> ',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), (parts) => {
        const s = parts.join('');
        expect(visible(latexToMarkdown(s))).toBe(collapse(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('latexToText', () => {
  it('gives the same reading without Markdown', () => {
    expect(latexToText('\\textbf{Bold} $x^2$ <a> \\_ 50\\%')).toBe('Bold x² <a> _ 50%');
  });
});

describe('real abstracts', () => {
  const files = [
    'hf-daily-papers-2024-05-27.json',
    'hf-daily-papers-2025-07-08.json',
    'hf-daily-papers-2026-06-12.json',
  ];
  const abstracts = files.flatMap((f) =>
    (JSON.parse(readSharedFixture(f)) as { paper: { summary: string } }[]).map(
      (i) => i.paper.summary,
    ),
  );

  it('has abstracts to read', () => {
    expect(abstracts.length).toBe(64);
  });

  it('leaves no LaTeX escapes or formatting commands behind', () => {
    for (const a of abstracts) {
      const md = latexToMarkdown(a);
      const seen = visible(md);
      expect(seen).not.toMatch(/\\(?:textbf|textit|textsc|emph|%|&|_)|textit\{|\$\\/);
      expect(seen).not.toMatch(/~\S/); // non-breaking tildes became spaces
    }
  });

  it('keeps literal angle-bracket text visible', () => {
    const withTags = abstracts.filter((a) => /<swi>/.test(a));
    expect(withTags.length).toBeGreaterThan(0);
    for (const a of withTags) expect(visible(latexToMarkdown(a))).toContain('<swi>');
  });

  it('renders percent signs that were escaped as \\%', () => {
    const withPercent = abstracts.filter((a) => a.includes('\\%'));
    expect(withPercent.length).toBeGreaterThan(0);
    for (const a of withPercent) expect(visible(latexToMarkdown(a))).toMatch(/\d%/);
  });
});

describe('robustness', () => {
  const fragments = fc.constantFrom(
    ...['\\', '{', '}', '$', '$$', '\\(', '\\)', '\\[', '\\]', '_', '^', '~', '--', '``', "''"],
    ...['\\textbf', '\\emph', '\\frac', '\\sqrt', '\\url', '\\href', '\\text', '\\left', '\\hat'],
    ...['\\alpha', '\\%', "\\'", 'a', ' ', '\n', '<a href="https://x.org">t</a>', 'https://x.org'],
    ...['textit', '<', '>', '*', '#', '1.', 'x', '5', '\\foo', '[', ']'],
  );

  it('never throws on LaTeX fragments in any order', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(typeof latexToMarkdown(s)).toBe('string');
        expect(typeof latexToText(s)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof latexToMarkdown(s)).toBe('string');
      }),
    );
  });

  it.each([
    ['deep braces', '{'.repeat(100_000) + 'x' + '}'.repeat(100_000)],
    ['unclosed braces', '{a '.repeat(100_000)],
    ['command chains', '\\hat'.repeat(50_000) + 'x'],
    ['unclosed \\(', '\\( a '.repeat(50_000)],
    ['unclosed $$', '$$ a '.repeat(50_000)],
    ['unclosed \\url{', '\\url{a '.repeat(50_000)],
    ['unclosed anchors', '<a href="'.repeat(50_000)],
    ['long URL of parentheses', `https://x.org/${'('.repeat(200_000)}`],
    ['long URL of closers', `see https://x.org/${')'.repeat(200_000)}`],
  ])('completes on hostile input: %s', (_name, s) => {
    expect(typeof latexToMarkdown(s)).toBe('string');
  });
});
