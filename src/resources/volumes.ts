import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
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
 * What a snapshot changes: the snapshots (a volume's own, the sources a new volume is made from)
 * and what reads them beside the volumes (a volume with snapshots cannot be deleted).
 */
const blockStorageChanged = (scope: ApiScope) => [volumeKeys.list(scope), snapshotKeys.all(scope)];

/**
 * What a volume changes: the above and both sides of an attachment, the instances too
 * (`os-extended-volumes:volumes_attached`, their attachments). Asked again once the change
 * settles, whatever the answer (meta.invalidates: src/resources/mutations.ts), and awaited, so
 * "done" means the lists already show the change.
 */
const volumeChanged = (scope: ApiScope) => [...blockStorageChanged(scope), instanceKeys.all(scope)];

/**
 * The volume changes of a region, in the mutation convention (src/resources/mutations.ts): a key
 * per action and target, so a press on a volume whose same action is in flight sends nothing.
 */
export const volumeMutations = {
  /** 블록 스토리지 생성하기: one create at a time in a region (the create dialog's presses). */
  create: (scope: ApiScope) =>
    mutationOptions({
      mutationKey: ['volumes', 'create', scope.region],
      mutationFn: (volume: CreateVolumeRequest['volume']) => createVolume(scope, volume),
      meta: { invalidates: volumeChanged(scope) },
    }),
  delete: (scope: ApiScope, volumeId: string) =>
    mutationOptions({
      mutationKey: ['volumes', 'delete', volumeId],
      mutationFn: () => deleteVolume(scope, volumeId),
      meta: { invalidates: volumeChanged(scope) },
    }),
  /** Attaches the volume to the instance given when it is started. */
  attach: (scope: ApiScope, volumeId: string) =>
    mutationOptions({
      mutationKey: ['volumes', 'attach', volumeId],
      mutationFn: (serverId: string) => attachVolume(scope, serverId, volumeId),
      meta: { invalidates: volumeChanged(scope) },
    }),
  /** Detaches one attachment (a volume may be attached to more than one instance). */
  detach: (scope: ApiScope, volumeId: string, serverId: string) =>
    mutationOptions({
      mutationKey: ['volumes', 'detach', volumeId, serverId],
      mutationFn: () => detachVolume(scope, serverId, volumeId),
      meta: { invalidates: volumeChanged(scope) },
    }),
};

/** The snapshot changes of a region, in the same convention. */
export const snapshotMutations = {
  /** 스냅숏 생성하기 of one volume (`force: true` for an attached volume). */
  create: (scope: ApiScope, volumeId: string) =>
    mutationOptions({
      mutationKey: ['snapshots', 'create', volumeId],
      mutationFn: (snapshot: CreateSnapshotRequest['snapshot']) => createSnapshot(scope, snapshot),
      meta: { invalidates: blockStorageChanged(scope) },
    }),
  /** 스냅숏 삭제하기. */
  delete: (scope: ApiScope, snapshotId: string) =>
    mutationOptions({
      mutationKey: ['snapshots', 'delete', snapshotId],
      mutationFn: () => deleteSnapshot(scope, snapshotId),
      meta: { invalidates: blockStorageChanged(scope) },
    }),
};
