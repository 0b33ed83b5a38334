import { describe, expect, it, vi } from 'vitest';
import { makePaper, type DayList, type Paper } from '../../src/domain/paper.js';
import {
  runSummarize,
  type SummarizeDeps,
  type SummarizeOptions,
} from '../../src/commands/summarize.js';
import { closedAfterEach, closedPort, startSilentServer } from '../net/servers.js';
import {
  answer,
  completion,
  startChatServer,
  titleOf,
  type ChatServer,
} from '../llm/chat-server.js';
import { capture, TestStore, type Captured } from './command-helpers.js';

const servers = closedAfterEach();

async function chat(reply: Parameters<typeof startChatServer>[0]): Promise<ChatServer> {
  const s = await startChatServer(reply);
  servers.push(s);
  return s;
}

const DATE = '2025-07-08';
const abstract = 'We study a problem. Our method works well.';

function p(n: number, extra: Partial<Paper> = {}): Paper {
  return makePaper({
    id: `2507.0000${n}`,
    title: `Paper ${n}`,
    date: DATE,
    abstract,
    sources: ['hf-api'],
    ...extra,
  });
}

function day(papers: Paper[], date = DATE): DayList {
  return { date, papers, sources: ['hf-api'] };
}

type Deps = SummarizeDeps & { store: TestStore; io: Captured };

function deps(baseUrl: string, store: TestStore, extra: Partial<SummarizeDeps> = {}): Deps {
  return {
    store,
    io: capture(),
    env: { PAPERS_LLM_BASE_URL: `${baseUrl}/v1`, PAPERS_LLM_MODEL: 'test-model' },
    http: { timeoutMs: 2000, sleep: async () => {} },
    ...extra,
  } as Deps;
}

async function run(opts: SummarizeOptions, d: Deps) {
  const code = await runSummarize(opts, d);
  return { code, out: d.io.stdout, err: d.io.stderr };
}

function stored(store: TestStore, id: string, date = DATE): Paper {
  return store.days.get(date)!.papers.find((x) => x.id === id)!;
}

const echo = () => (req: Parameters<Parameters<typeof startChatServer>[0]>[0]) =>
  answer(`About ${titleOf(req)}.`, [`${titleOf(req)} takeaway.`]);

describe('runSummarize', () => {
  it('without --llm prints how to configure a model', async () => {
    const r = await run({}, deps('http://127.0.0.1:9', new TestStore()));
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/PAPERS_LLM_BASE_URL[\s\S]*PAPERS_LLM_MODEL[\s\S]*--llm/);
  });

  it('with --llm but no config says what is missing', async () => {
    const d = deps('http://127.0.0.1:9', new TestStore([day([p(1)])]), { env: {} });
    const r = await run({ llm: true }, d);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('papers summarize: PAPERS_LLM_BASE_URL and PAPERS_LLM_MODEL are not set');
  });

  it('fills only slots without source text, skips what is done', async () => {
    const s = await chat(echo());
    const store = new TestStore([
      day([
        p(1, { summary: 'HF says.', summarySource: 'Hugging Face AI summary' }),
        p(2),
        p(3, {
          summary: 'Old.',
          summarySource: 'LLM: old',
          takeaways: ['o'],
          takeawaysSource: 'LLM: old',
        }),
        p(4, {
          summary: 'CPF.',
          summarySource: 'ChatPaperFree',
          takeaways: ['c'],
          takeawaysSource: 'ChatPaperFree',
        }),
        p(5, { abstract: '' }),
      ]),
    ]);
    const r = await run({ llm: true, concurrency: 1 }, deps(s.url, store));
    expect(r).toEqual({
      code: 0,
      out: [
        '2507.00001  summarized',
        '2507.00002  summarized',
        '2 summarized, 0 failed, 3 skipped',
      ],
      err: [],
    });
    expect(s.bodies.map(titleOf).sort()).toEqual(['Paper 1', 'Paper 2']);
    expect(stored(store, '2507.00001')).toMatchObject({
      summary: 'HF says.',
      summarySource: 'Hugging Face AI summary',
      takeaways: ['Paper 1 takeaway.'],
      takeawaysSource: 'LLM: test-model',
    });
    expect(stored(store, '2507.00002')).toMatchObject({
      summary: 'About Paper 2.',
      summarySource: 'LLM: test-model',
      takeaways: ['Paper 2 takeaway.'],
      takeawaysSource: 'LLM: test-model',
    });
    expect(stored(store, '2507.00003').summary).toBe('Old.');
    expect(stored(store, '2507.00004').summary).toBe('CPF.');
  });

  it('--force redoes LLM results but still never replaces source text', async () => {
    const s = await chat(echo());
    const store = new TestStore([
      day([
        p(1, {
          summary: 'HF says.',
          summarySource: 'Hugging Face AI summary',
          takeaways: ['t'],
          takeawaysSource: 'LLM: old',
        }),
        p(3, {
          summary: 'Old.',
          summarySource: 'LLM: old',
          takeaways: ['o'],
          takeawaysSource: 'LLM: old',
        }),
      ]),
    ]);
    const r = await run({ llm: true, force: true, lang: 'zh' }, deps(s.url, store));
    expect(r.out.at(-1)).toBe('2 summarized, 0 failed, 0 skipped');
    expect(stored(store, '2507.00001')).toMatchObject({
      summary: 'HF says.',
      takeaways: ['Paper 1 takeaway.'],
    });
    expect(stored(store, '2507.00003')).toMatchObject({
      summary: 'About Paper 3.',
      summarySource: 'LLM: test-model',
    });
    expect(s.bodies[0]!.messages[0]!.content).toContain('Simplified Chinese');
  });

  it('counts malformed answers as failures and carries on', async () => {
    const s = await chat((req) =>
      titleOf(req) === 'Paper 2' ? completion('Sorry, no JSON today.') : echo()(req),
    );
    const store = new TestStore([day([p(1), p(2), p(3)])]);
    const r = await run({ llm: true, concurrency: 1 }, deps(s.url, store));
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe('2 summarized, 1 failed, 0 skipped');
    expect(r.err).toEqual([
      `papers summarize: 2507.00002: 127.0.0.1:${s.port} (test-model) answered without usable JSON: the answer contains no JSON object`,
    ]);
    expect(stored(store, '2507.00002').summary).toBe('');
    expect(stored(store, '2507.00003').summarySource).toBe('LLM: test-model');
  });

  it('waits out a 429 with Retry-After', async () => {
    const waits: number[] = [];
    const s = await chat((req, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '4' }).end();
        return undefined;
      }
      return echo()(req);
    });
    const store = new TestStore([day([p(1)])]);
    const d = deps(s.url, store, {
      http: { timeoutMs: 2000, sleep: async (ms) => void waits.push(ms) },
    });
    expect((await run({ llm: true }, d)).code).toBe(0);
    expect(waits).toEqual([4000]);
    expect(stored(store, '2507.00001').summarySource).toBe('LLM: test-model');
  });

  it('counts timeouts per paper', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const store = new TestStore([day([p(1), p(2)])]);
    const r = await run({ llm: true }, deps(s.url, store, { http: { timeoutMs: 100 } }));
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe('0 summarized, 2 failed, 0 skipped');
    expect(r.err).toContain(
      `papers summarize: 2507.00001: 127.0.0.1:${s.port} did not answer within 1 s`,
    );
  });

  it('stops at once with one line when no server listens', async () => {
    const port = await closedPort();
    const store = new TestStore([day([p(1), p(2), p(3), p(4), p(5), p(6)])]);
    const r = await run({ llm: true, concurrency: 2 }, deps(`http://127.0.0.1:${port}`, store));
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['0 summarized, 0 failed, 0 skipped']);
    expect(r.err).toEqual([
      `papers summarize: cannot connect to 127.0.0.1:${port}: connection refused`,
    ]);
    expect(store.writes).toBe(0);
  });

  it('keeps what finished when cancelled', async () => {
    // Papers 1 and 2 are answered; the rest hang until the user presses Ctrl-C.
    const s = await chat((req) =>
      ['Paper 1', 'Paper 2'].includes(titleOf(req)) ? echo()(req) : undefined,
    );
    const store = new TestStore([day([p(1), p(2), p(3), p(4), p(5)])]);
    const ac = new AbortController();
    const d = deps(s.url, store, { signal: ac.signal });
    const running = run({ llm: true, concurrency: 2 }, d);
    await vi.waitFor(() => {
      expect(s.bodies.length).toBe(4);
      expect(store.days.get(DATE)!.papers.filter((x) => x.summary).length).toBe(2);
    });
    ac.abort();
    const r = await running;
    expect(r.code).toBe(130);
    expect(r.out.at(-1)).toBe('2 summarized, 0 failed, 0 skipped, 3 left (cancelled)');
    expect(r.err).toEqual([]);
    expect(stored(store, '2507.00001').summarySource).toBe('LLM: test-model');
    expect(stored(store, '2507.00002').summarySource).toBe('LLM: test-model');
    expect(stored(store, '2507.00003').summary).toBe('');
  });

  it('keeps changes another writer made to the day meanwhile', async () => {
    const store = new TestStore([day([p(1), p(2)])]);
    const s = await chat((req) => {
      // A sync lands while the model is thinking: new upvotes and a new paper.
      const d = store.days.get(DATE)!;
      d.papers[0]!.upvotes = 42;
      if (d.papers.length === 2) d.papers.push(p(9, { abstract: '' }));
      return echo()(req);
    });
    await run({ llm: true, concurrency: 1 }, deps(s.url, store));
    const after = store.days.get(DATE)!;
    expect(after.papers.map((x) => [x.id, x.upvotes, x.summarySource])).toEqual([
      ['2507.00001', 42, 'LLM: test-model'],
      ['2507.00002', undefined, 'LLM: test-model'],
      ['2507.00009', undefined, undefined],
    ]);
  });

  it('picks the latest cached day by default, every day with --all', async () => {
    const s = await chat(echo());
    const store = new TestStore([day([p(1)], '2025-07-07'), day([p(2)], '2025-07-08')]);
    await run({ llm: true }, deps(s.url, store));
    expect(s.bodies.map(titleOf)).toEqual(['Paper 2']);
    const r = await run({ llm: true, all: true }, deps(s.url, store));
    expect(r.out.at(-1)).toBe('1 summarized, 0 failed, 1 skipped');
    expect(s.bodies.map(titleOf)).toEqual(['Paper 2', 'Paper 1']);
  });

  it('explains an uncached date and an empty cache', async () => {
    const r = await run(
      { llm: true, date: '2025-01-01' },
      deps('http://127.0.0.1:9', new TestStore([day([])])),
    );
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [
        'papers summarize: 2025-01-01 is not cached; run `papers sync --date 2025-01-01` first',
      ],
    });
    const r2 = await run({ llm: true }, deps('http://127.0.0.1:9', new TestStore()));
    expect(r2.err).toEqual(['papers summarize: no days are cached yet; run `papers sync` first']);
  });

  it('draws a status line on a terminal', async () => {
    const s = await chat(echo());
    const chunks: string[] = [];
    const d = deps(s.url, new TestStore([day([p(1), p(2)])]), {
      status: { write: (c) => chunks.push(c), columns: 80 },
    });
    d.io = capture(true);
    const r = await run({ llm: true }, d);
    expect(r.out).toEqual(['2 summarized, 0 failed, 0 skipped']);
    expect(chunks.some((c) => c.includes('2/2 summarized'))).toBe(true);
    expect(chunks.at(-1)).toBe('\r\x1b[2K');
  });
});
