import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionMenuItem } from '../../../components/action-menu-item';
import { ErrorState } from '../../../components/error-state';
import {
  IconDatabase,
  IconDots,
  IconFilterOff,
  IconInfoCircle,
  IconLink,
  IconPlus,
  IconSearch,
  IconTrash,
  IconUnlink,
} from '../../../components/icons';
import { BackgroundActivity, ListStates, RefreshButton } from '../../../components/list-states';
import { PageHeader } from '../../../components/page-header';
import { RelativeTime } from '../../../components/relative-time';
import { useUrlParams } from '../../../components/use-url-params';
import { VolumeStatusBadge, volumeStatusLabel } from '../../../components/volume-status-badge';
import type { Volume } from '../../../domain/block-storage-types';
import { VOLUME_STATUSES } from '../../../domain/volume';
import {
  cinderTime,
  filterVolumes,
  isBootable,
  isRootAttachment,
  sortVolumes,
  type VolumeFilters,
  type VolumeSortKey,
  volumeLabel,
} from '../../../domain/volume-rules';
import { formatNumber } from '../../../i18n';
import { availabilityZonesQuery } from '../../../resources/network';
import { fromServers, serversCollectionQuery } from '../../../resources/server-collection-query';
import {
  anyVolumeBusy,
  refreshVolumes,
  snapshotsQuery,
  volumesQuery,
} from '../../../resources/volumes';
import { useScope } from '../../../session/use-session';
import { AttachVolumeModal } from '../components/attach-volume-modal';
import { CreateVolumeModal } from '../components/create-volume-modal';
import { VolumeDetailsDrawer } from '../components/volume-details-drawer';
import { useVolumeActions, type VolumeActions } from '../use-volume-actions';

const PAGE_SIZE = 50;
const SORT_KEYS: readonly VolumeSortKey[] = ['name', 'size', 'type', 'status', 'zone', 'created'];

/** The list's filters, sort and open volume live in the URL, so a link shows the same view. */
function useListParams() {
  const { params, update } = useUrlParams();
  const attached = params.get('attached');
  const filters: VolumeFilters = {
    name: params.get('name') || undefined,
    status: params.get('status') || undefined,
    zone: params.get('zone') || undefined,
    attached: attached === 'yes' || attached === 'no' ? attached : undefined,
  };
  const [sortKey = 'created', sortDir = 'desc'] = (params.get('sort') ?? 'created:desc').split(':');
  const sort: DataTableSortStatus<Volume> = {
    columnAccessor: (SORT_KEYS as readonly string[]).includes(sortKey) ? sortKey : 'created',
    direction: sortDir === 'asc' ? 'asc' : 'desc',
  };
  return { params, filters, sort, update, openVolume: params.get('volume') };
}

/** Attached instances by id, from the region's kept-fresh servers (instances' collection). */
const selectServersById = fromServers(
  (servers) => new Map(servers.map((server) => [server.id, server] as const)),
);

export function VolumesListPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { params, filters, sort, update, openVolume } = useListParams();
  const [nameInput, setNameInput] = useState(filters.name ?? '');
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState(1);

  const volumes = useQuery(volumesQuery(scope));
  const queryClient = useQueryClient();
  const servers = useQuery({ ...serversCollectionQuery(scope), select: selectServersById });
  const zones = useQuery(availabilityZonesQuery(scope));
  // A volume with snapshots cannot be deleted; the details list a volume's own.
  const snapshots = useQuery(snapshotsQuery(scope));
  const actions = useVolumeActions(scope, servers.data, snapshots.data);

  const applyName = useDebouncedCallback((value: string) => {
    setPage(1);
    update({ name: value.trim() || undefined });
  }, 300);

  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;
  const filtered = Boolean(filters.name || filters.status || filters.zone || filters.attached);
  const { name, status, zone, attached } = filters;
  const records = useMemo(
    () =>
      sortVolumes(
        filterVolumes(volumes.data ?? [], { name, status, zone, attached }),
        sort.columnAccessor as VolumeSortKey,
        sort.direction,
      ),
    [volumes.data, name, status, zone, attached, sort.columnAccessor, sort.direction],
  );
  const pageCount = Math.max(1, Math.ceil(records.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const pageRecords = records.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE);
  const totalGb = records.reduce((sum, volume) => sum + volume.size, 0);
  const busy = anyVolumeBusy(volumes.data);

  const clearFilters = () => {
    setNameInput('');
    setPage(1);
    update({ name: undefined, status: undefined, zone: undefined, attached: undefined });
  };
  const openDetails = (id: string | undefined) => update({ volume: id });
  const detailsHref = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('volume', id);
    return `?${next.toString()}`;
  };

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('volumes.create')}
    </Button>
  );

  const zoneNames = [
    ...new Set([
      ...(zones.data ?? []).map((zone) => zone.zoneName),
      ...(volumes.data ?? []).map((volume) => volume.availability_zone),
    ]),
  ].sort();

  return (
    <>
      <PageHeader
        title={t('volumes.title')}
        description={t('volumes.description', { region: regionLabel })}
        actions={
          <>
            <RefreshButton
              query={volumes}
              label={t('volumes.refresh')}
              onClick={() => void refreshVolumes(queryClient, scope)}
            />
            {createButton}
          </>
        }
      />

      <Paper withBorder p="sm" mb="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('volumes.filters.name')}
            placeholder={t('volumes.filters.namePlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={nameInput}
            onChange={(event) => {
              setNameInput(event.currentTarget.value);
              applyName(event.currentTarget.value);
            }}
            w={240}
            data-testid="volume-filter-name"
          />
          <Select
            label={t('volumes.filters.status')}
            placeholder={t('volumes.filters.anyStatus')}
            data={Object.keys(VOLUME_STATUSES).map((status) => ({
              value: status,
              label: `${volumeStatusLabel(t, status)} (${status})`,
            }))}
            value={filters.status ?? null}
            onChange={(value) => {
              setPage(1);
              update({ status: value ?? undefined });
            }}
            clearable
            searchable
            w={230}
          />
          <Select
            label={t('volumes.filters.attached')}
            placeholder={t('volumes.filters.any')}
            data={[
              { value: 'yes', label: t('volumes.filters.attachedYes') },
              { value: 'no', label: t('volumes.filters.attachedNo') },
            ]}
            value={filters.attached ?? null}
            onChange={(value) => {
              setPage(1);
              update({ attached: value ?? undefined });
            }}
            clearable
            w={160}
          />
          <Select
            label={t('volumes.filters.zone')}
            placeholder={t('volumes.filters.anyZone')}
            data={zoneNames}
            value={filters.zone ?? null}
            onChange={(value) => {
              setPage(1);
              update({ zone: value ?? undefined });
            }}
            clearable
            w={170}
          />
          {filtered && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} />}
              onClick={clearFilters}
            >
              {t('volumes.filters.clear')}
            </Button>
          )}
          {busy && <BackgroundActivity label={t('volumes.refreshing')} />}
        </Group>
      </Paper>

      <ListStates
        query={volumes}
        what={t('volumes.title')}
        testIdPrefix="volumes"
        isEmpty={records.length === 0}
        noMatches={
          filtered
            ? {
                title: t('volumes.noMatches.title'),
                text: t('volumes.noMatches.text'),
                clearLabel: t('volumes.filters.clear'),
                onClear: clearFilters,
              }
            : null
        }
        empty={{
          icon: <IconDatabase />,
          title: t('volumes.empty.title'),
          text: t('volumes.empty.text', { region: regionLabel }),
          action: createButton,
        }}
      >
        {volumes.isError && (
          <ErrorState
            what={t('volumes.title')}
            error={volumes.error}
            onRetry={() => volumes.refetch()}
          />
        )}
        <DataTable<Volume>
          withTableBorder
          borderRadius="sm"
          highlightOnHover
          verticalSpacing="xs"
          records={pageRecords}
          idAccessor="id"
          sortStatus={sort}
          onSortStatusChange={(status) => {
            const direction =
              status.columnAccessor === sort.columnAccessor ? status.direction : 'asc';
            update({ sort: `${String(status.columnAccessor)}:${direction}` });
          }}
          aria-label={t('volumes.title')}
          data-testid="volumes-table"
          customRowAttributes={(volume) => ({ 'data-volume-id': volume.id })}
          columns={[
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
              render: (volume) => (
                <Attachments volume={volume} region={scope.region} actions={actions} />
              ),
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
                <RowActions
                  volume={volume}
                  actions={actions}
                  onDetails={() => openDetails(volume.id)}
                />
              ),
            },
          ]}
        />
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid="volumes-count">
            {t('volumes.count', { count: records.length, size: formatNumber(totalGb) })}
          </Text>
          {pageCount > 1 && (
            <Group gap="xs">
              <Button
                variant="default"
                disabled={currentPage <= 1}
                onClick={() => setPage(currentPage - 1)}
              >
                {t('instances.previousPage')}
              </Button>
              <Text size="sm">{t('instances.page', { page: currentPage })}</Text>
              <Button
                variant="default"
                disabled={currentPage >= pageCount}
                onClick={() => setPage(currentPage + 1)}
              >
                {t('instances.nextPage')}
              </Button>
            </Group>
          )}
        </Group>
      </ListStates>

      <CreateVolumeModal
        scope={scope}
        opened={creating}
        onClose={() => setCreating(false)}
        defaultZone={filters.zone}
      />
      <AttachVolumeModal scope={scope} volume={actions.attaching} onClose={actions.closeAttach} />
      <VolumeDetailsDrawer
        scope={scope}
        volumeId={openVolume}
        volume={volumes.data?.find((volume) => volume.id === openVolume)}
        snapshots={snapshots}
        actions={actions}
        onClose={() => openDetails(undefined)}
      />
    </>
  );
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
          <Anchor component={Link} to={`/${region}/instances/${attachment.server_id}`} size="sm">
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

function RowActions({
  volume,
  actions,
  onDetails,
}: {
  volume: Volume;
  actions: VolumeActions;
  onDetails: () => void;
}) {
  const { t } = useTranslation();
  const name = volumeLabel(volume);
  return (
    <Menu
      position="bottom-end"
      withinPortal
      shadow="md"
      width={300}
      // Its focus placeholder (a focusable role="presentation" div) is not a valid child of a menu.
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('volumes.actions.menu', { name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconInfoCircle size={16} />} onClick={onDetails}>
          {t('volumes.actions.details')}
        </Menu.Item>
        <ActionMenuItem
          icon={<IconLink size={16} />}
          label={t('volumes.actions.attach')}
          reason={actions.attachReason(volume)}
          onClick={() => actions.openAttach(volume)}
          testId="volume-action-attach"
        />
        {volume.attachments.length === 0 ? (
          <ActionMenuItem
            icon={<IconUnlink size={16} />}
            label={t('volumes.actions.detachShort')}
            reason={t('volumes.reasons.notAttached')}
            onClick={() => undefined}
            testId="volume-action-detach"
          />
        ) : (
          volume.attachments.map((attachment) => (
            <ActionMenuItem
              key={attachment.server_id}
              icon={<IconUnlink size={16} />}
              label={t('volumes.actions.detach', {
                server: actions.serverName(attachment.server_id),
              })}
              reason={actions.detachReason(volume, attachment)}
              onClick={() => void actions.detach(volume, attachment)}
              testId="volume-action-detach"
            />
          ))
        )}
        <Menu.Divider />
        <ActionMenuItem
          icon={<IconTrash size={16} />}
          label={t('volumes.actions.delete')}
          reason={actions.deleteReason(volume)}
          color="red"
          onClick={() => void actions.remove(volume)}
          testId="volume-action-delete"
        />
      </Menu.Dropdown>
    </Menu>
  );
}
