import {
  Anchor,
  Button,
  CopyButton,
  Drawer,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { IconCheck, IconCopy, IconLink, IconTrash, IconUnlink } from '../../../components/icons';
import { RelativeTime } from '../../../components/relative-time';
import { VolumeStatusBadge } from '../../../components/volume-status-badge';
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import { snapshotLabel } from '../../../domain/snapshot-rules';
import {
  cinderTime,
  isBootable,
  isRootAttachment,
  volumeLabel,
} from '../../../domain/volume-rules';
import { instancePath } from '../../../navigation/paths';
import type { VolumeActions } from '../use-volume-actions';
import { VolumeSnapshotsSection } from './volume-snapshots-section';

/**
 * One volume: every field the list leaves out, its attachments, its snapshots, and its actions
 * with reasons.
 */
export function VolumeDetailsDrawer({
  scope,
  volumeId,
  volume,
  snapshots,
  actions,
  onClose,
}: {
  scope: ApiScope;
  volumeId: string | null;
  volume: Volume | undefined;
  /** The region's snapshots. */
  snapshots: UseQueryResult<Snapshot[]>;
  actions: VolumeActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const region = scope.region;
  const source = volume?.snapshot_id
    ? snapshots.data?.find((snapshot) => snapshot.id === volume.snapshot_id)
    : undefined;
  const name = volume ? volumeLabel(volume) : (volumeId ?? '');
  const rows: [string, ReactNode][] = volume
    ? [
        [
          t('volumes.details.id'),
          <Group gap={4} wrap="nowrap" key="id">
            <Text span size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {volume.id}
            </Text>
            <CopyButton value={volume.id}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={copy}
                    aria-label={`${t('common.copy')}: ${t('volumes.details.id')}`}
                  >
                    {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  </Button>
                </Tooltip>
              )}
            </CopyButton>
          </Group>,
        ],
        [t('volumes.details.name'), volume.name || <Text c="dimmed">—</Text>],
        [t('volumes.details.description'), volume.description || <Text c="dimmed">—</Text>],
        [t('volumes.details.size'), t('volumes.gb', { size: volume.size })],
        [t('volumes.details.type'), volume.volume_type],
        [t('volumes.details.status'), <VolumeStatusBadge key="status" status={volume.status} />],
        [t('volumes.details.zone'), volume.availability_zone],
        [t('volumes.details.bootable'), isBootable(volume) ? t('volumes.yes') : t('volumes.no')],
        [t('volumes.details.encrypted'), volume.encrypted ? t('volumes.yes') : t('volumes.no')],
        ...(volume.volume_image_metadata?.image_name
          ? [
              [t('volumes.details.image'), volume.volume_image_metadata.image_name] as [
                string,
                ReactNode,
              ],
            ]
          : []),
        ...(volume.snapshot_id
          ? [
              [
                t('volumes.details.fromSnapshot'),
                // The snapshot may have been deleted since: its id stays on the volume.
                source ? snapshotLabel(source) : volume.snapshot_id,
              ] as [string, ReactNode],
            ]
          : []),
        [
          t('volumes.details.created'),
          <RelativeTime key="created" value={cinderTime(volume.created_at)} />,
        ],
        [
          t('volumes.details.updated'),
          <RelativeTime key="updated" value={cinderTime(volume.updated_at)} />,
        ],
      ]
    : [];

  const attachReason = volume ? actions.attachReason(volume) : null;
  const deleteReason = volume ? actions.deleteReason(volume) : null;

  return (
    <Drawer
      opened={volumeId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('volumes.details.title', { name })}
      closeButtonProps={{ 'aria-label': t('volumes.details.close') }}
      data-testid="volume-details"
    >
      {!volume ? (
        <Text size="sm">{t('volumes.details.notFound', { id: volumeId ?? '' })}</Text>
      ) : (
        <Stack gap="md">
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={160}>{label}</Table.Th>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Stack gap="xs">
            <Text fw={600} component="h3" size="md">
              {t('volumes.details.attachments')}
            </Text>
            {volume.attachments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('volumes.notAttached')}
              </Text>
            ) : (
              volume.attachments.map((attachment) => {
                const reason = actions.detachReason(volume, attachment);
                return (
                  <Group key={attachment.server_id} justify="space-between" wrap="wrap">
                    <Text size="sm">
                      {/* Underlined: inside a line of text, colour alone would not mark it. */}
                      <Anchor
                        component={Link}
                        to={instancePath(region, attachment.server_id)}
                        underline="always"
                      >
                        {actions.serverName(attachment.server_id)}
                      </Anchor>{' '}
                      ·{' '}
                      <Text span ff="monospace" size="sm">
                        {attachment.device}
                      </Text>
                      {isRootAttachment(attachment) && ` · ${t('volumes.root')}`}
                    </Text>
                    {reason ? (
                      <Text size="xs" c="dimmed" maw={320}>
                        {reason}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconUnlink size={14} />}
                        onClick={() => void actions.detach(volume, attachment)}
                      >
                        {t('volumes.actions.detachShort')}
                      </Button>
                    )}
                  </Group>
                );
              })
            )}
          </Stack>

          <VolumeSnapshotsSection
            scope={scope}
            volume={volume}
            snapshots={snapshots}
            serverName={actions.serverName}
          />

          <Stack gap="xs">
            <Text fw={600} component="h3" size="md">
              {t('volumes.details.actions')}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconLink size={16} />}
                disabled={attachReason !== null}
                onClick={() => actions.openAttach(volume)}
              >
                {t('volumes.actions.attach')}
              </Button>
              <Button
                color="red"
                variant="outline"
                leftSection={<IconTrash size={16} />}
                disabled={deleteReason !== null}
                onClick={() => void actions.remove(volume)}
              >
                {t('volumes.actions.delete')}
              </Button>
            </Group>
            {[attachReason, deleteReason]
              .filter((reason): reason is string => reason !== null)
              .map((reason) => (
                <Text key={reason} size="xs" c="dimmed">
                  {reason}
                </Text>
              ))}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
