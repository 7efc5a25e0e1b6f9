/** What the details page reads besides the instance: its metadata and the placement policies. */
import { queryOptions } from '@tanstack/react-query';
import { listServerGroups, listServerMetadata } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';
import { instanceKeys } from './queries';

/** 인스턴스 메타데이터 목록 보기: under the instance's key, so every action's refresh reaches it. */
export const instanceMetadataQuery = (scope: ApiScope, serverId: string) =>
  queryOptions({
    queryKey: [...instanceKeys.detail(scope, serverId), 'metadata'] as const,
    queryFn: ({ signal }) => listServerMetadata(scope, serverId, signal),
  });

/** The tenant's placement policies (os-server-groups), to name the one an instance is in. */
export const serverGroupsQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: ['server-groups', scope.tenantId, scope.region, 'list'] as const,
    queryFn: ({ signal }) => listServerGroups(scope, signal),
  });
