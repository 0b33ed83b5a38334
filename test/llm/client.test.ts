import { describe, expect, it } from 'vitest';
import { createLlmClient, type LlmClientOptions } from '../../src/llm/client.js';
import { llmConfigFromEnv } from '../../src/llm/config.js';
import {
  closedAfterEach,
  closedPort,
  netFailure,
  startProxy,
  startSilentServer,
} from '../net/servers.js';
import { answer, completion, startChatServer, titleOf, type ChatServer } from './chat-server.js';

const servers = closedAfterEach();

async function chat(reply: Parameters<typeof startChatServer>[0]): Promise<ChatServer> {
  const s = await startChatServer(reply);
  servers.push(s);
  return s;
}

const paper = { title: 'A Paper', abstract: 'We do things. It works.' };

function client(baseUrl: string, extra: Partial<LlmClientOptions> = {}) {
  return createLlmClient({
    config: { baseUrl: `${baseUrl}/v1`, model: 'test-model', apiKey: 'sk-test' },
    env: {},
    http: { timeoutMs: 2000, sleep: async () => {} },
    ...extra,
  });
}

describe('LLM client', () => {
  it('asks for JSON and returns the validated answer with provenance', async () => {
    const s = await chat(() => answer('Short summary.', ['First.', 'Second.']));
    const r = await client(s.url).summarize(paper);
    expect(r).toEqual({
      summary: 'Short summary.',
      takeaways: ['First.', 'Second.'],
      source: 'LLM: test-model',
    });
    const req = s.bodies[0]!;
    expect(req.model).toBe('test-model');
    expect(req.response_format).toEqual({ type: 'json_object' });
    expect(req.authorization).toBe('Bearer sk-test');
    expect(titleOf(req)).toBe('A Paper');
    expect(req.messages[1]!.content).toContain('We do things. It works.');
    expect(req.messages[0]!.content).toContain('in English');
  });

  it('asks for Chinese with lang zh', async () => {
    const s = await chat(() => answer('总结。'));
    await client(s.url, { lang: 'zh' }).summarize(paper);
    expect(s.bodies[0]!.messages[0]!.content).toContain('Simplified Chinese');
  });

  it('accepts JSON in a code fence with prose around it', async () => {
    const s = await chat(() =>
      completion('Here you go:\n```json\n{"summary":"Fenced.","takeaways":["x"]}\n```'),
    );
    expect((await client(s.url).summarize(paper)).summary).toBe('Fenced.');
  });

  it('retries once without response_format when the server rejects it, then stops sending it', async () => {
    const s = await chat((req, res) => {
      if (req.response_format) {
        res.writeHead(400).end('{"error":{"message":"response_format is not supported"}}');
        return undefined;
      }
      return answer('Plain mode.');
    });
    const c = client(s.url);
    expect((await c.summarize(paper)).summary).toBe('Plain mode.');
    await c.summarize(paper);
    expect(s.bodies.map((b) => b.response_format?.type ?? 'none')).toEqual([
      'json_object',
      'none',
      'none',
    ]);
  });

  it('reports a 400 that persists without response_format, with what the server said', async () => {
    const s = await chat((_req, res) => {
      res.writeHead(400).end('{"error":{"message":"context length exceeded"}}');
      return undefined;
    });
    const err = await netFailure(client(s.url).summarize(paper));
    expect(err.message).toBe(
      `127.0.0.1:${s.port} answered HTTP 400 Bad Request: context length exceeded`,
    );
    expect(s.bodies).toHaveLength(2);
  });

  it('names what to check on 401 and 404', async () => {
    const s = await chat((_req, res) => {
      res.writeHead(401).end('{"error":{"message":"Incorrect API key provided"}}');
      return undefined;
    });
    const err = await netFailure(client(s.url).summarize(paper));
    expect(err.message).toBe(
      `127.0.0.1:${s.port} answered HTTP 401 Unauthorized: Incorrect API key provided; check PAPERS_LLM_API_KEY`,
    );
    const wrongPath = await netFailure(
      createLlmClient({
        config: { baseUrl: s.url, model: 'm' },
        env: {},
        http: { timeoutMs: 2000 },
      }).summarize(paper),
    );
    expect(wrongPath.message).toMatch(/HTTP 404 Not Found: Not found; check PAPERS_LLM_BASE_URL/);
  });

  it('rejects content without the JSON asked for', async () => {
    const s = await chat(() => completion('I am unable to help with that.'));
    const err = await netFailure(client(s.url).summarize(paper));
    expect(err.kind).toBe('bad-response');
    expect(err.message).toBe(
      `127.0.0.1:${s.port} (test-model) answered without usable JSON: the answer contains no JSON object`,
    );
  });

  it('says when the answer was cut off', async () => {
    const s = await chat(() => completion('{"summary": "Half a', 'length'));
    const err = await netFailure(client(s.url).summarize(paper));
    expect(err.message).toMatch(/the answer was cut off \(finish_reason "length"\)$/);
  });

  it('rejects a body that is not a chat completion', async () => {
    const s = await chat(() => '{"object":"list","data":[]}');
    const err = await netFailure(client(s.url).summarize(paper));
    expect(err.message).toBe(
      `127.0.0.1:${s.port} sent a response without choices[0].message.content instead of a chat completion`,
    );
  });

  it('waits out 429 Retry-After', async () => {
    const waits: number[] = [];
    const s = await chat((_req, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '3' }).end('{"error":{"message":"Rate limit"}}');
        return undefined;
      }
      return answer('After waiting.');
    });
    const r = await client(s.url, {
      http: { timeoutMs: 2000, sleep: async (ms) => void waits.push(ms) },
    }).summarize(paper);
    expect(r.summary).toBe('After waiting.');
    expect(waits).toEqual([3000]);
    expect(s.bodies[1]!.response_format).toEqual({ type: 'json_object' });
  });

  it('times out on a server that never answers', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const err = await netFailure(client(s.url, { http: { timeoutMs: 100 } }).summarize(paper));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(`127.0.0.1:${s.port} did not answer within 1 s`);
  });

  it('names the host when nothing listens', async () => {
    const port = await closedPort();
    const err = await netFailure(client(`http://127.0.0.1:${port}`).summarize(paper));
    expect(err.message).toBe(`cannot connect to 127.0.0.1:${port}: connection refused`);
  });

  it('goes through the proxy from its env', async () => {
    const s = await chat(() => answer('Proxied.'));
    const proxy = await startProxy();
    servers.push(proxy);
    await client(s.url, { env: { http_proxy: proxy.url } }).summarize(paper);
    expect(proxy.requests).toEqual([`CONNECT 127.0.0.1:${s.port}`]);
  });
});

describe('llmConfigFromEnv', () => {
  it('reads the three variables', () => {
    expect(
      llmConfigFromEnv({
        PAPERS_LLM_BASE_URL: 'https://api.example.com/v1/',
        PAPERS_LLM_MODEL: 'm',
        PAPERS_LLM_API_KEY: 'k',
      }),
    ).toEqual({ baseUrl: 'https://api.example.com/v1', model: 'm', apiKey: 'k' });
    expect(
      llmConfigFromEnv({ PAPERS_LLM_BASE_URL: 'http://localhost:11434/v1', PAPERS_LLM_MODEL: 'q' }),
    ).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'q' });
  });

  it('says what is missing or wrong', () => {
    expect(llmConfigFromEnv({})).toEqual({
      error: 'PAPERS_LLM_BASE_URL and PAPERS_LLM_MODEL are not set',
    });
    expect(llmConfigFromEnv({ PAPERS_LLM_BASE_URL: 'http://x/v1' })).toEqual({
      error: 'PAPERS_LLM_MODEL is not set',
    });
    expect(llmConfigFromEnv({ PAPERS_LLM_BASE_URL: 'x', PAPERS_LLM_MODEL: 'm' })).toEqual({
      error: 'PAPERS_LLM_BASE_URL "x" is not a URL',
    });
  });
});

describe('LLM client on a hostile answer', () => {
  it(
    'a reply of a million braces is refused as unusable, not worked on',
    { timeout: 20_000 },
    async () => {
      const s = await chat(() => completion('{'.repeat(1_000_000)));
      await expect(client(s.url).summarize(paper)).rejects.toThrow(/without usable JSON/);
    },
  );

  it('a cancel that comes while the answer arrives ends the call as cancelled', async () => {
    const stop = new AbortController();
    const s = await chat(() => {
      stop.abort();
      return answer('Too late.');
    });
    await expect(client(s.url).summarize(paper, stop.signal)).rejects.toThrow(/cancelled/);
  });
});
