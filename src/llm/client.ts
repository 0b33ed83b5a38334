// Client for any OpenAI-compatible `POST {baseUrl}/chat/completions`, with the timeout,
// retry, size and proxy rules of src/net. One client per run: it remembers whether the server
// accepts `response_format` so a server that does not costs one extra request, not one per paper.
import type { Paper } from '../domain/paper.js';
import { isNetError, NetError } from '../net/errors.js';
import { hostOf, httpRequest, timeoutFromEnv, type HttpOptions } from '../net/http.js';
import { LlmAnswerError, parseAnswer, type LlmAnswer } from './answer.js';
import type { LlmConfig } from './config.js';
import { buildMessages, type SummaryLang } from './prompt.js';

export interface LlmClientOptions {
  config: LlmConfig;
  /** For HTTPS_PROXY / NO_PROXY. */
  env: NodeJS.ProcessEnv;
  lang?: SummaryLang;
  /** Timeouts and retry timing. Timeout: this, else env PAPERS_TIMEOUT_SECONDS, else 60 s
   * (generation is slower than a page fetch). */
  http?: Omit<HttpOptions, 'env' | 'signal'>;
}

export interface LlmSummary extends LlmAnswer {
  /** Provenance for summarySource / takeawaysSource: "LLM: <model>". */
  source: string;
}

export interface LlmClient {
  summarize(paper: Pick<Paper, 'title' | 'abstract'>, signal?: AbortSignal): Promise<LlmSummary>;
}

export const LLM_TIMEOUT_MS = 60_000;
const LLM_MAX_BYTES = 2 * 1024 * 1024;

/** The `error.message` an OpenAI-style error body carries, as one short line. */
function serverSays(body: string | undefined): string | undefined {
  try {
    const msg = (JSON.parse(body ?? '') as { error?: { message?: unknown } }).error?.message;
    return typeof msg === 'string' && msg.trim()
      ? msg.replace(/\s+/g, ' ').trim().slice(0, 160)
      : undefined;
  } catch {
    return undefined;
  }
}

const HINTS: Record<number, string> = {
  401: 'check PAPERS_LLM_API_KEY',
  403: 'check PAPERS_LLM_API_KEY',
  404: 'check PAPERS_LLM_BASE_URL (usually ends in /v1) and PAPERS_LLM_MODEL',
};

/** Adds what the server said and what to check to an HTTP error, keeping it one line. */
function explain(err: NetError): NetError {
  if (err.kind !== 'http' || err.status === undefined) return err;
  const said = serverSays(err.body);
  const hint = HINTS[err.status];
  const extra = [said, hint].filter(Boolean).join('; ');
  if (!extra) return err;
  return new NetError('http', err.host, `${err.message}: ${extra}`, {
    status: err.status,
    retryAfterMs: err.retryAfterMs,
    body: err.body,
  });
}

function messageContent(text: string, host: string): { content: string; cutOff: boolean } {
  const bad = (why: string) =>
    new NetError('bad-response', host, `${host} sent ${why} instead of a chat completion`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad(text.trimStart().startsWith('<') ? 'an HTML page' : 'malformed JSON');
  }
  const choice = (json as { choices?: unknown })?.choices;
  const first = Array.isArray(choice)
    ? (choice[0] as Record<string, unknown> | undefined)
    : undefined;
  const content = (first?.message as { content?: unknown } | undefined)?.content;
  if (typeof content !== 'string') throw bad('a response without choices[0].message.content');
  return { content, cutOff: first?.finish_reason === 'length' };
}

export function createLlmClient(opts: LlmClientOptions): LlmClient {
  const { config } = opts;
  const url = `${config.baseUrl}/chat/completions`;
  const host = hostOf(url);
  const lang = opts.lang ?? 'en';
  let jsonMode = true;

  async function post(body: object, signal?: AbortSignal): Promise<string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
    const res = await httpRequest(
      { url, method: 'POST', headers, body: JSON.stringify(body) },
      {
        maxBytes: LLM_MAX_BYTES,
        ...opts.http,
        timeoutMs: opts.http?.timeoutMs ?? timeoutFromEnv(opts.env) ?? LLM_TIMEOUT_MS,
        env: opts.env,
        signal,
      },
    );
    return res.text;
  }

  return {
    async summarize(paper, signal) {
      const base = { model: config.model, messages: buildMessages(paper, lang), temperature: 0.2 };
      let text: string;
      try {
        text = await post(
          jsonMode ? { ...base, response_format: { type: 'json_object' } } : base,
          signal,
        );
      } catch (err) {
        // Servers that do not know response_format answer 400; ask once more without it and
        // stop sending it for the rest of the run if that works.
        if (!(jsonMode && isNetError(err) && err.status === 400))
          throw isNetError(err) ? explain(err) : err;
        try {
          text = await post(base, signal);
        } catch (err2) {
          throw isNetError(err2) ? explain(err2) : err2;
        }
        jsonMode = false;
      }
      // Ctrl-C while the body arrived: the answer is not wanted any more.
      if (signal?.aborted) throw new NetError('aborted', host, `request to ${host} was cancelled`);
      const { content, cutOff } = messageContent(text, host);
      try {
        return { ...parseAnswer(content), source: `LLM: ${config.model}` };
      } catch (err) {
        if (!(err instanceof LlmAnswerError)) throw err;
        const why = cutOff ? 'the answer was cut off (finish_reason "length")' : err.message;
        throw new NetError(
          'bad-response',
          host,
          `${host} (${config.model}) answered without usable JSON: ${why}`,
        );
      }
    },
  };
}
