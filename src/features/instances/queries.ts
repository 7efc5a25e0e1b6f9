import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { pollIntervalAfter } from '../../api/back-off';
import { getServer, listServersDetail, listVolumeAttachments } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';
import type { Server } from '../../domain/compute-types';
import { isServerBusy } from '../../domain/server-status';

/** What the list asks the API for (spec: 인스턴스 목록 보기, query parameters). */
export interface InstanceFilters {
  /** A regular expression, as the API takes it. */
  name?: string;
  status?: string;
  flavor?: string;
  image?: string;
  reservation_id?: string;
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
        flavor: filters.flavor,
        image: filters.image,
        reservation_id: filters.reservation_id,
        limit: filters.limit,
        marker: filters.marker,
      }),
    refetchInterval: (query) =>
      pollIntervalAfter(
        anyBusy(query.state.data?.servers) ? BUSY_REFRESH_MS : SETTLED_REFRESH_MS,
        query.state.error,
      ),
    // Keep showing the previous page while the next one loads (no flash of skeletons).
    placeholderData: keepPreviousData,
  });

/** The largest page the compute API serves (Nova's osapi_max_limit). */
export const MAX_SERVER_PAGE = 1000;

/** Every server of the tenant in the region, page after page (for counts, charts and pickers). */
export async function fetchAllServers(scope: ApiScope): Promise<Server[]> {
  const servers: Server[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await listServersDetail(scope, { limit: MAX_SERVER_PAGE, marker });
    servers.push(...page.servers);
    if (!page.nextMarker || page.servers.length === 0) return servers;
    marker = page.nextMarker;
  }
}

export const allServersQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: [...instanceKeys.lists(scope), 'all'] as const,
    queryFn: () => fetchAllServers(scope),
    refetchInterval: (query) =>
      pollIntervalAfter(
        anyBusy(query.state.data) ? BUSY_REFRESH_MS : SETTLED_REFRESH_MS,
        query.state.error,
      ),
  });

/** One instance; follows it closely while it changes. */
export const instanceQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: instanceKeys.detail(scope, id),
    queryFn: () => getServer(scope, id),
    refetchInterval: (query) => {
      const server = query.state.data;
      if (!server) return false;
      return pollIntervalAfter(
        isServerBusy({ status: server.status, taskState: server['OS-EXT-STS:task_state'] })
          ? BUSY_REFRESH_MS
          : SETTLED_REFRESH_MS,
        query.state.error,
      );
    },
    // A deleted instance answers 404, which the default policy (src/api/back-off.ts) never asks
    // again: refusals are not retried, a 429 waits its Retry-After.
  });

export const volumeAttachmentsQuery = (scope: ApiScope, serverId: string) =>
  queryOptions({
    queryKey: [...instanceKeys.detail(scope, serverId), 'os-volume_attachments'] as const,
    queryFn: () => listVolumeAttachments(scope, serverId),
  });
