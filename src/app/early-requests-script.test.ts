/**
 * The early request's script (public/early-requests.js, issue 10) asks exactly what the route's
 * loader asks first, so that the HTTP client can take it over instead of asking again
 * (src/api/early-requests.ts); only with a session, and only on the two routes it knows.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { environmentManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureApi } from '../api/client';
import { EARLY_REQUESTS_GLOBAL } from '../api/early-requests';
import { listQueries } from '../features/instances/list-data';
import { overviewQueries } from '../features/overview/overview-data';
import { SESSION_KEY, type Session } from '../session/session';
import { prefetchingLoader } from './route-data';

const SCRIPT = readFileSync(new URL('../../public/early-requests.js', import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const session: Session = {
  expiresAt: NOW + 3_600_000,
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  tenantName: 'demo',
  userId: 'u',
  signInId: 'demo@example.com',
  regions: ['kr1', 'kr2'],
};
interface Sent {
  url: string;
  headers: Record<string, string>;
}

/** Runs the plain script as a page at `path` would, with `stored` in sessionStorage. */
function runEarlyScript(
  path: string,
  stored: Session | null | string = session,
  window: Record<string, unknown> = {},
) {
  const sent: Sent[] = [];
  runInNewContext(SCRIPT, {
    window,
    location: { pathname: path },
    Date: { now: () => NOW },
    sessionStorage: {
      getItem: (key: string) =>
        key === SESSION_KEY && stored !== null
          ? typeof stored === 'string'
            ? stored
            : JSON.stringify(stored)
          : null,
    },
    fetch: (url: string, init: { headers: Record<string, string> }) => {
      sent.push({ url, headers: init.headers });
      return Promise.resolve(new Response('{"servers":[]}', { status: 200 }));
    },
  });
  return { sent, window };
}

/** The requests a route's loader makes, through the real HTTP client. */
function loaderRequests(queries: typeof listQueries | typeof overviewQueries, region: string) {
  const urls: string[] = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{}', { status: 503 });
    }) as typeof fetch,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  prefetchingLoader(client, queries, () => session)({ params: { region } });
  client.clear();
  return urls;
}

beforeEach(() => environmentManager.setIsServer(() => false));
afterEach(() => configureApi({ fetchImpl: undefined }));

describe('the early script', () => {
  it.each([
    ['/kr1/instances', listQueries, 'kr1'],
    ['/kr2/instances/', listQueries, 'kr2'],
    ['/kr1', overviewQueries, 'kr1'],
    ['/jp1/', overviewQueries, 'jp1'],
  ] as const)(
    'on %s asks what the route loader asks, as the console does, no token in sight',
    (path, queries, region) => {
      const { sent, window } = runEarlyScript(path);
      const urls = sent.map((s) => s.url).sort();
      expect(urls).toEqual(loaderRequests(queries, region).sort());
      // The session cookie goes with them (the browser adds it); the page never had the token.
      expect(sent.map((s) => s.headers['X-Auth-Token'])).toEqual(sent.map(() => undefined));
      expect(sent.map((s) => s.headers['X-Requested-With'])).toEqual(sent.map(() => 'nhn-console'));
      const registry = window[EARLY_REQUESTS_GLOBAL] as Record<string, { at: number }>;
      expect(Object.keys(registry).sort()).toEqual(urls);
    },
  );

  it.each([
    '/login',
    '/',
    '/kr1/instances/new',
    '/kr1/instances/0b6c1b0e-0000-0000-0000-000000000000',
    '/kr1/volumes',
  ])('asks nothing on %s', (path) => {
    expect(runEarlyScript(path).sent).toEqual([]);
  });

  it('asks nothing once the console asks for itself (it came first)', () => {
    const { sent } = runEarlyScript('/kr1/instances', session, { [EARLY_REQUESTS_GLOBAL]: {} });
    expect(sent).toEqual([]);
  });

  it('asks nothing without a session, with an expired one, or one that does not parse', () => {
    expect(runEarlyScript('/kr1/instances', null).sent).toEqual([]);
    expect(runEarlyScript('/kr1/instances', '{"expiresAt":1e15}').sent).toEqual([]);
    expect(runEarlyScript('/kr1/instances', { ...session, expiresAt: NOW - 1 }).sent).toEqual([]);
    expect(runEarlyScript('/kr1/instances', '{not json').sent).toEqual([]);
  });
});
