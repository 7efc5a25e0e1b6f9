import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle, IconCamera, IconTrash } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import { RelativeTime } from '../../../components/relative-time';
import { SnapshotStatusBadge } from '../../../components/volume-status-badge';
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import { snapshotLabel, snapshotsOf } from '../../../domain/snapshot-rules';
import { cinderTime } from '../../../domain/volume-rules';
import { useSnapshotActions } from '../use-snapshot-actions';
import { CreateSnapshotModal } from './create-snapshot-modal';

/**
 * The snapshots taken of one volume (name, size, status, created), with Create snapshot and a
 * Delete per snapshot, each saying why when it is not possible now.
 */
export function VolumeSnapshotsSection({
  scope,
  volume,
  snapshots,
  serverName,
}: {
  scope: ApiScope;
  volume: Volume;
  /** The region's snapshots. */
  snapshots: UseQueryResult<Snapshot[]>;
  serverName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const actions = useSnapshotActions(scope);
  const [creating, setCreating] = useState(false);
  const own = snapshotsOf(snapshots.data ?? [], volume.id);
  const createReason = actions.createReason(volume);

  return (
    <Stack gap="xs" data-testid="volume-snapshots">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} component="h3" size="md">
          {t('volumes.snapshots.title')}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCamera size={14} />}
          disabled={createReason !== null}
          onClick={() => setCreating(true)}
        >
          {t('volumes.snapshots.create')}
        </Button>
      </Group>
      {createReason && (
        <Text size="xs" c="dimmed">
          {createReason}
        </Text>
      )}
      {snapshots.isError && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert">
          {t('volumes.snapshots.loadFailed')} {errorMessage(snapshots.error)}
        </Alert>
      )}
      {snapshots.isPending && (
        <Group gap={6}>
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('volumes.snapshots.loading')}
          </Text>
        </Group>
      )}
      {snapshots.isSuccess && own.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('volumes.snapshots.none')}
        </Text>
      )}
      {own.length > 0 && (
        <Table withTableBorder verticalSpacing={6} aria-label={t('volumes.snapshots.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('volumes.snapshots.columns.name')}</Table.Th>
              <Table.Th ta="right">{t('volumes.snapshots.columns.size')}</Table.Th>
              <Table.Th>{t('volumes.snapshots.columns.status')}</Table.Th>
              <Table.Th>{t('volumes.snapshots.columns.created')}</Table.Th>
              <Table.Th>{t('volumes.snapshots.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {own.map((snapshot) => {
              const name = snapshotLabel(snapshot);
              const reason = actions.deleteReason(snapshot);
              return (
                <Table.Tr key={snapshot.id} data-snapshot-id={snapshot.id}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    <Text size="sm" ff={snapshot.name ? undefined : 'monospace'}>
                      {name}
                    </Text>
                    {snapshot.description && (
                      <Text size="xs" c="dimmed">
                        {snapshot.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('volumes.gb', { size: snapshot.size })}
                  </Table.Td>
                  <Table.Td>
                    <SnapshotStatusBadge status={snapshot.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RelativeTime value={cinderTime(snapshot.created_at)} />
                  </Table.Td>
                  <Table.Td>
                    {reason ? (
                      <Text size="xs" c="dimmed" maw={200}>
                        {reason}
                      </Text>
                    ) : (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        aria-label={t('volumes.snapshots.deleteNamed', { name })}
                        onClick={() => void actions.remove(snapshot, volume)}
                      >
                        {t('volumes.snapshots.delete')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <CreateSnapshotModal
        scope={scope}
        volume={creating ? volume : null}
        serverName={serverName}
        onClose={() => setCreating(false)}
      />
    </Stack>
  );
}
