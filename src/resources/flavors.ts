import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type FlavorQuery, listFlavorsDetail } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type { Server } from '../domain/compute-types';
import { fromServers, MAX_SERVER_PAGE, serversCollectionQuery } from './server-collection-query';

const flavorKeys = {
  all: (scope: ApiScope) => ['flavors', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope, query: FlavorQuery = {}) =>
    [...flavorKeys.all(scope), 'list', query] as const,
};

/** Flavors change rarely: one request serves every page for five minutes. */
export const flavorsQuery = (scope: ApiScope, query: FlavorQuery = {}) =>
  queryOptions({
    queryKey: flavorKeys.list(scope, query),
    queryFn: () => listFlavorsDetail(scope, query),
    staleTime: 5 * 60_000,
  });

/**
 * The flavors page's list: `minRam`/`minDisk` go to the API (spec: 타입 목록 상세 보기), and while
 * a changed filter loads, the previous answer stays on screen.
 */
export function useFlavorList(scope: ApiScope, query: FlavorQuery) {
  return useQuery({ ...flavorsQuery(scope, query), placeholderData: keepPreviousData });
}

/** How many of the tenant's servers use each flavor id. */
function countServersByFlavor(servers: readonly Server[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const server of servers) {
    counts.set(server.flavor.id, (counts.get(server.flavor.id) ?? 0) + 1);
  }
  return counts;
}

/** Counted once the whole region is loaded: a count over part of it would mislead. */
const selectCountsByFlavor = fromServers(countServersByFlavor, { complete: true });

/** Instances per flavor, from the region's kept-fresh servers (the collection the overview reads). */
export function useInstanceCountsByFlavor(scope: ApiScope) {
  return useQuery({
    ...serversCollectionQuery(scope, { firstPageSize: MAX_SERVER_PAGE }),
    select: selectCountsByFlavor,
  });
}
