/**
 * The servers of one create request (`?reservation_id=`, where a create of several lands). The
 * detail list does not carry a server's reservation id, so its members are asked of the API
 * (`GET /servers?reservation_id=`, ids and names only) and the list filters the collection by
 * them. Members never change; a deleted one leaves the collection itself.
 */
import { queryOptions } from '@tanstack/react-query';
import { listServers } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import { instanceKeys } from './servers';

export const reservationMembersQuery = (scope: ApiScope, reservationId: string) =>
  queryOptions({
    queryKey: [...instanceKeys.all(scope), 'reservation', reservationId] as const,
    queryFn: async (): Promise<ReadonlySet<string>> => {
      // A create makes at most 10 (max_count); one page of the largest size holds them.
      const page = await listServers(scope, { reservation_id: reservationId, limit: 1000 });
      return new Set(page.servers.map((server) => server.id));
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
