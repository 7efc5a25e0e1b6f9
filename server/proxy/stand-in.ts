/**
 * Upstreams for proxy tests. A local stand-in: by default it answers every request with what it
 * received; given `answer`, it answers as that says (e.g. with NHN's own example bodies). And the
 * emulator itself, on a port of its own.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createEmulator, type Emulator } from '../emulator/app';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StandIn {
  url: string;
  /** Every request whose body arrived whole, in order. */
  received: Received[];
  /** Every request whose headers arrived, whole or not (a body cut off midway is only here). */
  started: Omit<Received, 'body'>[];
  close(): Promise<void>;
}

/** A canned answer; undefined falls back to the echo. */
export interface StandInAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export async function startStandIn(
  answer: (request: Received) => StandInAnswer | undefined = () => undefined,
): Promise<StandIn> {
  const received: Received[] = [];
  const started: Omit<Received, 'body'>[] = [];
  const server: Server = createServer((req, res) => {
    started.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(entry);
      const canned = answer(entry);
      if (canned) {
        res.writeHead(canned.status, { 'Content-Type': 'application/json', ...canned.headers });
        res.end(JSON.stringify(canned.body));
        return;
      }
      res.writeHead(req.url?.includes('missing') ? 404 : 202, {
        'Content-Type': 'application/json',
        Location: 'https://upstream.example/v2/images/abc',
        'X-Openstack-Request-Id': 'req-stand-in',
      });
      res.end(JSON.stringify({ echo: entry }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    started,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface EmulatorUpstream {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/**
 * The real emulator on a local port, for proxy tests that go all the way (the session's token
 * must be one the emulator issued and accepts). Served as `npm run emulator` serves it
 * (@hono/node-server's serve(), with its global Request and Response: the emulator's body limit
 * builds a Request from the incoming one, which needs them).
 */
export async function startEmulatorUpstream(): Promise<EmulatorUpstream> {
  const emulator = createEmulator();
  const server = createAdaptorServer({ fetch: emulator.app.fetch });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emulator,
    close: () =>
      new Promise((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
