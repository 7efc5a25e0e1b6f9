/**
 * The route loaders that ask for a page's data while its chunk loads (issue 10): which requests
 * they make, that the page's own queries then ask nothing again, and that held data is not asked
 * for again. Counts requests against a fake API under the real HTTP client; never times them.
 */
import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureApi } from '../api/client';
import { testServer } from '../domain/test-servers';
import { listQueries } from '../features/instances/list-data';
import { overviewQueries } from '../features/overview/overview-data';
import type { Session } from '../session/session';
import { prefetchingLoader } from './route-data';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const session = { tenantId: TENANT } as Session;
const signedIn = () => session;
const signedOut = () => null;

let requests: URL[];
let client: QueryClient;

/** Answers every GET as the API would, with a few servers (one page), flavors, images, volumes. */
function fakeApi() {
  requests = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://console.test');
      requests.push(url);
      const body = url.pathname.endsWith('/servers/detail')
        ? { servers: [testServer('srv-1', 1), testServer('srv-2', 2)] }
        : url.pathname.endsWith('/flavors/detail')
          ? { flavors: [] }
          : url.pathname.endsWith('/images')
            ? { images: [] }
            : { volumes: [] };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json', Date: new Date().toUTCString() },
      });
    }) as typeof fetch,
  });
}

const asked = () => requests.map((u) => `${u.pathname}${u.search}`).sort();

/** Lets every answer in flight arrive and be stored. */
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  environmentManager.setIsServer(() => false);
  client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 10_000 } } });
  fakeApi();
});
afterEach(() => client.clear());

describe('the instances list route', () => {
  it('asks for the first page of servers, the flavors and the images before the page renders', async () => {
    const load = prefetchingLoader(client, listQueries, signedIn);
    expect(load({ params: { region: 'kr1' } })).toBeNull();
    // Asked at once: nothing waited for the page's chunk or for a render.
    expect(asked()).toEqual([
      `/api/compute/kr1/v2/${TENANT}/flavors/detail`,
      `/api/compute/kr1/v2/${TENANT}/servers/detail?limit=50`,
      '/api/image/kr1/v2/images?limit=1000&sort_key=name&sort_dir=asc',
    ]);
    await settle();
    // The page's own queries (the same options) find the answers: nothing is asked again.
    const queries = listQueries({ region: 'kr1', tenantId: TENANT });
    const observers = [
      new QueryObserver(client, queries.collection),
      new QueryObserver(client, queries.flavors),
      new QueryObserver(client, queries.images),
    ];
    const stops = observers.map((observer) => observer.subscribe(() => undefined));
    await settle();
    expect(requests).toHaveLength(3);
    expect(observers[0]?.getCurrentResult().data).toMatchObject({ complete: true });
    for (const stop of stops) stop();
  });

  it('asks nothing again while the answers are on their way, nor once they are held', async () => {
    const load = prefetchingLoader(client, listQueries, signedIn);
    load({ params: { region: 'kr1' } });
    load({ params: { region: 'kr1' } });
    expect(requests).toHaveLength(3);
    await settle();
    load({ params: { region: 'kr1' } });
    await settle();
    expect(requests).toHaveLength(3);
  });

  it('asks for the region in the address, and nothing without a session', async () => {
    prefetchingLoader(client, listQueries, signedOut)({ params: { region: 'kr1' } });
    expect(requests).toHaveLength(0);
    prefetchingLoader(client, listQueries, signedIn)({ params: { region: 'jp1' } });
    expect(requests.map((u) => u.pathname.split('/')[3])).toEqual(['jp1', 'jp1', 'jp1']);
  });
});

describe('the overview route', () => {
  it('asks for the servers in the largest pages and the flavors (the volumes come after)', () => {
    prefetchingLoader(client, overviewQueries, signedIn)({ params: { region: 'kr1' } });
    expect(asked()).toEqual([
      `/api/compute/kr1/v2/${TENANT}/flavors/detail`,
      `/api/compute/kr1/v2/${TENANT}/servers/detail?limit=1000`,
    ]);
  });
});
