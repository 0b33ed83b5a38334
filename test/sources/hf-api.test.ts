import { describe, expect, it } from 'vitest';
import {
  ApiConfigError,
  apiBase,
  fetchDailyItems,
  fetchDailyPapers,
  type HfApiOptions,
} from '../../src/sources/hf/api.js';
import { closedAfterEach, netFailure, type TestServer } from '../net/servers.js';
import { fixtureRoute, startDailyPapers, syntheticItems, type Reply } from './hf-server.js';

const servers = closedAfterEach();

async function api(route: Parameters<typeof startDailyPapers>[0]): Promise<TestServer> {
  const s = await startDailyPapers(route);
  servers.push(s);
  return s;
}

function opts(s: TestServer, extra: Partial<HfApiOptions> = {}): HfApiOptions {
  return {
    env: { PAPERS_API_BASE: s.url },
    http: { timeoutMs: 2000, sleep: async () => {} },
    ...extra,
  };
}

describe('fetchDailyPapers', () => {
  it.each([
    ['2024-05-27', 13],
    ['2025-07-08', 16],
    ['2026-06-12', 35],
  ])('maps the served %s response to %i papers', async (date, n) => {
    const s = await api(fixtureRoute);
    const r = await fetchDailyPapers({ date }, opts(s));
    expect(s.requests).toEqual([`GET /api/daily_papers?date=${date}&p=0&limit=50`]);
    expect(r.dropped).toBe(0);
    expect(r.days).toHaveLength(1);
    expect(r.days[0]!.date).toBe(date);
    expect(r.days[0]!.papers).toHaveLength(n);
  });

  it('checks fields of served papers', async () => {
    const s = await api(fixtureRoute);
    const [day] = (await fetchDailyPapers({ date: '2025-07-08' }, opts(s))).days;
    const polar = day!.papers.find((p) => p.id === '2507.05197')!;
    expect(polar).toMatchObject({
      title: 'Pre-Trained Policy Discriminators are General Reward Models',
      upvotes: 20,
      githubStars: 14,
      summarySource: 'Hugging Face AI summary',
      links: { code: 'https://github.com/InternLM/POLAR' },
      date: '2025-07-08',
    });
    expect(polar.authors).toHaveLength(22);
  });

  it('pages with p and limit until a short page (120 items = 50 + 50 + 20)', async () => {
    const all = syntheticItems(120, '2025-03-04');
    const s = await api((q) => {
      const p = Number(q.get('p'));
      return all.slice(p * 50, p * 50 + 50);
    });
    const pages: number[] = [];
    const r = await fetchDailyPapers(
      { date: '2025-03-04' },
      opts(s, { onPage: (_p, n) => pages.push(n) }),
    );
    expect(s.requests).toEqual([
      'GET /api/daily_papers?date=2025-03-04&p=0&limit=50',
      'GET /api/daily_papers?date=2025-03-04&p=1&limit=50',
      'GET /api/daily_papers?date=2025-03-04&p=2&limit=50',
    ]);
    expect(pages).toEqual([50, 50, 20]);
    expect(r.days[0]!.papers).toHaveLength(120);
    expect(r.days[0]!.papers[119]!.id).toBe('2501.00120');
  });

  it('asks for the empty page after an exact multiple of the page size', async () => {
    const all = syntheticItems(100, '2025-03-04');
    const s = await api((q) => all.slice(Number(q.get('p')) * 50, Number(q.get('p')) * 50 + 50));
    const items = await fetchDailyItems({ date: '2025-03-04' }, opts(s));
    expect(items).toHaveLength(100);
    expect(s.requests).toHaveLength(3);
  });

  it('stops when the server ignores p and repeats the first page', async () => {
    const page = syntheticItems(50, '2025-03-04');
    const s = await api(() => page);
    const items = await fetchDailyItems({ date: '2025-03-04' }, opts(s));
    expect(items).toHaveLength(50);
    expect(s.requests).toHaveLength(2);
  });

  it('sends week and month queries and groups their items by day', async () => {
    const s = await api((q) =>
      q.get('week')
        ? [...syntheticItems(2, '2025-07-07'), ...syntheticItems(1, '2025-07-08', 5)]
        : [],
    );
    const r = await fetchDailyPapers({ week: '2025-W28' }, opts(s));
    expect(s.requests[0]).toBe('GET /api/daily_papers?week=2025-W28&p=0&limit=50');
    expect(r.days.map((d) => [d.date, d.papers.length])).toEqual([
      ['2025-07-07', 2],
      ['2025-07-08', 1],
    ]);
    await fetchDailyPapers({ month: '2025-07' }, opts(s));
    expect(s.requests[1]).toBe('GET /api/daily_papers?month=2025-07&p=0&limit=50');
  });

  it('returns an empty day for a weekend []', async () => {
    const s = await api(() => []);
    const r = await fetchDailyPapers({ date: '2025-07-05' }, opts(s));
    expect(r.days).toEqual([{ date: '2025-07-05', papers: [], sources: ['hf-api'] }]);
  });
});

describe('fetchDailyPapers refuses unusable responses', () => {
  const cases: [string, Reply, RegExp][] = [
    [
      'an HTML captive portal',
      {
        headers: { 'content-type': 'text/html' },
        body: '<!DOCTYPE html><html><body>Log in to Wi-Fi',
      },
      /^127\.0\.0\.1:\d+ sent an HTML page instead of JSON \(a captive portal or proxy login page\?\)$/,
    ],
    [
      'truncated JSON',
      { body: '[{"paper":{"id":"2501.00001","title":"Cut o' },
      /^127\.0\.0\.1:\d+ sent malformed JSON \(the response may have been cut off\)$/,
    ],
    ['an empty body', { body: '' }, /sent an empty response instead of JSON$/],
    [
      'the wrong shape',
      { body: '{"error":"Something went wrong"}' },
      /sent an unexpected response: expected a list of papers, got an error object: "Something went wrong"$/,
    ],
  ];
  it.each(cases)('%s', async (_name, reply, message) => {
    const s = await api(() => reply);
    const err = await netFailure(fetchDailyPapers({ date: '2025-07-08' }, opts(s)));
    expect(err.kind).toBe('bad-response');
    expect(err.message).toMatch(message);
  });

  it('says which date the API rejected with 400, without retrying', async () => {
    const s = await api(() => ({ status: 400, body: '{"error":"Invalid date"}' }));
    const err = await netFailure(fetchDailyPapers({ date: '2025-02-30' }, opts(s)));
    expect(err.status).toBe(400);
    expect(err.message).toBe(
      `127.0.0.1:${s.port} rejected the date "2025-02-30" (HTTP 400 Bad Request)`,
    );
    expect(s.requests).toHaveLength(1);
  });

  it('reports 404 as the status it is', async () => {
    const s = await api(() => ({ status: 404, body: 'nope' }));
    const err = await netFailure(fetchDailyPapers({ date: '2025-07-08' }, opts(s)));
    expect(err.message).toBe(`127.0.0.1:${s.port} answered HTTP 404 Not Found`);
  });
});

describe('apiBase', () => {
  it('defaults to huggingface.co and takes PAPERS_API_BASE without a trailing slash', () => {
    expect(apiBase({})).toBe('https://huggingface.co');
    expect(apiBase({ PAPERS_API_BASE: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080');
    expect(apiBase({ PAPERS_API_BASE: 'https://mirror.example/hf/' })).toBe(
      'https://mirror.example/hf',
    );
  });

  it('refuses a base that is not an http(s) URL', () => {
    expect(() => apiBase({ PAPERS_API_BASE: 'huggingface.co' })).toThrow(ApiConfigError);
    expect(() => apiBase({ PAPERS_API_BASE: 'file:///etc' })).toThrow(/must start with http/);
  });
});
