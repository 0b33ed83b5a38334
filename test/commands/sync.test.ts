import { describe, expect, it } from 'vitest';
import { makePaper, type DayList } from '../../src/domain/paper.js';
import { refreshDay } from '../../src/library/sync-day.js';
import { runSync, type SyncDeps, type SyncOptions } from '../../src/commands/sync.js';
import { capture, TestStore, type Captured } from './command-helpers.js';
import { closedAfterEach, closedPort, startProxy, type TestServer } from '../net/servers.js';
import {
  fixtureItems,
  fixtureRoute,
  startDailyPapers,
  syntheticItems,
  type Reply,
} from '../sources/hf-server.js';

const servers = closedAfterEach();

async function api(route: Parameters<typeof startDailyPapers>[0]): Promise<TestServer> {
  const s = await startDailyPapers(route);
  servers.push(s);
  return s;
}

const NOW = new Date('2025-07-10T12:00:00Z');

function deps(
  base: string,
  store = new TestStore(),
  io = capture(),
  extra: Partial<Omit<SyncDeps, 'store' | 'io'>> = {},
) {
  const d: SyncDeps & { store: TestStore; io: Captured } = {
    store,
    io,
    env: { PAPERS_API_BASE: base },
    now: () => NOW,
    http: { timeoutMs: 2000, sleep: async () => {} },
    ...extra,
  };
  return d;
}

async function sync(opts: SyncOptions, d: ReturnType<typeof deps>) {
  const code = await runSync(opts, d);
  return { code, out: d.io.stdout, err: d.io.stderr };
}

describe('runSync', () => {
  it('syncs today (UTC) by default', async () => {
    const s = await api(() => syntheticItems(3, '2025-07-10'));
    const d = deps(s.url);
    expect(await sync({}, d)).toEqual({
      code: 0,
      out: ['2025-07-10  3 papers, 3 new', '1 day, 3 papers, 3 new'],
      err: [],
    });
    expect(s.requests).toEqual(['GET /api/daily_papers?date=2025-07-10&p=0&limit=50']);
    const day = d.store.days.get('2025-07-10')!;
    expect(day.papers).toHaveLength(3);
    expect(day.sources).toEqual(['hf-api']);
    expect(day.updatedAt).toBe(NOW.toISOString());
  });

  it('syncs the last N days, printing one line per day when piped', async () => {
    const s = await api((q) => (q.get('date') === '2025-07-08' ? fixtureItems('2025-07-08') : []));
    const d = deps(s.url);
    const r = await sync({ days: 3 }, d);
    expect(r).toEqual({
      code: 0,
      out: [
        '2025-07-08  16 papers, 16 new',
        '2025-07-09  0 papers, 0 new',
        '2025-07-10  0 papers, 0 new',
        '3 days, 16 papers, 16 new',
      ],
      err: [],
    });
    // An empty day is stored as an empty day.
    expect(d.store.days.get('2025-07-09')).toMatchObject({ papers: [], sources: ['hf-api'] });
  });

  it('maps a fixture day through the whole command', async () => {
    const s = await api(fixtureRoute);
    const d = deps(s.url, new TestStore(), capture(), { now: () => new Date('2026-06-13T08:00Z') });
    expect((await sync({ date: '2026-06-12' }, d)).out.at(-1)).toBe('1 day, 35 papers, 35 new');
    const evo = d.store.days.get('2026-06-12')!.papers[0]!;
    expect(evo).toMatchObject({
      id: '2606.13681',
      upvotes: 90,
      githubStars: 4,
      date: '2026-06-12',
    });
  });

  it('draws a status line on a terminal and keeps stdout for the summary', async () => {
    const s = await api(fixtureRoute);
    const chunks: string[] = [];
    const d = deps(s.url, new TestStore(), capture(true), {
      status: { write: (c) => chunks.push(c), columns: 80 },
    });
    const r = await sync({ date: '2024-05-27' }, d);
    expect(r.out).toEqual(['1 day, 13 papers, 13 new']);
    expect(chunks.some((c) => c.startsWith('\r\x1b[2K') && c.includes('fetching 2024-05-27'))).toBe(
      true,
    );
    expect(chunks.at(-1)).toBe('\r\x1b[2K'); // cleared before the summary
  });

  it('merges a re-sync: new papers, upvotes and summaries update, other sources stay', async () => {
    let items = syntheticItems(2, '2025-07-10');
    const s = await api(() => items);
    const store = new TestStore();
    const d = deps(s.url, store);
    await sync({}, d);
    // Another source added a paper and takeaways to the same day meanwhile.
    const day = store.days.get('2025-07-10')!;
    day.papers[0]!.takeaways = ['from a digest'];
    day.papers.push(
      makePaper({ title: 'Only in a digest', date: '2025-07-10', sources: ['chatpaperfree'] }),
    );
    day.sources.push('chatpaperfree');

    items = syntheticItems(3, '2025-07-10');
    (items[0] as { paper: Record<string, unknown> }).paper.upvotes = 99;
    (items[1] as { paper: Record<string, unknown> }).paper.ai_summary = 'Now summarized.';
    const d2 = deps(s.url, store);
    expect((await sync({}, d2)).out.at(-1)).toBe('1 day, 4 papers, 1 new');

    const after = store.days.get('2025-07-10')!;
    expect(after.papers.map((p) => p.title)).toEqual([
      'Paper 1',
      'Paper 2',
      'Only in a digest',
      'Paper 3',
    ]);
    expect(after.papers[0]).toMatchObject({ upvotes: 99, takeaways: ['from a digest'] });
    expect(after.papers[1]).toMatchObject({
      summary: 'Now summarized.',
      summarySource: 'Hugging Face AI summary',
    });
    expect(after.sources).toEqual(['hf-api', 'chatpaperfree']);
  });

  it('reports skipped items on stderr', async () => {
    const s = await api(() => [...syntheticItems(1, '2025-07-10'), { paper: { title: 'x' } }]);
    const r = await sync({}, deps(s.url));
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'papers sync: 2025-07-10: 1 item skipped (item 2 skipped: no paper.id)',
    ]);
  });

  it('syncs a week into the days its papers were submitted on', async () => {
    const s = await api(() => [
      ...syntheticItems(2, '2025-07-07'),
      ...syntheticItems(1, '2025-07-09', 5),
    ]);
    const d = deps(s.url);
    const r = await sync({ week: '2025-W28' }, d);
    expect(r.out.at(-1)).toBe('2 days, 3 papers, 3 new');
    expect([...d.store.days.keys()]).toEqual(['2025-07-07', '2025-07-09']);
  });

  it('announces retries on stderr when piped', async () => {
    let n = 0;
    const s = await api(() =>
      n++ === 0 ? ({ status: 429, headers: { 'retry-after': '2' }, body: '' } as Reply) : [],
    );
    const r = await sync({}, deps(s.url));
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      `127.0.0.1:${s.port}: HTTP 429 Too Many Requests, retrying in 2 s (1/3)`,
    ]);
  });

  it.each<[SyncOptions, string]>([
    [{ date: '2025-13-01' }, '--date "2025-13-01" is not a date like 2025-07-08'],
    [{ date: '2025-07-20' }, '--date 2025-07-20 is in the future (today is 2025-07-10 UTC)'],
    [{ days: 0 }, '--days must be a whole number from 1 to 366'],
    [{ week: '2025-28' }, '--week "2025-28" is not an ISO week like 2025-W28'],
    [{ month: '2025-7' }, '--month "2025-7" is not a month like 2025-07'],
    [{ date: '2025-07-01', days: 2 }, 'use only one of --date, --days'],
  ])('refuses %o with exit 2', async (opts, message) => {
    const r = await sync(opts, deps('http://127.0.0.1:9'));
    expect(r).toEqual({ code: 2, out: [], err: [`papers sync: ${message}`] });
  });
});

describe('runSync failures', () => {
  it('names the host and exits 1 when the connection is refused', async () => {
    const port = await closedPort();
    const r = await sync({}, deps(`http://127.0.0.1:${port}`));
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [`papers sync: cannot connect to 127.0.0.1:${port}: connection refused`],
    });
  });

  it('names the host when DNS fails', async () => {
    const r = await sync({}, deps('http://papers-test.invalid'));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^papers sync: cannot resolve papers-test\.invalid \(/);
  });

  it('keeps the cached day when the response is unusable, and the days already synced', async () => {
    const s = await api((q) =>
      q.get('date') === '2025-07-10'
        ? {
            headers: { 'content-type': 'text/html' },
            body: '<html>Sign in to the hotel Wi-Fi</html>',
          }
        : syntheticItems(1, q.get('date')!),
    );
    const store = new TestStore();
    const good: DayList = {
      date: '2025-07-10',
      papers: [makePaper({ id: '2501.00009', title: 'Cached', date: '2025-07-10' })],
      sources: ['hf-api'],
    };
    store.days.set(good.date, structuredClone(good));
    const r = await sync({ days: 2 }, deps(s.url, store));
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['2025-07-09  1 paper, 1 new', '1 day, 1 paper, 1 new']);
    expect(r.err).toEqual([
      `papers sync: 127.0.0.1:${s.port} sent an HTML page instead of JSON (a captive portal or proxy login page?)`,
    ]);
    expect(store.days.get('2025-07-10')).toEqual(good);
  });

  it('says which date the API rejected', async () => {
    const s = await api(() => ({ status: 400, body: '{"error":"bad date"}' }));
    const r = await sync({ date: '2025-07-01' }, deps(s.url));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `papers sync: 127.0.0.1:${s.port} rejected the date "2025-07-01" (HTTP 400 Bad Request)`,
    ]);
  });

  it('goes through the proxy from the env it is given', async () => {
    const s = await api(() => []);
    const proxy = await startProxy();
    servers.push(proxy);
    const d = deps(s.url);
    d.env = { ...d.env, HTTP_PROXY: proxy.url };
    expect((await sync({}, d)).code).toBe(0);
    expect(proxy.requests).toEqual([`CONNECT 127.0.0.1:${s.port}`]);
  });
});

describe('refreshDay', () => {
  it('merges one day and reports what changed', async () => {
    const s = await api(() => syntheticItems(4, '2025-07-10'));
    const store = new TestStore();
    const d = deps(s.url, store);
    expect(await refreshDay('2025-07-10', d)).toEqual({ ok: true, added: 4, total: 4 });
    expect(await refreshDay('2025-07-10', d)).toEqual({ ok: true, added: 0, total: 4 });
  });

  it('reports offline without throwing', async () => {
    const port = await closedPort();
    const store = new TestStore();
    expect(await refreshDay('2025-07-10', deps(`http://127.0.0.1:${port}`, store))).toEqual({
      ok: false,
      offline: true,
      message: `cannot connect to 127.0.0.1:${port}: connection refused`,
    });
    expect(store.writes).toBe(0);
  });

  it('refuses a malformed date without a request', async () => {
    expect(await refreshDay('2025-7-1', deps('http://127.0.0.1:9'))).toEqual({
      ok: false,
      offline: false,
      message: '"2025-7-1" is not a date',
    });
  });

  it('reports a bad response as not offline', async () => {
    const s = await api(() => ({ body: '{"oops":1}' }));
    const r = await refreshDay('2025-07-10', deps(s.url));
    expect(r).toMatchObject({ ok: false, offline: false });
  });
});
