/**
 * The console's react-query defaults and its polling queries against a rate-limited API: a fake
 * fetch under the real HTTP client and API functions, react-query on vitest's fake clock.
 */
import {
  environmentManager,
  MutationObserver,
  type QueryClient,
  QueryObserver,
  type QueryObserverOptions,
} from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../api/api-error';
import { createVolume } from '../api/block-storage';
import { configureApi } from '../api/client';
import { runOnce } from '../resources/mutations';
import { BUSY_REFRESH_MS, SETTLED_REFRESH_MS } from '../resources/refresh-intervals';
import { serversCollectionQuery } from '../resources/server-collection-query';
import { volumesQuery } from '../resources/volumes';
import { createQueryClient } from './query-client';

const scope = { region: 'kr1', tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7' };

type Answer = () => Response;
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
const tooMany = (retryAfter?: string) =>
  json(
    429,
    { overLimit: { code: 429, message: 'Rate limit exceeded' } },
    retryAfter ? { 'Retry-After': retryAfter } : {},
  );
const settledServers = json(200, {
  servers: [{ id: 's1', name: 'web-01', status: 'ACTIVE', 'OS-EXT-STS:task_state': null }],
});
const creatingVolume = json(200, {
  volumes: [{ id: 'v1', name: 'data', status: 'creating', size: 10 }],
});

/** A fake NHN Cloud: answers in turn (the last one repeats) and notes when each request came. */
function fakeApi(...answers: Answer[]) {
  const requests: { method: string; url: string; at: number }[] = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ method: init?.method ?? 'GET', url: String(input), at: Date.now() });
      const answer = answers.length > 1 ? answers.shift() : answers[0];
      if (!answer) throw new Error('no answer scripted');
      return answer();
    }) as typeof fetch,
  });
  return requests;
}

let client: QueryClient;
let stop: (() => void) | undefined;

/** Mounts a query as a page would (an observer with a listener), so it fetches and polls. */
function observe(options: QueryObserverOptions<any, any, any, any, any>) {
  const observer = new QueryObserver(client, options);
  stop = observer.subscribe(() => undefined);
  return observer;
}

beforeEach(() => {
  vi.useFakeTimers();
  // Polling is off on a server: this test is the browser.
  environmentManager.setIsServer(() => false);
  client = createQueryClient();
});
afterEach(() => {
  stop?.();
  client.clear();
  vi.useRealTimers();
});

describe('retries of reads', () => {
  it('a 429 is asked again only after its Retry-After, not sooner', async () => {
    const requests = fakeApi(tooMany('5'), settledServers);
    const observer = observe(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect(observer.getCurrentResult().data?.servers[0]?.name).toBe('web-01');
  });

  it('a long Retry-After is not waited out in a retry: the error shows at once', async () => {
    const requests = fakeApi(tooMany('120'));
    const observer = observe(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(requests).toHaveLength(1);
    const result = observer.getCurrentResult();
    expect(result.status).toBe('error');
    expect((result.error as ApiError).retryAfterMs).toBe(120_000);
  });

  it('a gateway refusal with HTTP 200 is an error, not data, and is not asked again', async () => {
    const requests = fakeApi(
      json(200, { header: { isSuccessful: false, resultCode: -1, resultMessage: 'Refused' } }),
    );
    const observer = observe(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(requests).toHaveLength(1);
    const result = observer.getCurrentResult();
    expect(result.data).toBeUndefined();
    expect(result.error).toMatchObject({ status: 200, resultCode: -1, message: 'Refused' });
  });

  it('a server fault is asked again twice, one and two seconds apart', async () => {
    const requests = fakeApi(json(503, { computeFault: { code: 503, message: 'busy' } }));
    observe(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(3000);
    expect(requests.map((r) => r.at - (requests[0]?.at ?? 0))).toEqual([0, 1000, 3000]);
  });
});

describe('polling backs off after a 429', () => {
  it('the instance list waits Retry-After, not its usual minute, then polls as usual again', async () => {
    const requests = fakeApi(settledServers, tooMany('150'), settledServers);
    observe(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(0);
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    expect(requests).toHaveLength(2);
    // The 429 came at +60 s: nothing until +60 s + 150 s.
    await vi.advanceTimersByTimeAsync(149_999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    expect((requests[2]?.at ?? 0) - start).toBe(SETTLED_REFRESH_MS + 150_000);
    // Answered again: back to once a minute.
    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    expect(requests).toHaveLength(4);
  });

  it('the volume list, polling every 2.5 s while a volume changes, waits 30 s after a 429 that asks it', async () => {
    const requests = fakeApi(creatingVolume, tooMany('30'), creatingVolume);
    observe(volumesQuery(scope));
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(BUSY_REFRESH_MS);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(BUSY_REFRESH_MS);
    expect(requests).toHaveLength(4);
  });

  it('a 429 without Retry-After still holds polling back (30 s)', async () => {
    const requests = fakeApi(creatingVolume, tooMany(), creatingVolume);
    observe(volumesQuery(scope));
    await vi.advanceTimersByTimeAsync(BUSY_REFRESH_MS);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
  });
});

describe('nothing that changes state is sent again by itself', () => {
  it.each([
    ['a 429 with a short Retry-After', tooMany('1')],
    ['a server fault', json(503, { computeFault: { code: 503, message: 'busy' } })],
    ['no answer', () => Promise.reject(new TypeError('fetch failed')) as unknown as Response],
  ])('%s fails the mutation after one request', async (_name, answer) => {
    const requests = fakeApi(answer, json(202, { volume: { id: 'v9' } }));
    const observer = new MutationObserver(client, {
      mutationFn: () => createVolume(scope, { size: 10, name: 'x' }),
    });
    const outcome = observer.mutate().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await outcome).toMatchObject({ name: 'ApiError' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
  });

  it('a gateway refusal with HTTP 200 fails the mutation instead of passing for success', async () => {
    fakeApi(json(200, { header: { isSuccessful: false, resultCode: 409, resultMessage: 'Busy' } }));
    const observer = new MutationObserver(client, {
      mutationFn: () => createVolume(scope, { size: 10, name: 'x' }),
    });
    await expect(observer.mutate()).rejects.toMatchObject({ status: 200, resultCode: 409 });
    expect(observer.getCurrentResult().status).toBe('error');
  });
});

describe('the query client after a change (issue 11)', () => {
  it('asks again what a settled mutation names in meta.invalidates, after a failure too', async () => {
    const client = createQueryClient();
    const asked: string[] = [];
    for (const key of ['servers', 'volumes', 'flavors']) {
      client.setQueryData([key, 'list'], []);
      client
        .getQueryCache()
        .find({ queryKey: [key, 'list'] })
        ?.setOptions({
          queryKey: [key, 'list'],
          queryFn: async () => {
            asked.push(key);
            return [];
          },
        });
    }
    const failing = runOnce(
      client,
      {
        mutationKey: ['volumes', 'delete', 'v-1'],
        mutationFn: async () => {
          throw new Error('no answer');
        },
        meta: { invalidates: [['volumes'], ['servers']] },
      },
      undefined,
    );
    await expect(failing).rejects.toThrow('no answer');
    expect(client.getQueryState(['volumes', 'list'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['servers', 'list'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['flavors', 'list'])?.isInvalidated).toBe(false);
  });
});
