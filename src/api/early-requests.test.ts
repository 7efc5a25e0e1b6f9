/**
 * The HTTP client takes over a request the page started early (public/early-requests.js, issue
 * 10): once, while fresh, and never for another request; the request's own
 * timeout still applies. Counts requests; never times them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureApi, http } from './client';
import { EARLY_REQUEST_FRESH_MS, EARLY_REQUESTS_GLOBAL, takeEarlyRequest } from './early-requests';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

afterEach(() => {
  configureApi({ fetchImpl: undefined });
  delete (globalThis as Record<string, unknown>)[EARLY_REQUESTS_GLOBAL];
});

describe('the HTTP client', () => {
  const URL_50 = `/api/compute/kr1/v2/${TENANT}/servers/detail?limit=50`;
  let network: string[];

  /** An early request for URL_50 as the script leaves it, answered with `body`. */
  function earlyRequest(fields: { at?: number } = {}) {
    (globalThis as Record<string, unknown>)[EARLY_REQUESTS_GLOBAL] = {
      [URL_50]: {
        at: fields.at ?? Date.now(),
        response: Promise.resolve(
          new Response('{"servers":[{"id":"early"}]}', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      },
    };
  }

  beforeEach(() => {
    network = [];
    configureApi({
      fetchImpl: (async (input: RequestInfo | URL) => {
        network.push(String(input));
        return new Response('{"servers":[{"id":"network"}]}', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }) as typeof fetch,
    });
  });

  const get = () => http.get<{ servers: { id: string }[] }>(URL_50);

  it('takes the early request over once: the next request for the URL goes to the network', async () => {
    earlyRequest();
    expect((await get()).servers[0]?.id).toBe('early');
    expect(network).toEqual([]);
    expect((await get()).servers[0]?.id).toBe('network');
    expect(network).toEqual([URL_50]);
  });

  it('asks the network when the early answer is stale', async () => {
    earlyRequest({ at: Date.now() - EARLY_REQUEST_FRESH_MS - 1 });
    expect((await get()).servers[0]?.id).toBe('network');
    expect(network).toHaveLength(1);
  });

  it('is never the answer to another request', async () => {
    earlyRequest();
    await http.get(`${URL_50}&marker=x`);
    expect(network).toEqual([`${URL_50}&marker=x`]);
    expect(takeEarlyRequest(URL_50, { method: 'POST' })).toBe(null);
  });

  it("keeps the request's own timeout", async () => {
    (globalThis as Record<string, unknown>)[EARLY_REQUESTS_GLOBAL] = {
      [URL_50]: { at: Date.now(), response: new Promise(() => undefined) },
    };
    const controller = new AbortController();
    const pending = takeEarlyRequest(URL_50, { signal: controller.signal });
    controller.abort(new Error('timed out'));
    await expect(pending).rejects.toThrow('timed out');
  });
});

describe('a console that asks first', () => {
  it('closes the door: the early script, running late, then asks nothing', () => {
    const scope: Record<string, unknown> = {};
    expect(takeEarlyRequest('/api/x', undefined, scope)).toBeNull();
    expect(scope[EARLY_REQUESTS_GLOBAL]).toEqual({});
  });
});
