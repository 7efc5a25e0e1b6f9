import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { buildUrl, HttpClient } from './http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** The ApiError a request fails with (and a test failure when it does not fail). */
const failureOf = (pending: Promise<unknown>): Promise<ApiError> =>
  pending.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: ApiError) => error,
  );

function client(fetchImpl: typeof fetch, onUnauthorized = vi.fn()) {
  return {
    http: new HttpClient({ onUnauthorized, fetchImpl }),
    onUnauthorized,
  };
}

describe('HttpClient', () => {
  it("sends JSON with the console's own header and no token, and parses the answer", async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      // The token is the server's to add, from the HttpOnly session cookie (issue 12).
      expect(headers['X-Auth-Token']).toBeUndefined();
      expect(headers['X-Requested-With']).toBe('nhn-console');
      expect(init?.body).toBe('{"server":{"name":"a"}}');
      return json(200, { server: { id: 's1' } });
    });
    const { http } = client(fetchImpl as typeof fetch);
    const res = await http.request<{ server: { id: string } }>('/api/compute/kr1/v2/t/servers/s1', {
      method: 'PUT',
      body: { server: { name: 'a' } },
    });
    expect(res.data.server.id).toBe('s1');
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('/api/compute/kr1/v2/t/servers/s1');
  });

  it("sends the console's own header on sign-in too, which the server requires", async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      expect(headers['X-Requested-With']).toBe('nhn-console');
      expect(headers['X-Auth-Token']).toBeUndefined();
      return json(200, {});
    });
    await client(fetchImpl as typeof fetch).http.request('/api/session', {
      method: 'POST',
      auth: false,
      body: {},
    });
  });

  it("marks an answer of the console's own server, so it is never shown as NHN Cloud's", async () => {
    const { http } = client(
      (async () =>
        new Response('{"error":{"code":504,"message":"NHN Cloud did not answer"}}', {
          status: 504,
          headers: { 'Content-Type': 'application/json', 'X-NHN-Console-Proxy-Error': 'timeout' },
        })) as typeof fetch,
    );
    const error = await failureOf(http.get('/api/compute/kr1/v2/t/servers'));
    expect(error.fromConsole).toBe('timeout');
    expect(error.message).toBe('NHN Cloud did not answer');
    const { http: nhn } = client((async () => json(503, { message: 'down' })) as typeof fetch);
    expect((await failureOf(nhn.get('/api/compute/kr1/v2/t/servers'))).fromConsole).toBeUndefined();
  });

  it('turns an error body into an ApiError with status, code, message and request', async () => {
    const { http } = client((async () =>
      json(409, {
        conflictingRequest: { code: 409, message: 'Cannot stop' },
      })) as unknown as typeof fetch);
    const error = await http
      .request('/api/compute/kr1/v2/0123456789abcdef0123456789abcdef/servers/s1/action', {
        method: 'POST',
        body: {},
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflictingRequest',
      message: 'Cannot stop',
      kind: 'http',
    });
    expect(error.request).toBe('POST /servers/s1/action');
  });

  it('reports a 401 to onUnauthorized, except for sign-in', async () => {
    const unauthorized = async () =>
      json(401, { error: { code: 401, title: 'Unauthorized', message: 'nope' } });
    const { http, onUnauthorized } = client(unauthorized as unknown as typeof fetch);
    await expect(http.get('/api/compute/kr1/v2/t/servers')).rejects.toMatchObject({
      status: 401,
      code: 'Unauthorized',
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(
      http.request('/api/session', { method: 'POST', auth: false }),
    ).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('names network failures', async () => {
    const { http } = client((async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch);
    await expect(http.get('/api/image/kr1/v2/images')).rejects.toMatchObject({
      status: 0,
      kind: 'network',
      message: expect.stringContaining('fetch failed'),
    });
  });

  it('times out', async () => {
    const hanging = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      })) as typeof fetch;
    const { http } = client(hanging);
    await expect(http.get('/api/image/kr1/v2/images', { timeoutMs: 20 })).rejects.toMatchObject({
      kind: 'timeout',
      status: 0,
    });
  });

  it('lets a cancellation through as an abort, not an API error', async () => {
    const hanging = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      })) as typeof fetch;
    const { http } = client(hanging);
    const controller = new AbortController();
    const pending = http.get('/api/image/kr1/v2/images', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('takes an NHN gateway refusal sent with HTTP 200 as an error, never as data', async () => {
    const { http } = client((async () =>
      json(200, {
        header: { isSuccessful: false, resultCode: -1, resultMessage: 'Invalid appkey' },
      })) as unknown as typeof fetch);
    const error = await http
      .request('/api/compute/kr1/v2/0123456789abcdef0123456789abcdef/servers', {
        method: 'POST',
        body: {},
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 200,
      code: 'resultCode -1',
      message: 'Invalid appkey',
      kind: 'http',
      resultCode: -1,
      request: 'POST /servers',
    });
    expect(error.isGatewayRefusal).toBe(true);
    expect(error.isRateLimited).toBe(false);
  });

  it('reads a gateway refusal with an error status too, keeping the HTTP status', async () => {
    const unauthorized = async () =>
      json(401, {
        header: { isSuccessful: false, resultCode: 401, resultMessage: 'Token expired' },
      });
    const { http, onUnauthorized } = client(unauthorized as unknown as typeof fetch);
    await expect(http.get('/api/compute/kr1/v2/t/servers')).rejects.toMatchObject({
      status: 401,
      code: 'resultCode 401',
      message: 'Token expired',
      resultCode: 401,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('returns a gateway body with isSuccessful: true as data', async () => {
    const body = { header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' }, x: 1 };
    const { http } = client((async () => json(200, body)) as unknown as typeof fetch);
    await expect(http.get('/api/compute/kr1/v2/t/servers')).resolves.toEqual(body);
  });

  it('keeps Retry-After of a 429 in seconds or as an HTTP date', async () => {
    const answers = [
      json(429, { overLimit: { code: 429, message: 'Slow down' } }, { 'Retry-After': '7' }),
      json(
        429,
        { overLimit: { code: 429, message: 'Slow down' } },
        { 'Retry-After': new Date(Date.now() + 90_000).toUTCString() },
      ),
      json(429, { overLimit: { code: 429, message: 'Slow down' } }),
    ];
    const { http } = client((async () => answers.shift()) as unknown as typeof fetch);
    const inSeconds = await failureOf(http.get('/api/compute/kr1/v2/t/servers'));
    expect(inSeconds).toMatchObject({ status: 429, code: 'overLimit', retryAfterMs: 7000 });
    expect(inSeconds.isRateLimited).toBe(true);
    const asDate = await failureOf(http.get('/api/compute/kr1/v2/t/servers'));
    // An HTTP date has whole seconds: the wait is a little under 90 s, never more.
    expect(asDate.retryAfterMs).toBeGreaterThan(88_000);
    expect(asDate.retryAfterMs).toBeLessThanOrEqual(90_000);
    const without = await failureOf(http.get('/api/compute/kr1/v2/t/servers'));
    expect(without.retryAfterMs).toBeUndefined();
    expect(without.isRateLimited).toBe(true);
  });

  it('keeps Retry-After of a gateway refusal sent with HTTP 200', async () => {
    const { http } = client((async () =>
      json(
        200,
        { header: { isSuccessful: false, resultCode: 429, resultMessage: 'Too many requests' } },
        { 'Retry-After': '3' },
      )) as unknown as typeof fetch);
    const error = await failureOf(http.get('/api/compute/kr1/v2/t/servers'));
    expect(error).toMatchObject({ status: 200, resultCode: 429, retryAfterMs: 3000 });
    expect(error.isRateLimited).toBe(true);
  });

  it('accepts empty bodies (204) and extra unknown fields', async () => {
    const { http } = client(
      (async () => new Response(null, { status: 204 })) as unknown as typeof fetch,
    );
    const res = await http.request('/api/compute/kr1/v2/t/servers/s1', { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(res.data).toBeUndefined();
  });
});

describe('buildUrl', () => {
  it('adds only the query values that are set', () => {
    expect(buildUrl('/p', { a: 1, b: undefined, c: '', d: 'x y', e: null })).toBe('/p?a=1&d=x+y');
    expect(buildUrl('/p')).toBe('/p');
  });
});
