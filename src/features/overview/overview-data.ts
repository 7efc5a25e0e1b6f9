/**
 * What the overview reads, in one place for the page and its route's loader (issue 10, "overview:
 * time to content"): the loader asks for them while the page's chunk (and its chart library) load.
 * The servers are the list's own kept-fresh collection; the overview asks the largest first page,
 * since its counts wait for the whole region anyway.
 *
 * The volumes are not among them: they are asked for once the servers are in (overview-page.tsx).
 * Their pages (a region's volumes are read in full, about 1.5 MB a thousand) would otherwise share
 * the connection and the main thread with the servers' pages that the instance counts wait for.
 */
import type { ApiScope } from '../../api/endpoints';
import { loadedByRoute } from '../../components/loaded-by-route';
import { flavorsQuery } from '../../resources/flavors';
import type { ServerCollection } from '../../resources/server-collection';
import { MAX_SERVER_PAGE, serversCollectionQuery } from '../../resources/server-collection-query';

export const overviewQueries = (scope: ApiScope) =>
  loadedByRoute({
    collection: serversCollectionQuery(scope, { firstPageSize: MAX_SERVER_PAGE }),
    flavors: flavorsQuery(scope),
  });

/**
 * The whole region's servers, or null while the background load goes on: counts and charts wait
 * for the whole region, since over part of it they would mislead.
 */
export const wholeRegion = (collection: ServerCollection) =>
  collection.complete ? collection.servers : null;

/** How many servers are in so far, or null once they all are (the load's progress). */
export const loadedSoFar = (collection: ServerCollection) =>
  collection.complete ? null : collection.servers.length;
