import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { pollIntervalAfter } from '../api/back-off';
import {
  createSnapshot,
  createVolume,
  deleteSnapshot,
  deleteVolume,
  getVolume,
  listSnapshotsDetail,
  listVolumesDetail,
  listVolumeTypes,
} from '../api/block-storage';
import { attachVolume, detachVolume } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type {
  CreateSnapshotRequest,
  CreateVolumeRequest,
  Volume,
} from '../domain/block-storage-types';
import { anySnapshotBusy } from '../domain/snapshot-rules';
import { isVolumeTransitional } from '../domain/volume';
import { BUSY_REFRESH_MS, SETTLED_REFRESH_MS } from './refresh-intervals';
import { instanceKeys } from './servers';
import { mergePolledVolumes, planVolumeRefresh } from './volume-poll';

export const volumeKeys = {
  all: (scope: ApiScope) => ['volumes', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...volumeKeys.all(scope), 'list'] as const,
  details: (scope: ApiScope) => [...volumeKeys.all(scope), 'detail'] as const,
  detail: (scope: ApiScope, id: string) => [...volumeKeys.all(scope), 'detail', id] as const,
  types: (scope: ApiScope) => [...volumeKeys.all(scope), 'types'] as const,
};

/** A settled list is read again on focus once it is this old (and after mutations, by Refresh). */
const VOLUME_LIST_STALE_MS = 60_000;

export function anyVolumeBusy(volumes: readonly Volume[] | undefined): boolean {
  return (volumes ?? []).some((volume) => isVolumeTransitional(volume.status));
}

/** One refresh of the list as volume-poll.ts plans it: the whole list, or the changing ones. */
async function refreshVolumeList(client: QueryClient, scope: ApiScope): Promise<Volume[]> {
  const key = volumeKeys.list(scope);
  const state = client.getQueryState<Volume[]>(key);
  const plan = planVolumeRefresh(state?.data, state?.isInvalidated ?? false);
  if (plan.kind === 'full') return listVolumesDetail(scope);
  const polled = await Promise.all(
    plan.ids.map(async (id) => {
      try {
        return { id, volume: await getVolume(scope, id) };
      } catch (error) {
        // Deleted meanwhile: it leaves the list.
        if (isApiError(error) && error.kind === 'http' && error.status === 404) {
          return { id, volume: null };
        }
        throw error;
      }
    }),
  );
  // Merged into what is held now (a mutation's own answer may have come meanwhile).
  return [...mergePolledVolumes(client.getQueryData<Volume[]>(key) ?? state?.data ?? [], polled)];
}

/**
 * All volumes of the region. While one is in a passing state (creating, attaching, …) those are
 * polled by id every 2.5 s and merged in; when all are settled nothing is asked by itself (no
 * periodic reload of every volume: issue 10), only on focus after a minute, after mutations
 * (invalidation) and by Refresh (refreshVolumes).
 */
export const volumesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: volumeKeys.list(scope),
    queryFn: ({ client }) => refreshVolumeList(client, scope),
    refetchInterval: (query) =>
      pollIntervalAfter(
        anyVolumeBusy(query.state.data) ? BUSY_REFRESH_MS : false,
        query.state.error,
      ),
    staleTime: VOLUME_LIST_STALE_MS,
  });

/** Refresh pressed: the whole list again (a refetch alone would only poll the changing ones). */
export function refreshVolumes(client: QueryClient, scope: ApiScope) {
  return client.invalidateQueries({ queryKey: volumeKeys.list(scope), exact: true });
}

export const volumeQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(scope, id),
    queryFn: () => getVolume(scope, id),
    refetchInterval: (query) =>
      pollIntervalAfter(
        query.state.data && isVolumeTransitional(query.state.data.status) ? BUSY_REFRESH_MS : false,
        query.state.error,
      ),
  });

/** The region's snapshots: a volume's own (its details), and sources of new volumes and roots. */
export const snapshotKeys = {
  all: (scope: ApiScope) => ['snapshots', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...snapshotKeys.all(scope), 'list'] as const,
};

/** Every snapshot of the region (the API layer follows every page); polls while one is passing. */
export const snapshotsQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: snapshotKeys.list(scope),
    queryFn: ({ signal }) => listSnapshotsDetail(scope, signal),
    refetchInterval: (query) =>
      pollIntervalAfter(
        anySnapshotBusy(query.state.data) ? BUSY_REFRESH_MS : SETTLED_REFRESH_MS,
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
 * After a volume or a snapshot changes, both sides of an attachment are stale: the volumes
 * (status, attachments) and the instances (`os-extended-volumes:volumes_attached`, their
 * attachments); so are the snapshots (a volume's own, the sources a new volume is made from).
 * The mutations below await this, so "done" means the lists already show the change.
 */
export function invalidateVolumesAndInstances(queryClient: QueryClient, scope: ApiScope) {
  return Promise.all([
    invalidateBlockStorage(queryClient, scope),
    queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
  ]);
}

/** A snapshot changes the snapshots and what reads them beside the volumes (delete gates). */
export function invalidateBlockStorage(queryClient: QueryClient, scope: ApiScope) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: volumeKeys.list(scope) }),
    queryClient.invalidateQueries({ queryKey: volumeKeys.details(scope) }),
    queryClient.invalidateQueries({ queryKey: snapshotKeys.all(scope) }),
  ]);
}

/**
 * The volume and snapshot mutations of a region: what each sends and what it invalidates (every
 * one the snapshots too), as plain options so they are tested without React.
 */
export function blockStorageMutations(queryClient: QueryClient, scope: ApiScope) {
  const volumesAndInstances = () => invalidateVolumesAndInstances(queryClient, scope);
  const blockStorage = () => invalidateBlockStorage(queryClient, scope);
  return {
    createVolume: {
      mutationFn: (volume: CreateVolumeRequest['volume']) => createVolume(scope, volume),
      onSettled: volumesAndInstances,
    },
    deleteVolume: {
      mutationFn: (volumeId: string) => deleteVolume(scope, volumeId),
      onSettled: volumesAndInstances,
    },
    attachVolume: {
      mutationFn: ({ serverId, volumeId }: { serverId: string; volumeId: string }) =>
        attachVolume(scope, serverId, volumeId),
      onSettled: volumesAndInstances,
    },
    detachVolume: {
      mutationFn: ({ serverId, volumeId }: { serverId: string; volumeId: string }) =>
        detachVolume(scope, serverId, volumeId),
      onSettled: volumesAndInstances,
    },
    /** 스냅숏 생성하기 (`force: true` for an attached volume). */
    createSnapshot: {
      mutationFn: (snapshot: CreateSnapshotRequest['snapshot']) => createSnapshot(scope, snapshot),
      onSettled: blockStorage,
    },
    /** 스냅숏 삭제하기. */
    deleteSnapshot: {
      mutationFn: (snapshotId: string) => deleteSnapshot(scope, snapshotId),
      onSettled: blockStorage,
    },
  };
}

export function useCreateVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).createVolume);
}

export function useDeleteVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).deleteVolume);
}

export function useAttachVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).attachVolume);
}

export function useDetachVolume(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).detachVolume);
}

export function useCreateSnapshot(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).createSnapshot);
}

export function useDeleteSnapshot(scope: ApiScope) {
  const queryClient = useQueryClient();
  return useMutation(blockStorageMutations(queryClient, scope).deleteSnapshot);
}
