import { queryOptions } from '@tanstack/react-query';
import { pollIntervalAfter } from '../api/back-off';
import { getServer, listVolumeAttachments } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type { Server } from '../domain/compute-types';
import { isServerBusy } from '../domain/server-status';
import { BUSY_REFRESH_MS, SETTLED_REFRESH_MS } from './refresh-intervals';
import { type ServerCollection, withServer } from './server-collection';

export const instanceKeys = {
  all: (scope: ApiScope) => ['instances', scope.tenantId, scope.region] as const,
  /** The region's servers, kept fresh with changes-since (src/resources/server-collection-query.ts). */
  collection: (scope: ApiScope) => [...instanceKeys.all(scope), 'collection'] as const,
  details: (scope: ApiScope) => [...instanceKeys.all(scope), 'detail'] as const,
  detail: (scope: ApiScope, id: string) => [...instanceKeys.details(scope), id] as const,
};

const busyMemo = new WeakMap<readonly Server[], boolean>();

/** Whether any server is changing (a transitional status or a task); remembered per list. */
export function anyBusy(servers: readonly Server[] | undefined): boolean {
  if (!servers) return false;
  const known = busyMemo.get(servers);
  if (known !== undefined) return known;
  const busy = servers.some((server) =>
    isServerBusy({ status: server.status, taskState: server['OS-EXT-STS:task_state'] }),
  );
  busyMemo.set(servers, busy);
  return busy;
}

/**
 * One instance, read on its own (GET /servers/{id}, a few KB): the details page may be opened
 * without the region's collection, and reading 5,000 servers for one would be the waste issue 10
 * removes. Followed every 2.5 s while it changes, once a minute when settled.
 */
export const instanceQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: instanceKeys.detail(scope, id),
    queryFn: async ({ client }) => {
      const server = await getServer(scope, id);
      // The region's collection, when held, learns it too: the list then agrees with the details.
      const key = instanceKeys.collection(scope);
      const collection = client.getQueryData<ServerCollection>(key);
      const next = collection && withServer(collection, server);
      if (next && next !== collection) client.setQueryData(key, next);
      return server;
    },
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
