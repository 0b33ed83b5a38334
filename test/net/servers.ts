// Real sockets on 127.0.0.1 for network tests: an HTTP server, a forward proxy and a port that
// refuses connections. Every server closes its open sockets on close() so tests never hang.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { NetError } from '../../src/net/errors.js';

/** The servers a test file starts (`servers.push(s)`), closed after each test. */
export function closedAfterEach(): { push(...started: TestServer[]): void } {
  let open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.map((s) => s.close()));
    open = [];
  });
  return { push: (...started) => void open.push(...started) };
}

/** The NetError `p` rejects with (the test fails if it resolves or rejects otherwise). */
export async function netFailure(p: Promise<unknown>): Promise<NetError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NetError);
  return err as NetError;
}

export interface TestServer {
  url: string;
  port: number;
  /** Every request line seen, e.g. "GET /api/daily_papers?date=2024-05-27". */
  requests: string[];
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  const sockets = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, requests, close: closer(server, sockets) };
}

/** A TCP server that accepts connections and never sends a byte. */
export async function startSilentServer(): Promise<TestServer> {
  const server = net.createServer(() => {});
  const sockets = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, requests: [], close: closer(server, sockets) };
}

/** A port nothing listens on: bind, note the port, close. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A CONNECT (and absolute-URI GET) proxy that records which targets it carried. */
export async function startProxy(): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    // Plain forward proxying of "GET http://host/path" for clients that do not tunnel.
    requests.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    requests.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  const sockets = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, requests, close: closer(server, sockets) };
}

/** A sleep that records the wait and returns at once, so retry tests take milliseconds. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}
