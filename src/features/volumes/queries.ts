import { queryOptions } from '@tanstack/react-query';
import { getVolume, listVolumesDetail, listVolumeTypes } from '../../api/block-storage';
import type { ApiScope } from '../../api/endpoints';
import type { Volume } from '../../domain/block-storage-types';
import { isVolumeTransitional } from '../../domain/volume';

export const volumeKeys = {
  all: (scope: ApiScope) => ['volumes', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...volumeKeys.all(scope), 'list'] as const,
  detail: (scope: ApiScope, id: string) => [...volumeKeys.all(scope), 'detail', id] as const,
  types: (scope: ApiScope) => [...volumeKeys.all(scope), 'types'] as const,
};

export const VOLUME_BUSY_REFRESH_MS = 2_500;
export const VOLUME_SETTLED_REFRESH_MS = 60_000;

export function anyVolumeBusy(volumes: readonly Volume[] | undefined): boolean {
  return (volumes ?? []).some((volume) => isVolumeTransitional(volume.status));
}

/** All volumes; polls while one is in a passing state (creating, attaching, …). */
export const volumesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: volumeKeys.list(scope),
    queryFn: () => listVolumesDetail(scope),
    refetchInterval: (query) =>
      anyVolumeBusy(query.state.data) ? VOLUME_BUSY_REFRESH_MS : VOLUME_SETTLED_REFRESH_MS,
  });

export const volumeQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(scope, id),
    queryFn: () => getVolume(scope, id),
    refetchInterval: (query) =>
      query.state.data && isVolumeTransitional(query.state.data.status)
        ? VOLUME_BUSY_REFRESH_MS
        : false,
  });

export const volumeTypesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: volumeKeys.types(scope),
    queryFn: () => listVolumeTypes(scope),
    staleTime: 10 * 60_000,
  });
