/**
 * The volumes of a region: filters, sort and the open volume in the URL (volume-list.ts, through
 * every list's useListUrl and list-url.ts), the table (components/volume-columns.tsx), its states
 * and refresh error (every list's ListBody), and the create, attach and details dialogs.
 */
import { Button, Group, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconDatabase, IconPlus } from '../../../components/icons';
import { ListBody } from '../../../components/list-body';
import { RefreshButton } from '../../../components/list-states';
import { pageOf, sortAfterClick, sortParam } from '../../../components/list-url';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { useListUrl } from '../../../components/use-list-url';
import type { UrlParamChanges } from '../../../components/use-url-params';
import type { Volume } from '../../../domain/block-storage-types';
import { filterVolumes, sortVolumes } from '../../../domain/volume-rules';
import { formatNumber } from '../../../i18n';
import { availabilityZonesQuery } from '../../../resources/network';
import {
  selectServersById,
  serversCollectionQuery,
} from '../../../resources/server-collection-query';
import {
  anyVolumeBusy,
  refreshVolumes,
  snapshotsQuery,
  volumesQuery,
} from '../../../resources/volumes';
import { useScope } from '../../../session/use-session';
import { AttachVolumeModal } from '../components/attach-volume-modal';
import { CreateVolumeModal } from '../components/create-volume-modal';
import { volumeColumns } from '../components/volume-columns';
import { VolumeDetailsDrawer } from '../components/volume-details-drawer';
import { VolumeFiltersBar } from '../components/volume-filters-bar';
import { useVolumeActions } from '../use-volume-actions';
import {
  CLEARED_VOLUME_FILTERS,
  hasVolumeFilters,
  readVolumeParams,
  VOLUME_PAGE_SIZE,
  volumeDetailsSearch,
  volumeSummary,
  zoneChoices,
} from '../volume-list';

export function VolumesListPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { params, update } = useListUrl();
  const { filters, sort, openVolume } = readVolumeParams(params);
  const [nameInput, setNameInput] = useState(filters.name ?? '');
  const [creating, setCreating] = useState(false);
  // The page of rows is held here, not in the URL (a reload shows the first, as it always has);
  // a new filter goes back to it.
  const [page, setPage] = useState(1);

  const volumes = useQuery(volumesQuery(scope));
  const queryClient = useQueryClient();
  const servers = useQuery({ ...serversCollectionQuery(scope), select: selectServersById });
  const zones = useQuery(availabilityZonesQuery(scope));
  // A volume with snapshots cannot be deleted; the details list a volume's own.
  const snapshots = useQuery(snapshotsQuery(scope));
  const actions = useVolumeActions(scope, servers.data, snapshots.data);

  /** A filter changed: back to the first page. */
  const filter = (changes: UrlParamChanges) => {
    setPage(1);
    update(changes);
  };
  const applyName = useDebouncedCallback(
    (value: string) => filter({ name: value.trim() || undefined }),
    300,
  );

  const regionName = regionLabel(t, scope.region);
  const filtered = hasVolumeFilters(filters);
  const { name, status, zone, attached } = filters;
  const records = useMemo(
    () =>
      sortVolumes(
        filterVolumes(volumes.data ?? [], { name, status, zone, attached }),
        sort.key,
        sort.direction,
      ),
    [volumes.data, name, status, zone, attached, sort.key, sort.direction],
  );
  const shown = pageOf(records, page, VOLUME_PAGE_SIZE);
  const summary = volumeSummary(records);

  const clearFilters = () => {
    setNameInput('');
    filter(CLEARED_VOLUME_FILTERS);
  };
  const openDetails = (id: string | undefined) => update({ volume: id }, true);

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('volumes.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('volumes.title')}
        description={t('volumes.description', { region: regionName })}
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

      <VolumeFiltersBar
        filters={filters}
        nameInput={nameInput}
        onNameInput={(value) => {
          setNameInput(value);
          applyName(value);
        }}
        onChange={filter}
        zoneNames={zoneChoices(
          (zones.data ?? []).map((zone) => zone.zoneName),
          volumes.data ?? [],
        )}
        filtered={filtered}
        onClear={clearFilters}
        busy={anyVolumeBusy(volumes.data)}
      />

      <ListBody
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
          text: t('volumes.empty.text', { region: regionName }),
          action: createButton,
        }}
      >
        <DataTable<Volume>
          withTableBorder
          borderRadius="sm"
          highlightOnHover
          verticalSpacing="xs"
          records={[...shown.items]}
          idAccessor="id"
          sortStatus={{ columnAccessor: sort.key, direction: sort.direction }}
          onSortStatusChange={(next) =>
            // A newly chosen column starts ascending; the same column toggles.
            update(
              { sort: sortParam(sortAfterClick<string>(sort, String(next.columnAccessor))) },
              true,
            )
          }
          aria-label={t('volumes.title')}
          data-testid="volumes-table"
          customRowAttributes={(volume) => ({ 'data-volume-id': volume.id })}
          columns={volumeColumns({
            t,
            region: scope.region,
            actions,
            detailsHref: (id) => volumeDetailsSearch(params, id),
            onDetails: openDetails,
          })}
        />
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid="volumes-count">
            {t('volumes.count', { count: summary.count, size: formatNumber(summary.totalGb) })}
          </Text>
          {shown.pages > 1 && (
            <Group gap="xs">
              <Button
                variant="default"
                disabled={shown.page <= 1}
                onClick={() => setPage(shown.page - 1)}
              >
                {t('instanceList.previousPage')}
              </Button>
              <Text size="sm">{t('instanceList.page', { page: shown.page })}</Text>
              <Button
                variant="default"
                disabled={shown.page >= shown.pages}
                onClick={() => setPage(shown.page + 1)}
              >
                {t('instanceList.nextPage')}
              </Button>
            </Group>
          )}
        </Group>
      </ListBody>

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
