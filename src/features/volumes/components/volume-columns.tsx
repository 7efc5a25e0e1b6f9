import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import { VolumeStatusBadge } from '../../../components/volume-status-badge';
import type { Volume } from '../../../domain/block-storage-types';
import {
  cinderTime,
  isBootable,
  isRootAttachment,
  volumeLabel,
} from '../../../domain/volume-rules';
import { formatNumber } from '../../../i18n';
import { instancePath } from '../../../navigation/paths';
import type { VolumeActions } from '../use-volume-actions';
import { VolumeRowActions } from './volume-row-actions';

/**
 * The volumes table's columns: name (a link to the details), size, type, status, zone, bootable,
 * attached to, created, actions. The sortable ones are the page's sort keys (volume-list.ts).
 */
export function volumeColumns({
  t,
  region,
  actions,
  detailsHref,
  onDetails,
}: {
  t: TFunction;
  region: string;
  actions: VolumeActions;
  detailsHref: (volumeId: string) => string;
  onDetails: (volumeId: string) => void;
}): DataTableColumn<Volume>[] {
  return [
    {
      accessor: 'name',
      title: t('volumes.columns.name'),
      sortable: true,
      render: (volume) => (
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={detailsHref(volume.id)}
            fw={500}
            size={volume.name ? 'sm' : 'xs'}
            ff={volume.name ? undefined : 'monospace'}
            style={{ wordBreak: 'break-all' }}
          >
            {volumeLabel(volume)}
          </Anchor>
          {!volume.name && (
            <Text size="xs" c="dimmed">
              {t('volumes.unnamed')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'size',
      title: t('volumes.columns.size'),
      sortable: true,
      textAlign: 'right',
      noWrap: true,
      render: (volume) => t('volumes.gb', { size: formatNumber(volume.size) }),
    },
    {
      accessor: 'type',
      title: t('volumes.columns.type'),
      sortable: true,
      noWrap: true,
      render: (volume) => volume.volume_type,
    },
    {
      accessor: 'status',
      title: t('volumes.columns.status'),
      sortable: true,
      noWrap: true,
      render: (volume) => <VolumeStatusBadge status={volume.status} />,
    },
    {
      accessor: 'zone',
      title: t('volumes.columns.zone'),
      sortable: true,
      noWrap: true,
      render: (volume) => volume.availability_zone,
    },
    {
      accessor: 'bootable',
      title: t('volumes.columns.bootable'),
      render: (volume) => (isBootable(volume) ? t('volumes.yes') : t('volumes.no')),
    },
    {
      accessor: 'attachments',
      title: t('volumes.columns.attachedTo'),
      noWrap: true,
      render: (volume) => <Attachments volume={volume} region={region} actions={actions} />,
    },
    {
      accessor: 'created',
      title: t('volumes.columns.created'),
      sortable: true,
      noWrap: true,
      render: (volume) => <RelativeTime value={cinderTime(volume.created_at)} />,
    },
    {
      accessor: 'actions',
      title: t('volumes.columns.actions'),
      textAlign: 'right',
      render: (volume) => (
        <VolumeRowActions
          volume={volume}
          actions={actions}
          onDetails={() => onDetails(volume.id)}
        />
      ),
    },
  ];
}

/** The instances a volume is attached to, each a link, with the device. */
function Attachments({
  volume,
  region,
  actions,
}: {
  volume: Volume;
  region: string;
  actions: VolumeActions;
}) {
  const { t } = useTranslation();
  if (volume.attachments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('volumes.notAttached')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {volume.attachments.map((attachment) => (
        <Group key={attachment.server_id} gap={6} wrap="nowrap" data-testid="volume-attachment">
          <Anchor component={Link} to={instancePath(region, attachment.server_id)} size="sm">
            {actions.serverName(attachment.server_id)}
          </Anchor>
          <Text span size="sm" ff="monospace">
            {attachment.device}
          </Text>
          {isRootAttachment(attachment) && (
            <Text span size="xs" c="dimmed">
              ({t('volumes.root')})
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
