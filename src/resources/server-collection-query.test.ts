/**
 * The servers collection's loader against a fake compute API (under the real HTTP client and API
 * functions), react-query on vitest's fake clock: what it asks for, in which order, and what the
 * screens reading it see. Counts requests, never times them.
 */
import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryRetryDelayMs, shouldRetryQuery } from '../api/back-off';
import { configureApi } from '../api/client';
import type { Server } from '../domain/compute-types';
import { testServer } from '../domain/test-servers';
import { BUSY_REFRESH_MS, SETTLED_REFRESH_MS } from './refresh-intervals';
import type { ServerCollection } from './server-collection';
import {
  BACKGROUND_PAGE_SIZE,
  FIRST_PAGE_SIZE,
  MAX_SERVER_PAGE,
  PROGRESS_EVERY_MS,
  serversCollectionQuery,
} from './server-collection-query';
import { instanceKeys, instanceQuery } from './servers';

const scope = { region: 'kr1', tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7' };

/** A fake Nova: newest first, limit + marker, changes-since with DELETED, a Date header. */
function fakeNova(count: number, { latencyMs = 0 }: { latencyMs?: number } = {}) {
  let servers: Server[] = Array.from({ length: count }, (_, i) =>
    testServer(`srv-${String(i).padStart(5, '0')}`, i),
  ).reverse();
  const deleted: Server[] = [];
  const requests: URL[] = [];
  let refuseChangesSince = false;
  let failNext: Response | null = null;
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://console.test');
      requests.push(url);
      if (latencyMs > 0) await new Promise((answer) => setTimeout(answer, latencyMs));
      if (failNext) {
        const answer = failNext;
        failNext = null;
        return answer;
      }
      const date = new Date(Date.now()).toUTCString();
      const headers = { 'Content-Type': 'application/json', Date: date };
      const one = /\/servers\/([^/]+)$/.exec(url.pathname);
      if (one && one[1] !== 'detail') {
        const server = servers.find((s) => s.id === one[1]);
        return new Response(JSON.stringify({ server }), { status: 200, headers });
      }
      const since = url.searchParams.get('changes-since');
      if (since !== null && refuseChangesSince) {
        return new Response(JSON.stringify({ badRequest: { code: 400, message: 'no' } }), {
          status: 400,
          headers,
        });
      }
      let list =
        since === null ? servers : [...servers, ...deleted].filter((s) => s.updated >= since);
      const marker = url.searchParams.get('marker');
      if (marker) list = list.slice(list.findIndex((s) => s.id === marker) + 1);
      const limit = Number(url.searchParams.get('limit') ?? MAX_SERVER_PAGE);
      const page = list.slice(0, limit);
      const more = list.length > limit;
      const body = {
        servers: page,
        ...(more
          ? {
              servers_links: [{ rel: 'next', href: `/x?marker=${page.at(-1)?.id}&limit=${limit}` }],
            }
          : {}),
      };
      return new Response(JSON.stringify(body), { status: 200, headers });
    }) as typeof fetch,
  });
  const now = () => new Date(Date.now()).toISOString().slice(0, 19).concat('Z');
  return {
    requests,
    listRequests: () => requests.filter((u) => u.pathname.endsWith('/servers/detail')),
    change(id: string, fields: Partial<Server>) {
      servers = servers.map((s) => (s.id === id ? { ...s, ...fields, updated: now() } : s));
    },
    remove(id: string) {
      const server = servers.find((s) => s.id === id);
      servers = servers.filter((s) => s.id !== id);
      if (server) deleted.push({ ...server, status: 'DELETED', updated: now() });
    },
    add(server: Server) {
      servers = [{ ...server, updated: now() }, ...servers];
    },
    refuseChangesSince() {
      refuseChangesSince = true;
    },
    failOnce(response: Response) {
      failNext = response;
    },
  };
}

let client: QueryClient;
let stops: (() => void)[] = [];

/** Mounts the collection as a page would, and notes every collection the page was shown. */
function observe(options?: Parameters<typeof serversCollectionQuery>[1]) {
  const observer = new QueryObserver(client, serversCollectionQuery(scope, options));
  const seen: ServerCollection[] = [];
  stops.push(
    observer.subscribe((result) => {
      if (result.data && seen.at(-1) !== result.data) seen.push(result.data);
    }),
  );
  return { observer, seen, data: () => observer.getCurrentResult().data };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 9, 0, 0) });
  environmentManager.setIsServer(() => false);
  // The console's defaults (src/app/query-client.ts), which a feature does not import.
  client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchIntervalInBackground: false,
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelayMs,
      },
    },
  });
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  client.clear();
  vi.useRealTimers();
});

describe('the first load', () => {
  it('shows a small first page at once, then the rest in pages of 500 with progress', async () => {
    expect(BACKGROUND_PAGE_SIZE).toBe(500);
    const nova = fakeNova(2_600);
    const { seen, data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    const asked = nova
      .listRequests()
      .map((u) => [u.searchParams.get('limit'), u.searchParams.get('marker')]);
    expect(asked).toEqual([
      [String(FIRST_PAGE_SIZE), null],
      ['500', 'srv-02550'],
      ['500', 'srv-02050'],
      ['500', 'srv-01550'],
      ['500', 'srv-01050'],
      ['500', 'srv-00550'],
      ['500', 'srv-00050'],
    ]);
    // The first page at once, then all 2,600 (the pages came faster than progress is shown).
    expect(seen.map((c) => [c.servers.length, c.complete])).toEqual([
      [50, false],
      [2_600, true],
    ]);
    expect(data()?.servers[0]?.id).toBe('srv-02599');
    expect(data()?.servers.at(-1)?.id).toBe('srv-00000');
    expect(new Set(data()?.servers.map((s) => s.id)).size).toBe(2_600);
  });

  it('shows the progress of a slow background load at most every second', async () => {
    expect(PROGRESS_EVERY_MS).toBe(1000);
    fakeNova(2_600, { latencyMs: 400 });
    const { seen } = observe();
    await vi.advanceTimersByTimeAsync(10_000);
    // Pages at 0.4 s (50), 0.8 s (550), 1.2 s, 1.6 s (1,550), 2 s, 2.4 s, 2.8 s (all): each
    // showing sorts and renders everything loaded, so not one for every page.
    expect(seen.map((c) => [c.servers.length, c.complete])).toEqual([
      [50, false],
      [1_550, false],
      [2_600, true],
    ]);
  });

  it('a screen that waits for the whole region (the overview) asks the largest page first', async () => {
    const nova = fakeNova(1_500);
    const { data } = observe({ firstPageSize: MAX_SERVER_PAGE });
    await vi.advanceTimersByTimeAsync(0);
    expect(nova.listRequests().map((u) => u.searchParams.get('limit'))).toEqual(['1000', '1000']);
    expect(data()).toMatchObject({ complete: true });
  });

  it('a first page asked for before any screen shows it (a route loader) waits for one', async () => {
    const nova = fakeNova(2_600);
    void client.prefetchQuery(serversCollectionQuery(scope));
    await vi.advanceTimersByTimeAsync(1_000);
    // The first screen's page only: the next pages would compete with the first rows' paint.
    expect(nova.listRequests().map((u) => u.searchParams.get('limit'))).toEqual(['50']);
    const { data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    expect(nova.listRequests().map((u) => u.searchParams.get('limit'))).toEqual([
      '50',
      ...Array(6).fill('500'),
    ]);
    expect(data()).toMatchObject({ complete: true });
    expect(data()?.servers).toHaveLength(2_600);
  });

  it('a small region is one request', async () => {
    const nova = fakeNova(9);
    const { data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    expect(nova.requests).toHaveLength(1);
    expect(data()).toMatchObject({ complete: true });
  });

  it('a refresh pressed during the background load does not start a second loader', async () => {
    const nova = fakeNova(3_100);
    const { observer } = observe();
    await vi.advanceTimersByTimeAsync(0);
    // Loaded by now; start afresh on a new key to press Refresh in the middle.
    client.removeQueries({ queryKey: instanceKeys.collection(scope) });
    nova.requests.length = 0;
    const second = observe();
    await Promise.resolve();
    void second.observer.refetch();
    void client.invalidateQueries({ queryKey: instanceKeys.all(scope) });
    await vi.advanceTimersByTimeAsync(0);
    const markers = nova.listRequests().map((u) => u.searchParams.get('marker'));
    // Every page asked once, however often the load was restarted.
    expect(markers.filter((m) => m !== null)).toEqual([
      ...new Set(markers.filter((m) => m !== null)),
    ]);
    expect(second.data()).toMatchObject({ complete: true });
    expect(second.data()?.servers).toHaveLength(3_100);
    expect(observer.getCurrentResult().data?.servers).toHaveLength(3_100);
  });
});

describe('staying fresh with changes-since', () => {
  it("asks only what changed since the first answer's Date, less 5 s, and merges it", async () => {
    const nova = fakeNova(120);
    const { data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    const firstAnswerAt = Date.now();
    nova.remove('srv-00007');
    nova.change('srv-00042', { status: 'SHUTOFF' });
    nova.add(testServer('new-one', 999));
    const before = nova.listRequests().length;

    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    const refreshes = nova.listRequests().slice(before);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.searchParams.get('changes-since')).toBe(
      new Date(firstAnswerAt - 5_000).toISOString().slice(0, 19).concat('Z'),
    );
    const servers = data()?.servers ?? [];
    expect(servers).toHaveLength(120);
    expect(servers.some((s) => s.id === 'srv-00007')).toBe(false);
    expect(servers.find((s) => s.id === 'srv-00042')?.status).toBe('SHUTOFF');
    expect(servers[0]?.id).toBe('new-one');
  });

  it('a settled collection asks once a minute and keeps the same servers when nothing changed', async () => {
    const nova = fakeNova(30);
    const { data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    const servers = data()?.servers;
    await vi.advanceTimersByTimeAsync(5 * SETTLED_REFRESH_MS);
    const asked = nova.listRequests();
    expect(asked).toHaveLength(6);
    expect(asked.slice(1).every((u) => u.searchParams.has('changes-since'))).toBe(true);
    expect(data()?.servers).toBe(servers);
  });

  it('follows every 2.5 s while a server changes, and slows down once it settles', async () => {
    const nova = fakeNova(10);
    observe();
    await vi.advanceTimersByTimeAsync(0);
    nova.change('srv-00003', { 'OS-EXT-STS:task_state': 'powering-off' });
    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    const busyFrom = nova.listRequests().length;
    await vi.advanceTimersByTimeAsync(4 * BUSY_REFRESH_MS);
    expect(nova.listRequests().length - busyFrom).toBe(4);
    nova.change('srv-00003', { status: 'SHUTOFF', 'OS-EXT-STS:task_state': null });
    await vi.advanceTimersByTimeAsync(BUSY_REFRESH_MS);
    const settledFrom = nova.listRequests().length;
    await vi.advanceTimersByTimeAsync(20 * BUSY_REFRESH_MS);
    expect(nova.listRequests().length - settledFrom).toBe(0);
  });

  it('reads everything again, quietly, only when the API refuses changes-since', async () => {
    const nova = fakeNova(1_500);
    const { seen } = observe();
    await vi.advanceTimersByTimeAsync(0);
    nova.refuseChangesSince();
    const before = nova.listRequests().length;
    seen.length = 0;
    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    const asked = nova.listRequests().slice(before);
    expect(
      asked.map((u) => [u.searchParams.has('changes-since'), u.searchParams.get('limit')]),
    ).toEqual([
      [true, '1000'],
      [false, '1000'],
      [false, '1000'],
    ]);
    // The screen never showed a part of the region meanwhile.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((c) => c.complete && c.servers.length === 1_500)).toBe(true);
  });

  it('waits as long as a 429 asks before the next refresh', async () => {
    const nova = fakeNova(5);
    observe();
    await vi.advanceTimersByTimeAsync(0);
    nova.failOnce(
      new Response(JSON.stringify({ overLimit: { code: 429, message: 'slow down' } }), {
        status: 429,
        headers: { 'Retry-After': '150' },
      }),
    );
    await vi.advanceTimersByTimeAsync(SETTLED_REFRESH_MS);
    const after429 = nova.listRequests().length;
    await vi.advanceTimersByTimeAsync(149_000);
    expect(nova.listRequests().length).toBe(after429);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(nova.listRequests().length).toBe(after429 + 1);
  });
});

describe('an instance read on its own', () => {
  it('brings its news into the collection', async () => {
    const nova = fakeNova(4);
    const { data } = observe();
    await vi.advanceTimersByTimeAsync(0);
    nova.change('srv-00002', { status: 'PAUSED' });
    const detail = new QueryObserver(client, instanceQuery(scope, 'srv-00002'));
    stops.push(detail.subscribe(() => undefined));
    await vi.advanceTimersByTimeAsync(0);
    expect(data()?.servers.find((s) => s.id === 'srv-00002')?.status).toBe('PAUSED');
  });
});
