import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALLOW_HEADER, forward, MAX_BODY_BYTES, UPSTREAM_USER_AGENT } from './forward';
import { PROXY_ERROR_HEADER } from './proxy-error';
import { type StandIn, startStandIn } from './stand-in';
import { upstreamTable } from './upstreams';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const browserRequest = (path: string, init: RequestInit = {}) =>
  new Request(`http://console.test${path}`, init);
const table = () => upstreamTable('emulator', standIn.url);
const SERVERS = '/api/compute/kr1/v2/t1/servers';

type Echo = { method: string; url: string; headers: Record<string, string>; body: string };
const echoOf = async (res: Response) => ((await res.json()) as { echo: Echo }).echo;
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: number; message: string } }).error;

/** Waits for the stand-in to see what it is going to see of a request cut off midway. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('the production proxy (emulator table, stand-in upstream)', () => {
  it('forwards method, path, query, body and the token, and returns status and headers', async () => {
    const res = await forward(
      table(),
      browserRequest('/api/compute/kr1/v2/t1/servers/s1/action?x=1', {
        method: 'POST',
        headers: {
          'X-Auth-Token': 'tok',
          'Content-Type': 'application/json',
          Cookie: 'session=secret',
          Origin: 'http://console.test',
        },
        body: JSON.stringify({ 'os-stop': null }),
      }),
    );
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe('https://upstream.example/v2/images/abc');
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBeNull();
    const echo = await echoOf(res);
    expect(echo.method).toBe('POST');
    expect(echo.url).toBe('/compute/kr1/v2/t1/servers/s1/action?x=1');
    expect(echo.headers['x-auth-token']).toBe('tok');
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers.origin).toBeUndefined();
    expect(JSON.parse(echo.body)).toEqual({ 'os-stop': null });
  });

  it('answers 404 itself for paths outside the table, marked no-upstream, and forwards nothing', async () => {
    const before = standIn.started.length;
    for (const path of ['/api/evil/x', '/api/compute/xx9/v2', '/api']) {
      const res = await forward(table(), browserRequest(path));
      expect(res.status).toBe(404);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('no-upstream');
      expect((await errorOf(res)).code).toBe(404);
    }
    expect(standIn.started.length).toBe(before);
  });

  it('passes upstream errors through unchanged, not marked as the proxy’s', async () => {
    const res = await forward(table(), browserRequest('/api/image/kr1/v2/images/missing'));
    expect(res.status).toBe(404);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBeNull();
  });

  it('keeps an upstream’s cookies off the console’s host', async () => {
    const cookieJar = await startStandIn(() => ({
      status: 200,
      headers: { 'Set-Cookie': 'lb=node-3; Path=/' },
      body: {},
    }));
    try {
      const res = await forward(
        upstreamTable('emulator', cookieJar.url),
        browserRequest('/api/network/kr1/v2.0/vpcs'),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toBeNull();
    } finally {
      await cookieJar.close();
    }
  });
});

describe('request bodies: streamed upstream, at most 1 MiB (issue 12)', () => {
  const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    browserRequest(SERVERS, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  /** A body that produces `total` bytes in chunks of `chunk`, counting what was read of it. */
  function countedStream(total: number, chunk = 64 * 1024) {
    const counter = { pulls: 0, bytes: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (counter.bytes >= total) {
          controller.close();
          return;
        }
        const size = Math.min(chunk, total - counter.bytes);
        counter.pulls += 1;
        counter.bytes += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    });
    return { stream, counter };
  }

  async function expectTooLarge(res: Response, nothingSent: boolean) {
    expect(res.status).toBe(413);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('too-large');
    expect(res.headers.get('content-type')).toBe('application/json');
    const error = await errorOf(res);
    expect(error.code).toBe(413);
    expect(error.message).toContain('1 MiB (1,048,576 bytes)');
    expect(error.message).toMatch(
      nothingSent ? /nothing was sent to NHN Cloud/ : /nothing changed/,
    );
  }

  it('passes a body of 1 MiB − 1 byte, with and without Content-Length, as it came', async () => {
    const body = `"${'x'.repeat(MAX_BODY_BYTES - 3)}"`;
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES - 1);
    const withLength = await forward(
      table(),
      post(body, { 'Content-Length': String(MAX_BODY_BYTES - 1) }),
    );
    expect(withLength.status).toBe(202);
    expect(standIn.received.at(-1)?.body).toBe(body);
    expect(standIn.received.at(-1)?.headers['content-length']).toBe(String(MAX_BODY_BYTES - 1));

    const { stream } = countedStream(MAX_BODY_BYTES - 1);
    const chunked = await forward(table(), post(stream));
    expect(chunked.status).toBe(202);
    expect(standIn.received.at(-1)?.body.length).toBe(MAX_BODY_BYTES - 1);
    expect(standIn.received.at(-1)?.headers['transfer-encoding']).toBe('chunked');
  });

  it('passes exactly 1 MiB and refuses one byte more', async () => {
    expect((await forward(table(), post(countedStream(MAX_BODY_BYTES).stream))).status).toBe(202);
    const res = await forward(table(), post(countedStream(MAX_BODY_BYTES + 1).stream));
    await expectTooLarge(res, false);
  });

  it('refuses 2 MiB declared in Content-Length before sending anything, reading none of it', async () => {
    // What the tests before cut off has arrived.
    await settle();
    const before = standIn.started.length;
    const { stream, counter } = countedStream(2 * MAX_BODY_BYTES);
    const res = await forward(
      table(),
      post(stream, { 'Content-Length': String(2 * MAX_BODY_BYTES) }),
    );
    await expectTooLarge(res, true);
    await settle();
    expect(standIn.started.length).toBe(before);
    expect(counter.pulls).toBeLessThanOrEqual(1);
  });

  it('refuses 2 MiB in one piece without Content-Length before sending anything', async () => {
    await settle();
    const before = standIn.started.length;
    const res = await forward(table(), post('x'.repeat(2 * MAX_BODY_BYTES)));
    await expectTooLarge(res, true);
    await settle();
    expect(standIn.started.length).toBe(before);
  });

  it('stops 2 MiB streamed without Content-Length at the limit: the upstream request is aborted, never complete', async () => {
    await settle();
    const received = standIn.received.length;
    const started = standIn.started.length;
    const { stream } = countedStream(2 * MAX_BODY_BYTES);
    const res = await forward(table(), post(stream));
    await expectTooLarge(res, false);
    await settle();
    // The request had begun upstream (streaming), and was cut off: no complete request arrived.
    expect(standIn.started.length).toBe(started + 1);
    expect(standIn.received.length).toBe(received);
  });

  it('reads no more of a 50 MiB stream than the limit and a few chunks: the body is never held whole', async () => {
    const received = standIn.received.length;
    const chunk = 64 * 1024;
    const { stream, counter } = countedStream(50 * 1024 * 1024, chunk);
    const res = await forward(table(), post(stream));
    await expectTooLarge(res, false);
    await settle();
    expect(counter.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES + 4 * chunk);
    expect(counter.pulls).toBeLessThanOrEqual(MAX_BODY_BYTES / chunk + 4);
    expect(standIn.received.length).toBe(received);
  });

  it('sends a bodiless DELETE and POST without a chunked body', async () => {
    await forward(
      table(),
      browserRequest(`${SERVERS}/s1`, {
        method: 'DELETE',
        body: new ReadableStream({ start: (c) => c.close() }),
        duplex: 'half',
      } as RequestInit),
    );
    const deleted = standIn.received.at(-1);
    expect(deleted?.method).toBe('DELETE');
    expect(deleted?.headers['transfer-encoding']).toBeUndefined();
    await forward(table(), browserRequest(SERVERS, { method: 'POST' }));
    expect(standIn.received.at(-1)?.headers['transfer-encoding']).toBeUndefined();
    expect(standIn.received.at(-1)?.headers['content-length']).toBe('0');
  });
});

describe('request headers: only those the APIs need go upstream (issue 12)', () => {
  it('sends X-Auth-Token, Content-Type, Accept, Accept-Language and Content-Length, and nothing of the rest', async () => {
    const body = JSON.stringify({ keypair: { name: 'k' } });
    const res = await forward(
      table(),
      browserRequest(SERVERS, {
        method: 'POST',
        headers: {
          'X-Auth-Token': 'tok',
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Accept-Language': 'ko-KR,ko;q=0.9',
          'Content-Length': String(Buffer.byteLength(body)),
          'User-Agent': 'Mozilla/5.0 (the operator browser)',
          Authorization: 'Basic b3BlcmF0b3I6cGFzc3dvcmQ=',
          'Proxy-Authorization': 'Basic cHJveHk6cGFzcw==',
          Cookie: 'nhn-console-session=sealed; theme=dark',
          Origin: 'http://console.test',
          Referer: 'http://console.test/kr1/instances',
          'X-Requested-With': 'nhn-console',
          'X-Forwarded-For': '10.0.0.7',
          'X-Forwarded-Host': 'console.example.com',
          'X-Forwarded-Proto': 'https',
          Forwarded: 'for=10.0.0.7;proto=https',
          'X-Real-IP': '10.0.0.7',
          'Keep-Alive': 'timeout=5',
          'Proxy-Connection': 'keep-alive',
          TE: 'trailers',
          Trailer: 'X-Checksum',
          Upgrade: 'h2c',
          Connection: 'keep-alive, X-Hop-Only',
          'X-Hop-Only': 'for this hop',
          'X-Custom': 'anything else',
          'Sec-Fetch-Site': 'same-origin',
          'OpenStack-API-Version': 'compute 2.90',
        },
        body,
      }),
    );
    expect(res.status).toBe(202);
    const { headers } = await echoOf(res);
    expect(headers['x-auth-token']).toBe('tok');
    expect(headers['content-type']).toBe('application/json');
    expect(headers.accept).toBe('application/json');
    expect(headers['accept-language']).toBe('ko-KR,ko;q=0.9');
    expect(headers['content-length']).toBe(String(Buffer.byteLength(body)));
    // Not the browser's: the console's server is the client NHN Cloud talks to.
    expect(headers['user-agent']).toBe(UPSTREAM_USER_AGENT);
    // What Node's fetch adds of its own (its connection, its decoding, its fetch mode) and the
    // host it connects to; nothing else.
    const own = ['host', 'connection', 'accept-encoding', 'sec-fetch-mode'];
    expect(Object.keys(headers).sort()).toEqual(
      [
        ...own,
        'x-auth-token',
        'content-type',
        'accept',
        'accept-language',
        'content-length',
        'user-agent',
      ].sort(),
    );
    expect(headers.host).toBe(new URL(standIn.url).host);
    expect(headers.connection).toBe('keep-alive');
  });

  it.each([
    ['Authorization', 'Bearer abc'],
    ['Proxy-Authorization', 'Basic cHJveHk6cGFzcw=='],
    ['Cookie', 'nhn-console-session=sealed'],
    ['X-Forwarded-For', '10.0.0.7'],
    ['X-Forwarded-Host', 'console.example.com'],
    ['X-Forwarded-Proto', 'https'],
    ['Forwarded', 'for=10.0.0.7'],
    ['X-Real-IP', '10.0.0.7'],
    ['X-Requested-With', 'nhn-console'],
    ['Origin', 'http://console.test'],
    ['Referer', 'http://console.test/'],
    ['Keep-Alive', 'timeout=5'],
    ['Proxy-Connection', 'keep-alive'],
    ['TE', 'trailers'],
    ['Trailer', 'X-Checksum'],
    ['Upgrade', 'h2c'],
    ['Transfer-Encoding', 'gzip'],
  ])('drops %s', async (name, value) => {
    const res = await forward(table(), browserRequest(SERVERS, { headers: { [name]: value } }));
    const { headers } = await echoOf(res);
    expect(headers[name.toLowerCase()]).toBeUndefined();
  });

  it('drops every header the Connection header names, allowed ones too (RFC 9110 §7.6.1)', async () => {
    const res = await forward(
      table(),
      browserRequest(SERVERS, {
        headers: {
          Connection: 'X-Hop, Accept-Language',
          'X-Hop': '1',
          'Accept-Language': 'ko',
          Accept: 'application/json',
        },
      }),
    );
    const { headers } = await echoOf(res);
    expect(headers['x-hop']).toBeUndefined();
    expect(headers['accept-language']).not.toBe('ko');
    expect(headers.accept).toBe('application/json');
  });

  it('replaces X-Auth-Token with the session’s token when one is given', async () => {
    const res = await forward(
      table(),
      browserRequest(SERVERS, { headers: { 'X-Auth-Token': 'from-the-page' } }),
      { token: 'the-session-token' },
    );
    expect((await echoOf(res)).headers['x-auth-token']).toBe('the-session-token');
  });
});

describe('methods: only those the APIs take (issue 12)', () => {
  it.each(['PATCH', 'patch', 'OPTIONS', 'PROPFIND', 'LOCK', 'PURGE'])(
    'refuses %s with 405 and Allow, passing nothing on',
    async (method) => {
      await settle();
      const before = standIn.started.length;
      const res = await forward(table(), browserRequest(SERVERS, { method }));
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST, PUT, DELETE');
      expect(res.headers.get('allow')).toBe(ALLOW_HEADER);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('method');
      expect((await errorOf(res)).code).toBe(405);
      await settle();
      expect(standIn.started.length).toBe(before);
    },
  );

  it.each(['GET', 'HEAD', 'POST', 'PUT', 'DELETE'])('passes %s on', async (method) => {
    const res = await forward(table(), browserRequest(SERVERS, { method }));
    expect(res.status).toBe(202);
    expect(standIn.received.at(-1)?.method).toBe(method);
  });
});

/** An upstream that takes the request (and its body, when `readBody`) and then does `then`. */
async function startMisbehaving(then: 'hang' | 'hang up', readBody = true) {
  const server: Server = createServer((req, res) => {
    const act = () => {
      if (then === 'hang up') res.socket?.destroy();
    };
    if (readBody) {
      req.resume();
      req.on('end', act);
    } else act();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: one just closed. */
async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('failures: the proxy says what happened, never where (issue 12)', () => {
  /** The answer says nothing of the upstream's address, port or socket. */
  async function expectNoInternals(res: Response, port: number) {
    const text = await res.clone().text();
    for (const internal of [
      '127.0.0.1',
      String(port),
      'ECONN',
      'fetch failed',
      'socket',
      'http:',
    ]) {
      expect(text).not.toContain(internal);
    }
  }

  it('a refused connection: 502 unreachable, nothing was sent; the address only in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const port = await closedPort();
    const res = await forward(
      upstreamTable('emulator', `http://127.0.0.1:${port}`),
      browserRequest(SERVERS, { method: 'POST', body: '{}' }),
    );
    expect(res.status).toBe(502);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('unreachable');
    await expectNoInternals(res, port);
    expect(await errorOf(res)).toEqual({
      code: 502,
      message:
        "The console's server could not reach NHN Cloud: nothing was sent. Try again in a moment.",
    });
    expect(String(log.mock.calls[0]?.[0])).toContain(`127.0.0.1:${port}`);
  });

  it('no answer to a write that was sent: 504 timeout, the outcome is unknown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const upstream = await startMisbehaving('hang');
    try {
      const res = await forward(
        upstreamTable('emulator', upstream.url),
        browserRequest(SERVERS, { method: 'POST', body: '{"server": {}}' }),
        { timeoutMs: 200 },
      );
      expect(res.status).toBe(504);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('timeout');
      await expectNoInternals(res, upstream.port);
      const { message } = await errorOf(res);
      expect(message).toMatch(/timed out/);
      expect(message).toMatch(/the outcome is unknown/);
    } finally {
      await upstream.close();
    }
  });

  it('no answer to a read: 504 timeout, try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const upstream = await startMisbehaving('hang', false);
    try {
      const res = await forward(upstreamTable('emulator', upstream.url), browserRequest(SERVERS), {
        timeoutMs: 200,
      });
      expect(res.status).toBe(504);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('timeout');
      await expectNoInternals(res, upstream.port);
      expect((await errorOf(res)).message).toMatch(/timed out.*a read changes nothing/);
    } finally {
      await upstream.close();
    }
  });

  it('a connection broken after a write was sent: 502 unreachable, the outcome is unknown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const upstream = await startMisbehaving('hang up');
    try {
      const res = await forward(
        upstreamTable('emulator', upstream.url),
        browserRequest(SERVERS, { method: 'DELETE' }),
      );
      expect(res.status).toBe(502);
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('unreachable');
      await expectNoInternals(res, upstream.port);
      expect((await errorOf(res)).message).toMatch(/the outcome is unknown/);
    } finally {
      await upstream.close();
    }
  });
});

describe('NHN_BACKEND=nhn: the same proxy sends requests to the real NHN Cloud hosts', () => {
  it('asks https://kr1-api-instance-infrastructure.nhncloudservice.com for a KR1 compute path', async () => {
    const nhn = upstreamTable('nhn', 'http://127.0.0.1:8774');
    const asked: string[] = [];
    // Stand in for the internet: record the URL, answer from the local stand-in upstream.
    const viaStandIn: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      asked.push(url.toString());
      return fetch(`${standIn.url}${url.pathname}${url.search}`, init);
    };
    const res = await forward(
      nhn,
      browserRequest('/api/compute/kr1/v2/t1/servers/detail?limit=2', {
        headers: { 'X-Auth-Token': 'tok' },
      }),
      { fetchImpl: viaStandIn },
    );
    expect(res.status).toBe(202);
    expect(asked).toEqual([
      'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/t1/servers/detail?limit=2',
    ]);
    await forward(
      nhn,
      browserRequest('/api/identity/v2.0/tokens', { method: 'POST', body: '{}' }),
      { fetchImpl: viaStandIn },
    );
    expect(asked[1]).toBe('https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens');
  });
});
