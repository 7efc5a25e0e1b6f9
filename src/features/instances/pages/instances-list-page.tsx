import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  Select,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { IconFilterOff, IconPlus, IconSearch, IconServer } from '../../../components/icons';
import { BackgroundActivity, ListStates, RefreshButton } from '../../../components/list-states';
import { PageHeader } from '../../../components/page-header';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge, serverStatusLabel } from '../../../components/status-badge';
import { type UrlParamChanges, useUrlParams } from '../../../components/use-url-params';
import type { Server } from '../../../domain/compute-types';
import { flavorFamily, MB_PER_GB } from '../../../domain/flavor';
import { FILTERABLE_SERVER_STATUSES } from '../../../domain/server-status';
import { useScope } from '../../auth/use-session';
import { type FlavorMap, flavorsQuery } from '../../flavors/queries';
import { type ImageMap, useImageMap } from '../../images/queries';
import { BulkActions } from '../actions/bulk-actions';
import { InstanceRowMenu } from '../actions/instance-actions-ui';
import { ServerAddresses } from '../components/server-addresses';
import { DeletionProtectedMark, ServerImageName } from '../components/server-facts-ui';
import { anyBusy, type InstanceFilters, instancesListQuery, MAX_SERVER_PAGE } from '../queries';
import { serverImage, serverOsType } from '../server-facts';
import { statusFilterFromUrl } from '../status-filter';

const PAGE_SIZES = ['20', '50', '100'];
const DEFAULT_PAGE_SIZE = 50;

type SortKey = 'name' | 'status' | 'flavor' | 'image' | 'zone' | 'keypair' | 'created';

function sortValue(
  server: Server,
  key: SortKey,
  flavors: FlavorMap | undefined,
  images: ImageMap | undefined,
): string {
  switch (key) {
    case 'name':
      return server.name.toLowerCase();
    case 'status':
      return server.status;
    case 'flavor':
      return flavors?.get(server.flavor.id)?.name ?? '';
    case 'image':
      return serverImage(server, images).name ?? '';
    case 'zone':
      return server['OS-EXT-AZ:availability_zone'];
    case 'keypair':
      return server.key_name ?? '';
    case 'created':
      return server.created;
  }
}

/** Reads and writes the list's filters, page and sort in the URL, so a link shows the same list. */
function useListParams() {
  const { params, update: updateParams } = useUrlParams();
  const limit = Number(params.get('limit')) || DEFAULT_PAGE_SIZE;
  // Zone and flavor family have no API filter: with one of them the list asks for the largest
  // page and filters it here.
  const local = {
    zone: params.get('zone') || undefined,
    family: params.get('family') || undefined,
  };
  const localFiltering = Boolean(local.zone || local.family);
  // Nova's name is sent, whatever the URL says (an old bookmark may say STOPPED).
  const statusParam = statusFilterFromUrl(params.get('status'));
  const filters: InstanceFilters = {
    name: params.get('name') || undefined,
    status: statusParam.status,
    flavor: params.get('flavor') || undefined,
    image: params.get('image') || undefined,
    reservation_id: params.get('reservation_id') || undefined,
    limit: localFiltering ? MAX_SERVER_PAGE : Math.min(Math.max(limit, 1), MAX_SERVER_PAGE),
    marker: localFiltering ? undefined : params.get('marker') || undefined,
  };
  const [sortKey = 'created', sortDir = 'desc'] = (params.get('sort') ?? 'created:desc').split(':');
  const sort: DataTableSortStatus<Server> = {
    columnAccessor: sortKey,
    direction: sortDir === 'asc' ? 'asc' : 'desc',
  };
  // A new filter or sort starts again from the first page.
  const update = (changes: UrlParamChanges, resetPage = true) =>
    updateParams(resetPage ? { ...changes, marker: undefined } : changes);
  // The URL then says what was sent (SHUTOFF, not STOPPED), and a filter nobody may use is dropped.
  const rewriteStatus = statusParam.rewrite ? (statusParam.status ?? '') : null;
  useEffect(() => {
    if (rewriteStatus !== null) updateParams({ status: rewriteStatus || undefined });
  }, [rewriteStatus, updateParams]);
  return { filters, local, localFiltering, sort, update };
}

export function InstancesListPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { filters, local, localFiltering, sort, update } = useListParams();
  const [nameInput, setNameInput] = useState(filters.name ?? '');
  const [previousMarkers, setPreviousMarkers] = useState<(string | undefined)[]>([]);

  const servers = useQuery(instancesListQuery(scope, filters));
  const flavorList = useQuery(flavorsQuery(scope));
  const flavors = {
    ...flavorList,
    data: useMemo(
      () => (flavorList.data ? new Map(flavorList.data.map((f) => [f.id, f] as const)) : undefined),
      [flavorList.data],
    ),
  };
  const images = useImageMap(scope);
  const [selected, setSelected] = useState<Server[]>([]);
  // Selection follows the records: an instance that left the page (deleted, filtered) leaves it.
  const selection = selected.filter((s) => servers.data?.servers.some((r) => r.id === s.id));
  const flavorNames = useMemo(
    () => new Map((flavorList.data ?? []).map((f) => [f.id, f.name] as const)),
    [flavorList.data],
  );

  const applyName = useDebouncedCallback((value: string) => {
    setPreviousMarkers([]);
    update({ name: value.trim() || undefined });
  }, 300);

  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;
  const filtered = Boolean(
    filters.name ||
      filters.status ||
      filters.flavor ||
      filters.image ||
      filters.reservation_id ||
      localFiltering,
  );
  const records = useMemo(() => {
    const list = (servers.data?.servers ?? []).filter(
      (server) =>
        (!local.zone || server['OS-EXT-AZ:availability_zone'] === local.zone) &&
        (!local.family ||
          flavorFamily(flavors.data?.get(server.flavor.id)?.name ?? '') === local.family),
    );
    const key = sort.columnAccessor as SortKey;
    const direction = sort.direction === 'asc' ? 1 : -1;
    return list.sort(
      (a, b) =>
        sortValue(a, key, flavors.data, images.data).localeCompare(
          sortValue(b, key, flavors.data, images.data),
        ) * direction,
    );
  }, [
    servers.data,
    sort.columnAccessor,
    sort.direction,
    flavors.data,
    images.data,
    local.zone,
    local.family,
  ]);

  const busy = anyBusy(servers.data?.servers);
  const clearFilters = () => {
    setNameInput('');
    setPreviousMarkers([]);
    update({
      name: undefined,
      status: undefined,
      flavor: undefined,
      image: undefined,
      reservation_id: undefined,
      zone: undefined,
      family: undefined,
    });
  };

  const createButton = (
    <Button
      component={Link}
      to={`/${scope.region}/instances/new`}
      leftSection={<IconPlus size={16} />}
    >
      {t('instances.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('instances.title')}
        description={t('instances.description', { region: regionLabel })}
        actions={
          <>
            <RefreshButton query={servers} label={t('instances.refresh')} />
            {createButton}
          </>
        }
      />

      <Paper withBorder p="sm" mb="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('instances.filters.name')}
            placeholder={t('instances.filters.namePlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={nameInput}
            onChange={(event) => {
              setNameInput(event.currentTarget.value);
              applyName(event.currentTarget.value);
            }}
            w={280}
            data-testid="filter-name"
          />
          <Select
            label={t('instances.filters.status')}
            placeholder={t('instances.filters.anyStatus')}
            data={FILTERABLE_SERVER_STATUSES.map((status) => ({
              value: status,
              label: `${serverStatusLabel(t, status)} (${status})`,
            }))}
            value={filters.status ?? null}
            onChange={(value) => {
              setPreviousMarkers([]);
              update({ status: value ?? undefined });
            }}
            clearable
            searchable
            w={260}
            data-testid="filter-status"
          />
          <ActiveFilters
            items={[
              filters.flavor && {
                key: 'flavor',
                label: `${t('instances.columns.flavor')}: ${flavors.data?.get(filters.flavor)?.name ?? filters.flavor}`,
              },
              filters.image && {
                key: 'image',
                label: `${t('instances.columns.image')}: ${images.data?.get(filters.image)?.name ?? filters.image}`,
              },
              filters.reservation_id && {
                key: 'reservation_id',
                label: `${t('instances.filters.reservation')}: ${filters.reservation_id}`,
              },
              local.zone && { key: 'zone', label: `${t('instances.columns.zone')}: ${local.zone}` },
              local.family && {
                key: 'family',
                label: `${t('instances.filters.family')}: ${local.family}`,
              },
            ]}
            onRemove={(key) => update({ [key]: undefined })}
          />
          {filtered && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} />}
              onClick={clearFilters}
            >
              {t('instances.filters.clear')}
            </Button>
          )}
          {busy && <BackgroundActivity label={t('instances.refreshing')} />}
        </Group>
      </Paper>

      <ListStates
        query={servers}
        what={t('instances.title')}
        testIdPrefix="instances"
        isEmpty={records.length === 0 && !filters.marker}
        noMatches={
          filtered
            ? {
                title: t('instances.noMatches.title'),
                text: t('instances.noMatches.text'),
                clearLabel: t('instances.filters.clear'),
                onClear: clearFilters,
              }
            : null
        }
        empty={{
          icon: <IconServer />,
          title: t('instances.empty.title'),
          text: t('instances.empty.text', { region: regionLabel }),
          action: createButton,
        }}
      >
        {selection.length > 0 && (
          <Paper withBorder p="xs" mb="sm">
            <BulkActions
              scope={scope}
              selected={selection}
              flavorNames={flavorNames}
              onDone={() => setSelected([])}
            />
          </Paper>
        )}
        {servers.isError && (
          <ErrorState
            what={t('instances.title')}
            error={servers.error}
            onRetry={() => servers.refetch()}
          />
        )}
        <DataTable<Server>
          withTableBorder
          borderRadius="sm"
          highlightOnHover
          verticalSpacing="xs"
          records={records}
          idAccessor="id"
          selectedRecords={selection}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': t('instance.bulk.selectAll') }}
          getRecordSelectionCheckboxProps={(server) => ({
            'aria-label': t('instance.bulk.select', { name: server.name }),
          })}
          sortStatus={sort}
          onSortStatusChange={(status) => {
            // A newly chosen column starts ascending; the same column toggles.
            const direction =
              status.columnAccessor === sort.columnAccessor ? status.direction : 'asc';
            update({ sort: `${String(status.columnAccessor)}:${direction}` }, false);
          }}
          aria-label={t('instances.title')}
          data-testid="instances-table"
          columns={[
            {
              accessor: 'name',
              title: t('instances.columns.name'),
              sortable: true,
              noWrap: true,
              render: (server) => (
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/${scope.region}/instances/${server.id}`} fw={500}>
                    {server.name}
                  </Anchor>
                  <DeletionProtectedMark server={server} />
                </Group>
              ),
            },
            {
              accessor: 'status',
              title: t('instances.columns.status'),
              sortable: true,
              noWrap: true,
              render: (server) => (
                <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />
              ),
            },
            {
              accessor: 'flavor',
              title: t('instances.columns.flavor'),
              sortable: true,
              render: (server) => {
                const flavor = flavors.data?.get(server.flavor.id);
                if (!flavor) {
                  return (
                    <Text size="sm" c="dimmed">
                      {flavors.isPending ? '…' : t('instances.unknownFlavor')}
                    </Text>
                  );
                }
                return (
                  <div>
                    <Text size="sm">{flavor.name}</Text>
                    <Text size="xs" c="dimmed">
                      {t('instances.flavorSpec', {
                        vcpus: flavor.vcpus,
                        ram: flavor.ram / MB_PER_GB,
                      })}
                    </Text>
                  </div>
                );
              },
            },
            {
              accessor: 'image',
              title: t('instances.columns.image'),
              sortable: true,
              render: (server) => (
                <ServerImageName
                  facts={serverImage(server, images.data)}
                  loading={images.isPending}
                />
              ),
            },
            {
              accessor: 'addresses',
              title: t('instances.columns.addresses'),
              noWrap: true,
              render: (server) => <ServerAddresses addresses={server.addresses} />,
            },
            {
              accessor: 'zone',
              title: t('instances.columns.zone'),
              sortable: true,
              render: (server) => server['OS-EXT-AZ:availability_zone'],
            },
            {
              accessor: 'keypair',
              title: t('instances.columns.keypair'),
              sortable: true,
              render: (server) =>
                server.key_name ?? <Text c="dimmed">{t('instances.noKeypair')}</Text>,
            },
            {
              accessor: 'created',
              title: t('instances.columns.created'),
              sortable: true,
              noWrap: true,
              render: (server) => <RelativeTime value={server.created} />,
            },
            {
              accessor: 'actions',
              title: <VisuallyHidden>{t('instance.actions.more')}</VisuallyHidden>,
              textAlign: 'right',
              render: (server) => (
                <InstanceRowMenu
                  scope={scope}
                  target={{ server, flavorName: flavorNames.get(server.flavor.id) }}
                  flavors={flavorList.data ?? []}
                  osType={serverOsType(server, serverImage(server, images.data).image)}
                />
              ),
            },
          ]}
        />
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('instances.count', { count: records.length })}
          </Text>
          <Group gap="xs" display={localFiltering ? 'none' : undefined}>
            <Select
              aria-label={t('instances.pageSize')}
              data={
                PAGE_SIZES.includes(String(filters.limit))
                  ? PAGE_SIZES
                  : [String(filters.limit), ...PAGE_SIZES]
              }
              value={String(filters.limit)}
              onChange={(value) => {
                setPreviousMarkers([]);
                update({
                  limit: value && Number(value) !== DEFAULT_PAGE_SIZE ? value : undefined,
                });
              }}
              allowDeselect={false}
              w={90}
            />
            <Button
              variant="default"
              disabled={!filters.marker || servers.isPlaceholderData}
              onClick={() => {
                const previous = previousMarkers.at(-1);
                setPreviousMarkers((stack) => stack.slice(0, -1));
                update({ marker: previous }, false);
              }}
            >
              {t('instances.previousPage')}
            </Button>
            <Button
              variant="default"
              disabled={!servers.data?.nextMarker || servers.isPlaceholderData}
              onClick={() => {
                setPreviousMarkers((stack) => [...stack, filters.marker]);
                update({ marker: servers.data?.nextMarker ?? undefined }, false);
              }}
            >
              {t('instances.nextPage')}
            </Button>
          </Group>
        </Group>
      </ListStates>
    </>
  );
}

function ActiveFilters({
  items,
  onRemove,
}: {
  items: (false | '' | undefined | { key: string; label: string })[];
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  const active = items.filter((item): item is { key: string; label: string } => Boolean(item));
  if (active.length === 0) return null;
  return (
    <Group gap={6} data-testid="active-filters">
      {active.map((item) => (
        <Badge
          key={item.key}
          variant="default"
          size="lg"
          radius="sm"
          styles={{ label: { textTransform: 'none', fontWeight: 500 } }}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('instances.filters.remove', { filter: item.label })}
              onClick={() => onRemove(item.key)}
            />
          }
        >
          {item.label}
        </Badge>
      ))}
    </Group>
  );
}
