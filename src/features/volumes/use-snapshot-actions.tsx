/**
 * The snapshot actions of a volume's details: why a snapshot cannot be taken or deleted now, and
 * delete (a confirmation naming it, with the request; a notification that follows it; one request
 * per press). Taking one is a form: components/create-snapshot-modal.tsx.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../api/endpoints';
import { confirm } from '../../components/confirm';
import { withProgress } from '../../components/notify';
import { snapshotStatusLabel, volumeStatusLabel } from '../../components/volume-status-badge';
import type { Snapshot, Volume } from '../../domain/block-storage-types';
import {
  checkCreateSnapshot,
  checkDeleteSnapshot,
  snapshotLabel,
} from '../../domain/snapshot-rules';
import { volumeLabel } from '../../domain/volume-rules';
import { isInFlight, runOnce } from '../../resources/mutations';
import { snapshotMutations } from '../../resources/volumes';
import { deleteSnapshotRequest } from './requests';

export function useSnapshotActions(scope: ApiScope) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  // One request per press (issue 11): a press while this snapshot's delete is in flight sends
  // nothing and shows nothing (src/resources/mutations.ts, runOnce).
  const runDelete = (snapshot: Snapshot): Promise<unknown> => {
    const request = runOnce(queryClient, snapshotMutations.delete(scope, snapshot.id), undefined);
    if (!request) return Promise.resolve();
    const name = snapshotLabel(snapshot);
    return withProgress(
      {
        pending: { title: t('volumes.snapshots.progress.delete.pending', { name }) },
        success: { title: t('volumes.snapshots.progress.delete.success', { name }) },
        // Refused while a volume is being made from it: the notification carries NHN's message.
        failure: { title: t('volumes.snapshots.progress.delete.failure', { name }) },
        retryLabel: t('volumes.progress.retry'),
      },
      () => request,
      () => void runDelete(snapshot).catch(() => undefined),
    );
  };

  const remove = async (snapshot: Snapshot, volume: Volume) => {
    if (isInFlight(queryClient, snapshotMutations.delete(scope, snapshot.id).mutationKey)) return;
    const name = snapshotLabel(snapshot);
    const confirmed = await confirm({
      title: t('volumes.snapshots.deleteConfirm.title', { name }),
      body: t('volumes.snapshots.deleteConfirm.body', {
        name,
        size: snapshot.size,
        volume: volumeLabel(volume),
      }),
      confirmLabel: t('volumes.snapshots.deleteConfirm.confirm'),
      danger: true,
      requests: [deleteSnapshotRequest(scope, snapshot.id)],
    });
    if (!confirmed) return;
    // The notification reports a failure; nothing else to do here.
    await runDelete(snapshot).catch(() => undefined);
  };

  return {
    /** Why a snapshot of the volume cannot be taken now, or null. */
    createReason: (volume: Volume): string | null => {
      const check = checkCreateSnapshot(volume);
      return check.allowed
        ? null
        : t('volumes.snapshots.reasons.createStatus', {
            status: volumeStatusLabel(t, check.status),
          });
    },
    /** Why the snapshot cannot be deleted now, or null. */
    deleteReason: (snapshot: Snapshot): string | null => {
      const check = checkDeleteSnapshot(snapshot);
      return check.allowed
        ? null
        : t('volumes.snapshots.reasons.deleteStatus', {
            status: snapshotStatusLabel(t, check.status),
          });
    },
    remove,
  };
}
