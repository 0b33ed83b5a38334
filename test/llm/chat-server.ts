// A stand-in for an OpenAI-compatible /v1/chat/completions endpoint on 127.0.0.1.
import type http from 'node:http';
import { startServer, type TestServer } from '../net/servers.js';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
  authorization?: string;
}

export interface ChatServer extends TestServer {
  bodies: ChatRequest[];
}

export function completion(content: string | null, finishReason = 'stop'): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
  });
}

export function answer(summary: string, takeaways: string[] = ['One.', 'Two.']): string {
  return completion(JSON.stringify({ summary, takeaways }));
}

/** `reply` returns the body for 200, or writes the response itself and returns undefined. */
export async function startChatServer(
  reply: (req: ChatRequest, res: http.ServerResponse, n: number) => string | undefined,
): Promise<ChatServer> {
  const bodies: ChatRequest[] = [];
  const server = await startServer((req, res, body) => {
    if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
      res.writeHead(404).end('{"error":{"message":"Not found"}}');
      return;
    }
    const parsed = {
      ...(JSON.parse(body) as ChatRequest),
      authorization: req.headers.authorization,
    };
    bodies.push(parsed);
    const out = reply(parsed, res, bodies.length);
    if (out !== undefined) res.writeHead(200, { 'content-type': 'application/json' }).end(out);
  });
  return Object.assign(server, { bodies });
}

/** The title the user message asks about, so replies can depend on the paper. */
export function titleOf(req: ChatRequest): string {
  return /^Title: (.*)$/m.exec(req.messages[1]?.content ?? '')?.[1] ?? '';
}
