import { describe, expect, it } from 'vitest';
import type { DayList } from '../../src/domain/paper.js';
import type { Services } from '../../src/reader/services.js';
import { renderReader } from '../helpers/reader.js';
import { KEY, waitForFrame } from '../helpers/ink.js';
import { day, paper } from '../helpers/papers.js';

const older = day('2026-11-22', [
  paper(1, { title: 'Older alpha paper' }),
  paper(2, { title: 'Older beta paper' }),
]);
const newer = day('2026-11-24', [
  paper(3, { title: 'Middle votes paper', upvotes: 20 }),
  paper(4, {
    title: 'Aardvark top paper',
    upvotes: 90,
    links: { code: 'https://github.com/x/aardvark' },
  }),
  paper(5, {
    title: 'Zebra low paper',
    upvotes: 1,
    translation: '这是中文摘要。',
    translationLang: 'zh',
  }),
]);

function setup(days: DayList[] = [older, newer], over: Partial<Services> = {}) {
  const snap = () => fake.services.flags.getSnapshot();
  const summarizeDays = async () =>
    days.map((d) => ({
      date: d.date,
      total: d.papers.length,
      unread: d.papers.filter((p) => !snap().has('read', p.id)).length,
      starred: d.papers.filter((p) => snap().has('starred', p.id)).length,
      sources: d.sources,
    }));
  const fake = renderReader(days, { services: { summarizeDays, ...over } });
  return fake;
}

describe('library features in the reader', () => {
  it('* stars the selected paper and f shows starred only', async () => {
    const { lastFrame, stdin, services } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    stdin.write('j');
    await waitForFrame(lastFrame, (f) => /›.*Aardvark/.test(f));
    stdin.write('*');
    await waitForFrame(lastFrame, (f) => f.includes('★') && f.includes('starred: 2611.10004'));
    expect(services.flags.getSnapshot().has('starred', '2611.10004')).toBe(true);
    stdin.write('f');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('starred only'));
    expect(frame).toContain('Aardvark top paper');
    expect(frame).not.toContain('Middle votes paper');
  });

  it('s cycles the order and the status bar names it', async () => {
    const { lastFrame, stdin } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('sort: as listed'));
    stdin.write('s');
    const byVotes = await waitForFrame(lastFrame, (f) => f.includes('sort: upvotes'));
    expect(byVotes.indexOf('Aardvark')).toBeLessThan(byVotes.indexOf('Middle'));
    expect(byVotes.indexOf('Middle')).toBeLessThan(byVotes.indexOf('Zebra'));
    stdin.write('s');
    const byTitle = await waitForFrame(lastFrame, (f) => f.includes('sort: title'));
    expect(byTitle.indexOf('Aardvark')).toBeLessThan(byTitle.indexOf('Zebra'));
    stdin.write('s');
    await waitForFrame(lastFrame, (f) => f.includes('sort: published'));
  });

  it('C shows only papers with code', async () => {
    const { lastFrame, stdin } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Zebra low paper'));
    stdin.write('C');
    const frame = await waitForFrame(lastFrame, (f) => f.includes('has code'));
    expect(frame).toContain('Aardvark');
    expect(frame).not.toContain('Zebra low paper');
  });

  it('o, p and c open the page, PDF and code in the browser; y and Y copy id and BibTeX', async () => {
    const { lastFrame, stdin, opened, copied } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    stdin.write('j');
    await waitForFrame(lastFrame, (f) => /›.*Aardvark/.test(f));
    stdin.write('o');
    await waitForFrame(lastFrame, (f) => f.includes('opened https://arxiv.org/abs/2611.10004'));
    stdin.write('p');
    await waitForFrame(lastFrame, (f) => f.includes('opened https://arxiv.org/pdf/2611.10004'));
    stdin.write('c');
    await waitForFrame(lastFrame, (f) => f.includes('opened https://github.com/x/aardvark'));
    expect(opened).toEqual([
      'https://arxiv.org/abs/2611.10004',
      'https://arxiv.org/pdf/2611.10004',
      'https://github.com/x/aardvark',
    ]);
    stdin.write('y');
    await waitForFrame(lastFrame, (f) => f.includes('copied 2611.10004'));
    stdin.write('Y');
    await waitForFrame(lastFrame, (f) => f.includes('copied BibTeX'));
    expect(copied[0]).toBe('2611.10004');
    expect(copied[1]).toMatch(/^@\w+\{/);
    expect(copied[1]).toContain('eprint');
  });

  it('c on a paper without code says so instead of opening anything', async () => {
    const { lastFrame, stdin, opened } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    stdin.write('c');
    await waitForFrame(lastFrame, (f) => f.includes('no code link'));
    expect(opened).toEqual([]);
  });

  it('D lists the days with counts; Enter opens one; N goes to the next day with unread papers', async () => {
    const { lastFrame, stdin, services } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    stdin.write('D');
    const days = await waitForFrame(lastFrame, (f) => /2026-11-22\s+2\s+2\s+0/.test(f));
    expect(days).toMatch(/2026-11-24\s+3\s+3\s+0/);
    stdin.write('k');
    await waitForFrame(lastFrame, (f) => /2026-11-22/.test(f));
    stdin.write(KEY.enter);
    await waitForFrame(lastFrame, (f) => f.includes('Older alpha paper'));
    stdin.write(']');
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    await services.flags.set('read', ['2611.10003', '2611.10004', '2611.10005'], true);
    stdin.write('N');
    await waitForFrame(
      lastFrame,
      (f) => f.includes('Older alpha paper') && f.includes('2026-11-22'),
    );
    await services.flags.set('read', ['2611.10001', '2611.10002'], true);
    stdin.write('N');
    await waitForFrame(lastFrame, (f) => f.includes('every cached day is read'));
  });

  it('D adds a followed column once the follow counts arrive, after the table itself', async () => {
    let release!: () => void;
    const counted = new Promise<void>((r) => (release = r));
    const followedByDay = async () => {
      await counted;
      return new Map([
        ['2026-11-22', 0],
        ['2026-11-24', 2],
      ]);
    };
    const { lastFrame, stdin } = setup(undefined, { followedByDay });
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    stdin.write('D');
    const first = await waitForFrame(lastFrame, (f) => /2026-11-24\s+3\s+3\s+0/.test(f));
    expect(first).not.toContain('followed');
    release();
    const withCounts = await waitForFrame(lastFrame, (f) => f.includes('followed'));
    expect(withCounts).toMatch(/2026-11-24\s+3\s+3\s+0\s+2\s/);
  });

  it('S searches every cached day and Enter opens the hit on its day', async () => {
    const searchAll: Services['searchAll'] = async (q) =>
      [...older.papers, ...newer.papers]
        .filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))
        .map((p) => ({ id: p.id, date: p.date, title: p.title, authors: p.authors, score: 0 }));
    let prepared = 0;
    const { lastFrame, stdin } = setup(undefined, { searchAll, prepareSearch: () => prepared++ });
    await waitForFrame(lastFrame, (f) => f.includes('Middle votes paper'));
    expect(prepared).toBe(0);
    stdin.write('S');
    await waitForFrame(lastFrame, (f) => f.includes('search all days'));
    // The index gets ready while the first key is typed, once.
    expect(prepared).toBe(1);
    stdin.write('beta');
    const results = await waitForFrame(lastFrame, (f) => f.includes('1 found'));
    expect(results).toContain('2026-11-22');
    expect(prepared).toBe(1);
    stdin.write(KEY.enter);
    const detail = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(detail).toContain('Older beta paper');
  });

  it('t switches the detail view between the abstract and its translation', async () => {
    const { lastFrame, stdin } = setup();
    await waitForFrame(lastFrame, (f) => f.includes('Zebra low paper'));
    stdin.write('G');
    await waitForFrame(lastFrame, (f) => /›.*Zebra/.test(f));
    stdin.write(KEY.enter);
    const english = await waitForFrame(lastFrame, (f) => f.includes('Abstract'));
    expect(english).not.toContain('这是中文摘要');
    stdin.write('t');
    const chinese = await waitForFrame(lastFrame, (f) => f.includes('这是中文摘要'));
    expect(chinese).toContain('Abstract (translation)');
    stdin.write('t');
    await waitForFrame(lastFrame, (f) => !f.includes('这是中文摘要'));
  });
});
