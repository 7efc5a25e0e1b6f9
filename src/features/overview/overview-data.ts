/**
 * What the overview reads, in one place for the page and its route's loader (issue 10, "overview:
 * time to content"): the loader asks for them while the page's chunk (and its chart library) load.
 * The servers are the list's own kept-fresh collection; the overview asks the largest first page,
 * since its counts wait for the whole region anyway.
 */
import type { ApiScope } from '../../api/endpoints';
import { flavorsQuery } from '../flavors/queries';
import { MAX_SERVER_PAGE, serversCollectionQuery } from '../instances/collection-query';
import { volumesQuery } from '../volumes/queries';

export const overviewQueries = (scope: ApiScope) => ({
  collection: serversCollectionQuery(scope, { firstPageSize: MAX_SERVER_PAGE }),
  flavors: flavorsQuery(scope),
  volumes: volumesQuery(scope),
});
