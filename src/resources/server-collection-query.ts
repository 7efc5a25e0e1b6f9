/**
 * The one loader of the region's servers (issue 10): a react-query query per tenant and region
 * whose data is a ServerCollection (collection.ts). Each run of its query function does what the
 * collection needs next:
 * - nothing held: the first page at once (a small request: the first screen of the list), then
 *   the rest in the background in pages of 500 (limit + marker; the overview, which waits for
 *   them all, pages of 1,000), each page shown as it comes;
 * - a background load cut short (an error, a superseded run): go on from its marker;
 * - everything held: ask `changes-since` (spec: 인스턴스 목록 보기) and merge the answer.
 * A full reload happens only there (first load, another region: another key) and when the API
 * refuses `changes-since` (400): then the servers are read again in full, quietly, while the
 * held ones stay on screen.
 *
 * Polling: every 2.5 s while a server changes (a transitional status, a task) or the load is not
 * complete, about once a minute when all is settled (cheap now: one `changes-since` answer),
 * never in a hidden tab (the query client's default), and never sooner than a 429 asked.
 */
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { pollIntervalAfter } from '../api/back-off';
import { listServersDetail } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type { Server } from '../domain/compute-types';
import { serversById } from '../domain/placement-members';
import { afterNextPaint } from './after-paint';
import { BUSY_REFRESH_MS, SETTLED_REFRESH_MS } from './refresh-intervals';
import {
  firstPage,
  type ServerCollection,
  sinceFrom,
  withChanges,
  withPage,
} from './server-collection';
import { anyBusy, instanceKeys } from './servers';

/** The first request: the list's first screen (its default page, newest first as Nova lists). */
export const FIRST_PAGE_SIZE = 50;
/** The largest page the compute API serves (Nova's osapi_max_limit). */
export const MAX_SERVER_PAGE = 1000;
/**
 * The background pages of a list on screen: small enough that reading one (about 1 MB of JSON
 * at 500 servers) is no long task while the operator works with the first rows (issue 10:
 * Lighthouse's blocking time); the overview, which shows nothing until it has every server, reads
 * pages of MAX_SERVER_PAGE.
 */
export const BACKGROUND_PAGE_SIZE = 500;
/** How often the background load shows its progress (the first page shows at once). */
export const PROGRESS_EVERY_MS = 1000;
/** A collection no screen has read for this long is let go; the next visit reads it in full. */
const COLLECTION_GC_MS = 30 * 60_000;

/**
 * The latest run per collection and query client. A run superseded by a newer one (a refresh
 * pressed during the background load cancels the old fetch, whose function cannot be stopped)
 * stops at its next page, so there is only ever one loader.
 */
const runs = new WeakMap<QueryClient, Map<string, number>>();

function startRun(client: QueryClient, id: string): () => boolean {
  const byKey = runs.get(client) ?? new Map<string, number>();
  runs.set(client, byKey);
  const run = (byKey.get(id) ?? 0) + 1;
  byKey.set(id, run);
  return () => byKey.get(id) === run;
}

const refused = (error: unknown) =>
  isApiError(error) && error.kind === 'http' && error.status === 400;

/**
 * Resolves once a screen shows the collection's first page: the query has an observer (a page
 * rendered with it) and the browser has painted since — or the query left the cache. The route's
 * loader asks for the first page while the page's code loads (src/app/route-data.ts); were the
 * background load to go on at once, the next 1,000 servers (about 1.9 MB) would be downloaded
 * and parsed before the first rows are painted: the first screen would wait for them, and
 * Lighthouse would count their download into the largest paint (issue 10).
 */
function firstPageShown(client: QueryClient, key: readonly unknown[]): Promise<void> {
  const cache = client.getQueryCache();
  const query = cache.find({ queryKey: key, exact: true });
  if (!query) return Promise.resolve();
  const observed = new Promise<void>((done) => {
    if (query.getObserversCount() > 0) {
      done();
      return;
    }
    const stop = cache.subscribe((event) => {
      if (event.query !== query) return;
      if (event.type === 'observerAdded' || event.type === 'removed') {
        stop();
        done();
      }
    });
  });
  return observed.then(afterNextPaint);
}

async function loadServerCollection(
  client: QueryClient,
  scope: ApiScope,
  firstPageSize = FIRST_PAGE_SIZE,
): Promise<ServerCollection> {
  const key = instanceKeys.collection(scope);
  const id = JSON.stringify(key);
  const isCurrent = startRun(client, id);
  let publishedAt = Number.NEGATIVE_INFINITY;
  /**
   * Shows the background load so far, unless this run was superseded or the cache let go: at
   * most every PROGRESS_EVERY_MS, since each showing sorts and filters everything loaded and
   * renders the list again (issue 10: Lighthouse's blocking time while the rest loads).
   */
  const publish = (collection: ServerCollection, always = false) => {
    const now = Date.now();
    if (!always && now - publishedAt < PROGRESS_EVERY_MS) return;
    if (isCurrent() && client.getQueryCache().find({ queryKey: key, exact: true })) {
      publishedAt = now;
      client.setQueryData(key, collection);
    }
  };

  const readRest = async (
    start: ServerCollection,
    show: boolean,
    restarted = false,
  ): Promise<ServerCollection> => {
    let collection = start;
    const limit = show && firstPageSize < MAX_SERVER_PAGE ? BACKGROUND_PAGE_SIZE : MAX_SERVER_PAGE;
    while (!collection.complete && isCurrent()) {
      let page: Awaited<ReturnType<typeof listServersDetail>>;
      try {
        page = await listServersDetail(scope, {
          limit,
          marker: collection.nextMarker ?? undefined,
        });
      } catch (error) {
        // The marker's server was deleted meanwhile (Nova: 400 marker not found): start again.
        if (refused(error) && !restarted) return readAll(show, true);
        throw error;
      }
      collection = withPage(collection, page.servers, page.nextMarker);
      if (show && !collection.complete) publish(collection);
    }
    return collection;
  };

  const readAll = async (show: boolean, restarted = false): Promise<ServerCollection> => {
    const first = await listServersDetail(scope, {
      limit: show ? firstPageSize : MAX_SERVER_PAGE,
    });
    // Counted from the first answer: whatever changes while the rest loads is asked for next.
    const collection = firstPage(
      first.servers,
      first.nextMarker,
      sinceFrom(first.date, Date.now()),
    );
    if (collection.complete) return collection;
    if (show) {
      publish(collection, true);
      // The first screen first: the rest waits until a screen has painted the first page.
      if (firstPageSize < MAX_SERVER_PAGE) await firstPageShown(client, key);
    }
    return readRest(collection, show, restarted);
  };

  const refresh = async (held: ServerCollection): Promise<ServerCollection> => {
    const changes: Server[] = [];
    let since: string | undefined;
    let marker: string | undefined;
    for (;;) {
      const page = await listServersDetail(scope, {
        'changes-since': held.since,
        limit: MAX_SERVER_PAGE,
        marker,
      });
      since ??= sinceFrom(page.date, Date.now());
      changes.push(...page.servers);
      if (!page.nextMarker || page.servers.length === 0 || page.nextMarker === marker) break;
      marker = page.nextMarker;
    }
    // Merged into what is held now (an instance's details may have brought a newer copy).
    const latest = client.getQueryData<ServerCollection>(key) ?? held;
    return withChanges(latest, changes, since);
  };

  const held = client.getQueryData<ServerCollection>(key);
  if (!held) return readAll(true);
  if (!held.complete) return readRest(held, true);
  try {
    return await refresh(held);
  } catch (error) {
    // The API does not take changes-since (or this value of it): read everything again.
    if (refused(error)) return readAll(false);
    throw error;
  }
}

/** Whether the collection should be followed closely: a server changes, or the load goes on. */
function needsCloseFollowing(collection: ServerCollection): boolean {
  return !collection.complete || anyBusy(collection.servers);
}

/**
 * The collection's query. `firstPageSize`: what the first request asks for when this screen is
 * the one that starts the load — the list shows its first page at once (50), a screen that waits
 * for the whole region (the overview's counts) saves a round trip with the largest page.
 */
export const serversCollectionQuery = (
  scope: ApiScope,
  { firstPageSize = FIRST_PAGE_SIZE }: { firstPageSize?: number } = {},
) =>
  queryOptions({
    queryKey: instanceKeys.collection(scope),
    meta: { firstPageSize },
    queryFn: ({ client, meta }) =>
      loadServerCollection(
        client,
        scope,
        typeof meta?.firstPageSize === 'number' ? meta.firstPageSize : FIRST_PAGE_SIZE,
      ),
    refetchInterval: (query) => {
      const collection = query.state.data;
      return pollIntervalAfter(
        collection && needsCloseFollowing(collection) ? BUSY_REFRESH_MS : SETTLED_REFRESH_MS,
        query.state.error,
      );
    },
    // The loader keeps unchanged servers (and an unchanged list) identical itself; comparing
    // 5,000 servers deeply on every answer would cost more than it saves.
    structuralSharing: false,
    gcTime: COLLECTION_GC_MS,
  });

/** One server from the collection, if it holds it (the details page paints with it at once). */
export function serverFromCollection(
  client: QueryClient,
  scope: ApiScope,
  id: string,
): Server | undefined {
  return client
    .getQueryData<ServerCollection>(instanceKeys.collection(scope))
    ?.servers.find((server) => server.id === id);
}

/**
 * A `select` that computes something from the servers once per list of servers (the collection
 * changes its watermark every minute; the servers only when one changed). With `complete`, it
 * gives undefined until the background load is done: counts over part of a region would mislead.
 */
export function fromServers<T>(
  compute: (servers: readonly Server[]) => T,
  options: { complete?: boolean } = {},
): (collection: ServerCollection) => T | undefined {
  const memo = new WeakMap<readonly Server[], T>();
  return (collection) => {
    if (options.complete && !collection.complete) return undefined;
    const known = memo.get(collection.servers);
    if (known !== undefined) return known;
    const value = compute(collection.servers);
    memo.set(collection.servers, value);
    return value;
  };
}

/**
 * The region's servers by id, as they are now (for names: a policy's members, a volume's
 * instance). Read it where it is shown — a confirmation too — so that a name still loading at
 * the press fills in when it comes, instead of staying an id.
 */
export const selectServersById = fromServers(serversById);
