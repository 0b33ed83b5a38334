import { describe, expect, it } from 'vitest';
import { makePaper } from '../../src/domain/paper.js';
import { markAllRead, undoChange } from '../../src/triage/mark-all.js';
import { parseResume, resumeAt, type ResumePoint } from '../../src/triage/resume.js';
import { tldrLine, tldrSource } from '../../src/triage/tldr.js';
import { displayWidth } from '../../src/text/width.js';

const abstract =
  'Diffusion models are slow at sampling. We propose a one-step sampler that matches fifty-step quality. It runs on phones.';

describe('the TL;DR one-liner', () => {
  it('prefers a source summary, then an LLM one, then the abstract’s first extracted sentence', () => {
    const src = makePaper({
      title: 't',
      date: '2025-01-01',
      abstract,
      summary: 'HF says so.',
      summarySource: 'Hugging Face AI summary',
    });
    const llm = makePaper({
      title: 't',
      date: '2025-01-01',
      abstract,
      summary: 'An LLM says so.',
      summarySource: 'LLM (gpt)',
    });
    const none = makePaper({ title: 't', date: '2025-01-01', abstract });
    expect([tldrSource(src), tldrSource(llm), tldrSource(none)]).toEqual([
      'source',
      'llm',
      'extracted',
    ]);
    expect(tldrLine(src, 80)).toBe('HF says so.');
    expect(tldrLine(llm, 80)).toBe('An LLM says so.');
    const x = tldrLine(none, 200);
    expect(abstract).toContain(x);
    expect(x).toMatch(/\.$/);
    expect(tldrLine(makePaper({ title: 't', date: '2025-01-01' }), 80)).toBe('');
  });

  it('fits the width in terminal columns (CJK counts two) and strips control characters', () => {
    const p = makePaper({
      title: 't',
      date: '2025-01-01',
      summary: '扩散模型很慢。\u001b[31mred\u0007 text\nacross lines and more words',
      summarySource: 'ChatPaperFree',
    });
    for (const w of [5, 12, 30]) {
      const line = tldrLine(p, w);
      expect(displayWidth(line)).toBeLessThanOrEqual(w);
      expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
    expect(tldrLine(p, 12).endsWith('…')).toBe(true);
  });
});

describe('mark all read', () => {
  it('changes only unread papers, so the undo leaves earlier reads alone', () => {
    const read = new Set(['b']);
    const change = markAllRead(['a', 'b', 'c', 'a'], (id) => read.has(id));
    expect(change).toEqual({ ids: ['a', 'c'], read: true });
    expect(undoChange(change)).toEqual({ ids: ['a', 'c'], read: false });
  });
});

describe('resume', () => {
  const saved: ResumePoint = {
    day: '2025-10-02',
    paperId: '2510.00001',
    sort: 'for-you',
    unreadOnly: true,
    tldr: true,
    newestDay: '2025-10-03',
  };

  it('reopens the same day and paper with the same modes when no newer day arrived', () => {
    expect(resumeAt(saved, ['2025-10-01', '2025-10-02', '2025-10-03'])).toEqual({
      day: '2025-10-02',
      paperId: '2510.00001',
      sort: 'for-you',
      unreadOnly: true,
      tldr: true,
      jumpedToNewest: false,
    });
  });

  it('opens the newest day, keeping sort and modes, once newer days arrived', () => {
    expect(resumeAt(saved, ['2025-10-02', '2025-10-03', '2025-10-04'])).toEqual({
      day: '2025-10-04',
      sort: 'for-you',
      unreadOnly: true,
      tldr: true,
      jumpedToNewest: true,
    });
  });

  it('opens the newest day when the saved day is gone, and nothing when nothing is cached', () => {
    expect(resumeAt(saved, ['2025-10-03'])?.day).toBe('2025-10-03');
    expect(resumeAt(saved, [])).toBeUndefined();
    expect(resumeAt(undefined, ['2025-10-01'])).toMatchObject({
      day: '2025-10-01',
      sort: 'listed',
    });
  });

  it('reads back only what a resume point can hold', () => {
    expect(parseResume(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(parseResume({ ...saved, day: 'yesterday' })).toBeUndefined();
    expect(parseResume({ ...saved, sort: 'chaos', paperId: '\u001b[2J' })).toMatchObject({
      sort: 'listed',
      paperId: undefined,
    });
  });
});

describe('the opening sort', () => {
  it('is the chosen sort, else for-you from five stars on, else as listed', async () => {
    const { openingSort } = await import('../../src/triage/sorts.js');
    expect(openingSort(undefined, 4, 5)).toBe('listed');
    expect(openingSort(undefined, 5, 5)).toBe('for-you');
    expect(openingSort('upvotes', 50, 5)).toBe('upvotes');
  });
});
