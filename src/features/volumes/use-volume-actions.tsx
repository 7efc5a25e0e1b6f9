/**
 * The volume actions of the list and the details: attach (a dialog), detach and delete (a
 * confirmation naming the volume, with the request), each with a notification that follows it
 * and one request per press: react-query's mutation state per action and volume (issue 11).
 */
import { Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../api/endpoints';
import { confirm } from '../../components/confirm';
import { withProgress } from '../../components/notify';
import { serverStatusLabel } from '../../components/status-badge';
import { volumeStatusLabel } from '../../components/volume-status-badge';
import type { Snapshot, Volume, VolumeAttachmentInfo } from '../../domain/block-storage-types';
import type { Server } from '../../domain/compute-types';
import {
  checkAttachVolume,
  checkDeleteVolume,
  checkDetach,
  type DetachCheck,
  type VolumeCheck,
  volumeLabel,
} from '../../domain/volume-rules';
import { isInFlight, runOnce } from '../../resources/mutations';
import { selectServersById, serversCollectionQuery } from '../../resources/server-collection-query';
import { volumeMutations } from '../../resources/volumes';
import { deleteVolumeRequest, detachVolumeRequest } from './requests';

export type ServerIndex = Map<string, Server>;

/**
 * What a detach does, naming the instance from the region's servers as they are now: a
 * confirmation opened while they still load names the instance when it comes.
 */
function DetachBody({
  scope,
  name,
  attachment,
}: {
  scope: ApiScope;
  name: string;
  attachment: VolumeAttachmentInfo;
}) {
  const { t } = useTranslation();
  const servers = useQuery({ ...serversCollectionQuery(scope), select: selectServersById });
  const server =
    servers.data?.get(attachment.server_id)?.name ??
    t('volumes.unknownInstance', { id: attachment.server_id.slice(0, 8) });
  return (
    <Text size="sm">
      {t('volumes.detachConfirm.body', { name, server, device: attachment.device })}
    </Text>
  );
}

/**
 * `snapshots` are the region's (a volume with snapshots cannot be deleted); undefined while they
 * load, when the API decides.
 */
export function useVolumeActions(
  scope: ApiScope,
  servers: ServerIndex | undefined,
  snapshots: readonly Snapshot[] | undefined,
) {
  const { t } = useTranslation();
  const [attaching, setAttaching] = useState<Volume | null>(null);
  const queryClient = useQueryClient();

  const serverName = (id: string) =>
    servers?.get(id)?.name ?? t('volumes.unknownInstance', { id: id.slice(0, 8) });
  const instanceStatus = (status: string) => serverStatusLabel(t, status);

  const volumeReason = (check: VolumeCheck, kind: 'delete' | 'attach'): string | null => {
    if (check.allowed) return null;
    if (check.reason === 'attached') {
      return kind === 'delete'
        ? t('volumes.reasons.deleteAttached')
        : t('volumes.reasons.attachAttached');
    }
    if (check.reason === 'snapshots') {
      return t('volumes.reasons.deleteSnapshots', { count: check.count });
    }
    const status = volumeStatusLabel(t, check.status);
    return kind === 'delete'
      ? t('volumes.reasons.deleteStatus', { status })
      : t('volumes.reasons.attachStatus', { status });
  };

  const detachReason = (check: DetachCheck, serverId: string): string | null => {
    if (check.allowed) return null;
    switch (check.reason) {
      case 'root':
        return t('volumes.reasons.detachRoot', { device: check.device });
      case 'status':
        return t('volumes.reasons.detachStatus', { status: volumeStatusLabel(t, check.status) });
      case 'server': {
        const server = serverName(serverId);
        if (check.check.reason === 'task') {
          return t('volumes.reasons.detachTask', { server, task: check.check.taskState });
        }
        if (check.check.reason === 'status') {
          const allowed = [...new Set(check.check.allowedStatuses.map(instanceStatus))].join(', ');
          return t('volumes.reasons.detachServer', {
            server,
            status: instanceStatus(check.check.status),
            allowed,
          });
        }
        return null;
      }
    }
  };

  // One request per press (issue 11): a press while the same action on the same volume is in
  // flight sends nothing and shows nothing (src/resources/mutations.ts, runOnce).
  const runDetach = (volume: Volume, attachment: VolumeAttachmentInfo): Promise<unknown> => {
    const request = runOnce(
      queryClient,
      volumeMutations.detach(scope, volume.id, attachment.server_id),
      undefined,
    );
    if (!request) return Promise.resolve();
    const name = volumeLabel(volume);
    const server = serverName(attachment.server_id);
    return withProgress(
      {
        pending: { title: t('volumes.progress.detach.pending', { name, server }) },
        success: { title: t('volumes.progress.detach.success', { name, server }) },
        failure: { title: t('volumes.progress.detach.failure', { name, server }) },
        retryLabel: t('volumes.progress.retry'),
      },
      () => request,
      () => void runDetach(volume, attachment).catch(() => undefined),
    );
  };

  const detach = async (volume: Volume, attachment: VolumeAttachmentInfo) => {
    const key = volumeMutations.detach(scope, volume.id, attachment.server_id).mutationKey;
    if (isInFlight(queryClient, key)) return;
    const name = volumeLabel(volume);
    const confirmed = await confirm({
      title: t('volumes.detachConfirm.title', { name }),
      body: <DetachBody scope={scope} name={name} attachment={attachment} />,
      confirmLabel: t('volumes.detachConfirm.confirm'),
      requests: [detachVolumeRequest(scope, attachment.server_id, volume.id)],
    });
    if (!confirmed) return;
    // The notification reports a failure; nothing else to do here.
    await runDetach(volume, attachment).catch(() => undefined);
  };

  const runDelete = (volume: Volume): Promise<unknown> => {
    const request = runOnce(queryClient, volumeMutations.delete(scope, volume.id), undefined);
    if (!request) return Promise.resolve();
    const name = volumeLabel(volume);
    return withProgress(
      {
        pending: { title: t('volumes.progress.delete.pending', { name }) },
        success: { title: t('volumes.progress.delete.success', { name }) },
        failure: { title: t('volumes.progress.delete.failure', { name }) },
        retryLabel: t('volumes.progress.retry'),
      },
      () => request,
      () => void runDelete(volume).catch(() => undefined),
    );
  };

  const remove = async (volume: Volume) => {
    if (isInFlight(queryClient, volumeMutations.delete(scope, volume.id).mutationKey)) return;
    const name = volumeLabel(volume);
    const confirmed = await confirm({
      title: t('volumes.deleteConfirm.title', { name }),
      body: t('volumes.deleteConfirm.body', { name, size: volume.size }),
      confirmLabel: t('volumes.deleteConfirm.confirm'),
      danger: true,
      requests: [deleteVolumeRequest(scope, volume.id)],
    });
    if (!confirmed) return;
    await runDelete(volume).catch(() => undefined);
  };

  return {
    serverName,
    /** Why a volume cannot be deleted now, or null. */
    deleteReason: (volume: Volume) => volumeReason(checkDeleteVolume(volume, snapshots), 'delete'),
    /** Why a volume cannot be attached now, or null. */
    attachReason: (volume: Volume) => volumeReason(checkAttachVolume(volume), 'attach'),
    /** Why an attachment cannot be detached now, or null. */
    detachReason: (volume: Volume, attachment: VolumeAttachmentInfo) =>
      detachReason(
        checkDetach(volume, attachment, servers?.get(attachment.server_id)),
        attachment.server_id,
      ),
    attaching,
    openAttach: (volume: Volume) => setAttaching(volume),
    closeAttach: () => setAttaching(null),
    detach,
    remove,
  };
}

export type VolumeActions = ReturnType<typeof useVolumeActions>;
