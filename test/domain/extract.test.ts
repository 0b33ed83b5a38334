import { describe, expect, it } from 'vitest';
import { EXTRACTED_SOURCE, extractSummary, withExtracted } from '../../src/domain/extract.js';
import { makePaper } from '../../src/domain/paper.js';
import {
  clauseSpans,
  normalizeSpace,
  sentenceSpans,
  splitSentences,
} from '../../src/domain/sentences.js';
import { readSharedFixture } from '../helpers/fixtures.js';

describe('splitSentences', () => {
  it.each([
    ['plain', 'One here. Two there! Three? Four.', ['One here.', 'Two there!', 'Three?', 'Four.']],
    [
      'e.g.',
      'Tasks, e.g. Summarization, work. Next.',
      ['Tasks, e.g. Summarization, work.', 'Next.'],
    ],
    ['i.e.', 'Memory, i.e. The cache, helps. Next.', ['Memory, i.e. The cache, helps.', 'Next.']],
    [
      'et al.',
      'As Smith et al. Showed, it works. Next.',
      ['As Smith et al. Showed, it works.', 'Next.'],
    ],
    ['Fig.', 'See Fig. 2 for details. Next.', ['See Fig. 2 for details.', 'Next.']],
    ['Eq.', 'By Eq. 3 we get it. Next.', ['By Eq. 3 we get it.', 'Next.']],
    ['vs.', 'Accuracy 90.9% vs. 90.2% on it. Next.', ['Accuracy 90.9% vs. 90.2% on it.', 'Next.']],
    ['approx.', 'It takes approx. 3 hours. Next.', ['It takes approx. 3 hours.', 'Next.']],
    ['decimals', 'Scores rose by 3.5 points. Next.', ['Scores rose by 3.5 points.', 'Next.']],
    [
      'versions',
      'We use v1.2.3 and GPT-4.5 here. Next.',
      ['We use v1.2.3 and GPT-4.5 here.', 'Next.'],
    ],
    ['LaTeX math', 'Let $a. B$ hold. Next.', ['Let $a. B$ hold.', 'Next.']],
    ['URLs', 'Code: https://x.org/a.b/c.html. Next.', ['Code: https://x.org/a.b/c.html.', 'Next.']],
    [
      'U.S.',
      'Data from the U.S. Census is used. Next.',
      ['Data from the U.S. Census is used.', 'Next.'],
    ],
    ['lower case continues', 'It is 5 m. wide. Next.', ['It is 5 m. wide.', 'Next.']],
    ['closing quote', 'He said "done." Then left.', ['He said "done."', 'Then left.']],
    ['lost space', 'It fails.Existing models lag.', ['It fails.', 'Existing models lag.']],
    ['brand names', 'We predict. iVideoGPT works.', ['We predict.', 'iVideoGPT works.']],
    ['variables', 'It depends on T. We fix it.', ['It depends on T.', 'We fix it.']],
    ['digits start', 'It ends here. 3D scenes follow.', ['It ends here.', '3D scenes follow.']],
    [
      'Chinese',
      '我们提出了新方法。实验表明效果显著！是否通用？可以；但有限。',
      ['我们提出了新方法。', '实验表明效果显著！', '是否通用？', '可以；', '但有限。'],
    ],
    ['no terminal period', 'No period at the end', ['No period at the end']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('normalizes whitespace and keeps spans exact', () => {
    const text = normalizeSpace('  First   line\nwrapped.  Second\tone. ');
    for (const s of sentenceSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentenceSpans(text).map((s) => s.text)).toEqual(['First line wrapped.', 'Second one.']);
  });
});

describe('clauseSpans', () => {
  const clauses = (t: string) =>
    clauseSpans({ start: 0, end: t.length, text: t }, 20).map((c) => c.text);

  it('splits at semicolons and drops a leading conjunction', () => {
    const t =
      '(i) the first finding holds well; (ii) the second also holds; and (iii) the third one too.';
    expect(clauses(t)).toEqual([
      '(i) the first finding holds well',
      '(ii) the second also holds',
      '(iii) the third one too.',
    ]);
  });

  it('splits ", while" clauses but keeps "A, B, and C" lists whole', () => {
    expect(clauses('The model runs much faster here, while accuracy stays the same.')).toEqual([
      'The model runs much faster here',
      'accuracy stays the same.',
    ]);
    const list = 'It handles images, videos, and long documents in one model.';
    expect(clauses(list)).toEqual([list]);
  });

  it('never cuts inside math or parentheses', () => {
    const t = 'We set $a; b$ to the first value here (see the setup; it varies) for all runs.';
    expect(clauses(t)).toEqual([t]);
  });
});

const FIXTURES = [
  'hf-daily-papers-2024-05-27.json',
  'hf-daily-papers-2025-07-08.json',
  'hf-daily-papers-2026-06-12.json',
];
const abstracts = FIXTURES.flatMap((f) =>
  (JSON.parse(readSharedFixture(f)) as { paper: { id: string; summary: string } }[]).map((i) => ({
    id: i.paper.id,
    text: i.paper.summary,
  })),
);

describe('extractSummary on real abstracts', () => {
  it('reads all 64 abstracts', () => {
    expect(abstracts).toHaveLength(64);
  });

  it.each(abstracts.map((a) => [a.id, a.text]))(
    '%s: grounded, ordered, 3-5 takeaways',
    (_id, text) => {
      const norm = normalizeSpace(text);
      const x = extractSummary(text);
      expect(x.summary.length).toBeGreaterThan(0);
      for (const s of splitSentences(x.summary)) expect(norm).toContain(s);
      expect(x.takeaways.length).toBeGreaterThanOrEqual(3);
      expect(x.takeaways.length).toBeLessThanOrEqual(5);
      let at = -1;
      for (const t of x.takeaways) {
        expect(t.length).toBeGreaterThan(0);
        const pos = norm.indexOf(t, at + 1);
        expect(pos).toBeGreaterThan(at); // a substring, after the previous one
        at = pos;
      }
      expect(new Set(x.takeaways).size).toBe(x.takeaways.length);
      expect(extractSummary(text)).toEqual(x);
    },
  );

  it('keeps summaries short where the abstract allows', () => {
    const long = abstracts.filter((a) => extractSummary(a.text).summary.length > 450);
    expect(long).toEqual([]);
  });

  it('prefers the contribution sentence for the summary', () => {
    const withCue = abstracts.filter((a) => /\bwe (propose|introduce|present)\b/i.test(a.text));
    const hits = withCue.filter((a) =>
      /\bwe (propose|introduce|present)\b|this paper|this work/i.test(
        extractSummary(a.text).summary,
      ),
    );
    expect(hits.length / withCue.length).toBeGreaterThan(0.8);
  });

  it('keeps links and release notes out of takeaways when it can', () => {
    for (const a of abstracts) {
      for (const t of extractSummary(a.text).takeaways) expect(t).not.toMatch(/https?:\/\//);
    }
  });

  it('handles 100 abstracts quickly', () => {
    const start = performance.now();
    for (let k = 0; k < 100; k++) extractSummary(abstracts[k % abstracts.length]!.text);
    expect(performance.now() - start).toBeGreaterThan(0); // completes; timing is for `bench`
  });
});

describe('extractSummary edge cases', () => {
  it('returns nothing for empty input', () => {
    expect(extractSummary('')).toEqual({ summary: '', takeaways: [] });
    expect(extractSummary('  \n ')).toEqual({ summary: '', takeaways: [] });
  });

  it('does its best with one sentence: clauses become takeaways', () => {
    const one =
      'We introduce a compact retrieval model for long documents, while keeping latency low; it matches larger baselines on four benchmarks, and it runs on a single consumer GPU.';
    const x = extractSummary(one);
    expect(x.summary).toBe(one);
    expect(x.takeaways.length).toBeGreaterThanOrEqual(3);
    for (const t of x.takeaways) expect(one).toContain(t);
  });

  it('handles two sentences', () => {
    const two =
      'We propose a method for sparse attention. It is twice as fast as dense attention on long inputs.';
    const x = extractSummary(two);
    expect(x.summary).toContain('We propose a method');
    expect(x.takeaways.length).toBeGreaterThanOrEqual(1);
    for (const t of x.takeaways) expect(two).toContain(t);
  });

  it('handles Chinese text', () => {
    const zh =
      '大规模语言模型在许多任务上表现出色。然而，其推理成本很高。本文提出了一种高效的稀疏注意力方法。实验结果表明，该方法在长文本任务上显著优于基线；同时推理速度提升了两倍。';
    const x = extractSummary(zh);
    expect(x.summary).toContain('本文提出了一种高效的稀疏注意力方法。');
    expect(x.takeaways.length).toBeGreaterThanOrEqual(3);
    for (const t of x.takeaways) expect(zh).toContain(t);
    expect(extractSummary(zh)).toEqual(x);
  });
});

describe('withExtracted', () => {
  const abstract = abstracts[0]!.text;

  it('fills an empty summary and takeaways, marked as extracted', () => {
    const p = withExtracted(makePaper({ title: 't', date: '2024-05-27', abstract }));
    expect(p.summary).not.toBe('');
    expect(p.summarySource).toBe(EXTRACTED_SOURCE);
    expect(p.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(p.takeawaysSource).toBe(EXTRACTED_SOURCE);
  });

  it("never replaces a source's own text", () => {
    const p = makePaper({
      title: 't',
      date: '2024-05-27',
      abstract,
      summary: 'Their summary.',
      summarySource: 'Hugging Face AI summary',
    });
    const out = withExtracted(p);
    expect(out.summary).toBe('Their summary.');
    expect(out.summarySource).toBe('Hugging Face AI summary');
    expect(out.takeawaysSource).toBe(EXTRACTED_SOURCE);
  });

  it('returns the same object when there is nothing to fill', () => {
    const full = makePaper({
      title: 't',
      date: '2024-05-27',
      abstract,
      summary: 's',
      takeaways: ['a'],
    });
    expect(withExtracted(full)).toBe(full);
    const empty = makePaper({ title: 't', date: '2024-05-27' });
    expect(withExtracted(empty)).toBe(empty);
  });
});

describe('extractSummary on hostile input', () => {
  it.each([
    ['a megabyte of sentences', 'We propose a thing that works well. '.repeat(30_000)],
    [
      'one giant sentence of clauses',
      `${'it works; and it scales, while it runs '.repeat(20_000)}.`,
    ],
    ['a megabyte without spaces', 'x.'.repeat(500_000)],
    ['dollars everywhere', '$a. B '.repeat(100_000)],
  ])('completes: %s', (_name, s) => {
    const x = extractSummary(s);
    expect(typeof x.summary).toBe('string');
  });
});
