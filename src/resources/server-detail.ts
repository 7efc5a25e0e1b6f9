/** What the details page reads besides the instance: its metadata. */
import { queryOptions } from '@tanstack/react-query';
import { listServerMetadata } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import { instanceKeys } from './servers';

/** 인스턴스 메타데이터 목록 보기: under the instance's key, so every action's refresh reaches it. */
export const instanceMetadataQuery = (scope: ApiScope, serverId: string) =>
  queryOptions({
    queryKey: [...instanceKeys.detail(scope, serverId), 'metadata'] as const,
    queryFn: ({ signal }) => listServerMetadata(scope, serverId, signal),
  });
