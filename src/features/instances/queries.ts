import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { listServersDetail } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';
import type { Server } from '../../domain/compute-types';
import { isServerBusy } from '../../domain/server-status';

export interface InstanceFilters {
  /** A regular expression, as the API takes it. */
  name?: string;
  status?: string;
  limit: number;
  marker?: string;
}

export const instanceKeys = {
  all: (scope: ApiScope) => ['instances', scope.tenantId, scope.region] as const,
  lists: (scope: ApiScope) => [...instanceKeys.all(scope), 'list'] as const,
  list: (scope: ApiScope, filters: InstanceFilters) =>
    [...instanceKeys.lists(scope), filters] as const,
  details: (scope: ApiScope) => [...instanceKeys.all(scope), 'detail'] as const,
  detail: (scope: ApiScope, id: string) => [...instanceKeys.details(scope), id] as const,
};

/** While something changes the list follows it closely; when all is settled, about once a minute. */
export const BUSY_REFRESH_MS = 2_500;
export const SETTLED_REFRESH_MS = 60_000;

export function anyBusy(servers: readonly Server[] | undefined): boolean {
  return (servers ?? []).some((server) =>
    isServerBusy({ status: server.status, taskState: server['OS-EXT-STS:task_state'] }),
  );
}

export const instancesListQuery = (scope: ApiScope, filters: InstanceFilters) =>
  queryOptions({
    queryKey: instanceKeys.list(scope, filters),
    queryFn: () =>
      listServersDetail(scope, {
        name: filters.name,
        status: filters.status,
        limit: filters.limit,
        marker: filters.marker,
      }),
    refetchInterval: (query) =>
      anyBusy(query.state.data?.servers) ? BUSY_REFRESH_MS : SETTLED_REFRESH_MS,
    // Keep showing the previous page while the next one loads (no flash of skeletons).
    placeholderData: keepPreviousData,
  });
