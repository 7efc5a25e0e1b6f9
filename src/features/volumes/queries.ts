import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { pollIntervalAfter } from '../../api/back-off';
import {
  createVolume,
  deleteVolume,
  getVolume,
  listVolumesDetail,
  listVolumeTypes,
} from '../../api/block-storage';
import { attachVolume, detachVolume } from '../../api/compute';
import type { ApiScope } from '../../api/endpoints';
import type { CreateVolumeRequest, Volume } from '../../domain/block-storage-types';
import { isVolumeTransitional } from '../../domain/volume';
import { instanceKeys } from '../instances/queries';

export const volumeKeys = {
  all: (scope: ApiScope) => ['volumes', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...volumeKeys.all(scope), 'list'] as const,
  details: (scope: ApiScope) => [...volumeKeys.all(scope), 'detail'] as const,
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
      pollIntervalAfter(
        anyVolumeBusy(query.state.data) ? VOLUME_BUSY_REFRESH_MS : VOLUME_SETTLED_REFRESH_MS,
        query.state.error,
      ),
  });

export const volumeQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(scope, id),
    queryFn: () => getVolume(scope, id),
    refetchInterval: (query) =>
      pollIntervalAfter(
        query.state.data && isVolumeTransitional(query.state.data.status)
          ? VOLUME_BUSY_REFRESH_MS
          : false,
        query.state.error,
      ),
  });

export const volumeTypesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: volumeKeys.types(scope),
    queryFn: () => listVolumeTypes(scope),
    staleTime: 10 * 60_000,
  });

/**
 * After a volume changes, both sides of an attachment are stale: the volumes (status,
 * attachments) and the instances (`os-extended-volumes:volumes_attached`, their attachments).
 * The mutations below await this, so "done" means the lists already show the change.
 */
export function invalidateVolumesAndInstances(queryClient: QueryClient, scope: ApiScope) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: volumeKeys.list(scope) }),
    queryClient.invalidateQueries({ queryKey: volumeKeys.details(scope) }),
    queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
  ]);
}

export function useCreateVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (volume: CreateVolumeRequest['volume']) => createVolume(scope, volume),
    onSettled: () => invalidateVolumesAndInstances(queryClient, scope),
  });
}

export function useDeleteVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (volumeId: string) => deleteVolume(scope, volumeId),
    onSettled: () => invalidateVolumesAndInstances(queryClient, scope),
  });
}

export function useAttachVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ serverId, volumeId }: { serverId: string; volumeId: string }) =>
      attachVolume(scope, serverId, volumeId),
    onSettled: () => invalidateVolumesAndInstances(queryClient, scope),
  });
}

export function useDetachVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ serverId, volumeId }: { serverId: string; volumeId: string }) =>
      detachVolume(scope, serverId, volumeId),
    onSettled: () => invalidateVolumesAndInstances(queryClient, scope),
  });
}
