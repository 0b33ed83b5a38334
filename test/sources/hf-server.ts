// A stand-in for huggingface.co/api/daily_papers on 127.0.0.1 for source and command tests.
import { readSharedFixture } from '../helpers/fixtures.js';
import { startServer, type TestServer } from '../net/servers.js';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}

/** `route` sees the query (date/week/month, p, limit) and returns the reply. */
export function startDailyPapers(
  route: (q: URLSearchParams, path: string) => Reply | unknown[],
): Promise<TestServer> {
  return startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/api/daily_papers') {
      res.writeHead(404).end('not found');
      return;
    }
    const reply = route(url.searchParams, url.pathname);
    const r: Reply = Array.isArray(reply) ? { body: JSON.stringify(reply) } : (reply as Reply);
    res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...r.headers });
    res.end(r.body);
  });
}

export function fixtureItems(date: string): unknown[] {
  return JSON.parse(readSharedFixture(`hf-daily-papers-${date}.json`)) as unknown[];
}

/** Serves the real responses for their dates, `[]` for any other day, paged like the API. */
export function fixtureRoute(q: URLSearchParams): unknown[] {
  const date = q.get('date') ?? '';
  const all = ['2024-05-27', '2025-07-08', '2026-06-12'].includes(date) ? fixtureItems(date) : [];
  const limit = Number(q.get('limit') ?? 50);
  const p = Number(q.get('p') ?? 0);
  return all.slice(p * limit, (p + 1) * limit);
}

/** n distinct synthetic items submitted on `date`. */
export function syntheticItems(n: number, date: string, from = 0): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    paper: {
      id: `2501.${String(from + i + 1).padStart(5, '0')}`,
      title: `Paper ${from + i + 1}`,
      submittedOnDailyAt: `${date}T03:00:00.000Z`,
      upvotes: i,
    },
  }));
}
