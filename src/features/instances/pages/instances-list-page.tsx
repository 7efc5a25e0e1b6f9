/**
 * The instances list: the region's servers from the kept-fresh collection (src/resources/server-collection-query.ts),
 * filtered, sorted and paged in memory over every instance (issue 10), shown in a table that
 * renders only the rows in view when a page is large. The filters, sort and page live in the URL
 * (use-list-params.ts).
 */
import { Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { IconPlus, IconServer } from '../../../components/icons';
import { ListStates, RefreshButton } from '../../../components/list-states';
import { LoadProgress } from '../../../components/load-progress';
import { PageHeader } from '../../../components/page-header';
import type { Server } from '../../../domain/compute-types';
import { formatNumber } from '../../../i18n';
import { reservationMembersQuery } from '../../../resources/reservation';
import { anyBusy } from '../../../resources/servers';
import { useScope } from '../../../session/use-session';
import { BulkActions } from '../actions/bulk-actions';
import type { RowContext } from '../components/instance-row';
import { InstancesTable } from '../components/instances-table';
import { ListFilters } from '../components/list-filters';
import { ListFooter } from '../components/list-footer';
import { listQueries } from '../list-data';
import { filterServers, pageOf, type SortOrder, sortServers } from '../list-view';
import { anyFilter, CLEARED_FILTERS, DEFAULT_PAGE_SIZE, useListParams } from '../use-list-params';

export function InstancesListPage() {
  const { t } = useTranslation();
  const { region, tenantId } = useScope();
  // One object per region: the rows are memoized, and a new scope each render would undo that.
  const scope = useMemo(() => ({ region, tenantId }), [region, tenantId]);
  const { params, update } = useListParams();

  // The route's loader asked for these already (src/app/route-data.ts): the same options.
  const queries = useMemo(() => listQueries(scope), [scope]);
  const collection = useQuery(queries.collection);
  const flavorList = useQuery(queries.flavors);
  const imageList = useQuery(queries.images);
  const reservation = useQuery({
    ...reservationMembersQuery(scope, params.reservation ?? ''),
    enabled: Boolean(params.reservation),
  });
  const flavors = useMemo(
    () => (flavorList.data ? new Map(flavorList.data.map((f) => [f.id, f] as const)) : undefined),
    [flavorList.data],
  );
  const images = useMemo(
    () => (imageList.data ? new Map(imageList.data.map((i) => [i.id, i] as const)) : undefined),
    [imageList.data],
  );
  const flavorNames = useMemo(
    () => new Map((flavorList.data ?? []).map((f) => [f.id, f.name] as const)),
    [flavorList.data],
  );

  // Sorted once per change of the servers or the sort; filtered from that (typing re-filters only).
  // Deferred: a click on a column or a filter shows at once, the 5,000 rows follow when they may.
  const view = useDeferredValue(params);
  const servers = collection.data?.servers;
  const context = useMemo(() => ({ flavors, images }), [flavors, images]);
  const sorted = useMemo(
    () => sortServers(servers ?? [], view.sort, context),
    [servers, view.sort, context],
  );
  const matching = useMemo(
    () =>
      filterServers(
        sorted,
        {
          name: view.name,
          status: view.status,
          flavor: view.flavor,
          image: view.image,
          // Until its members are known, a reservation matches nothing rather than everything.
          reservation: view.reservation ? (reservation.data ?? new Set()) : undefined,
          zone: view.zone,
          family: view.family,
        },
        context,
      ),
    [sorted, view, reservation.data, context],
  );
  const page = useMemo(
    () => pageOf(matching, view.page, view.pageSize),
    [matching, view.page, view.pageSize],
  );

  // An older link's marker: the page that follows that server, once it is loaded.
  const complete = collection.data?.complete ?? false;
  useEffect(() => {
    if (!params.marker || !servers) return;
    const at = matching.findIndex((server) => server.id === params.marker);
    if (at < 0 && !complete) return;
    const next = at < 0 ? undefined : String(Math.floor((at + 1) / params.pageSize) + 1);
    update({ marker: undefined, page: next === '1' ? undefined : next }, true);
  }, [params.marker, params.pageSize, matching, servers, complete, update]);

  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // Selection follows the rows: an instance that left the page (deleted, filtered) leaves it.
  const selection = useMemo(
    () => page.items.filter((server) => selectedIds.has(server.id)),
    [page.items, selectedIds],
  );
  const onToggle = useCallback((server: Server, selected: boolean) => {
    setSelectedIds((current) => {
      const next = new Set(current);
      if (selected) next.add(server.id);
      else next.delete(server.id);
      return next;
    });
  }, []);
  const pageItems = page.items;
  const onSelectAll = useCallback(
    (all: boolean) => setSelectedIds(all ? new Set(pageItems.map((s) => s.id)) : new Set()),
    [pageItems],
  );
  const rowContext: RowContext = useMemo(
    () => ({
      scope,
      flavors,
      flavorList: flavorList.data ?? [],
      flavorsPending: flavorList.isPending,
      images,
      imagesPending: imageList.isPending,
      onToggle,
    }),
    [scope, flavors, flavorList.data, flavorList.isPending, images, imageList.isPending, onToggle],
  );

  const onSort = useCallback(
    (order: SortOrder) => update({ sort: `${order.key}:${order.direction}` }, true),
    [update],
  );
  const onClear = useCallback(() => update(CLEARED_FILTERS), [update]);
  const onPage = useCallback(
    (next: number) => update({ page: next > 1 ? String(next) : undefined }, true),
    [update],
  );
  const onPageSize = useCallback(
    (size: number) => update({ limit: size === DEFAULT_PAGE_SIZE ? undefined : String(size) }),
    [update],
  );

  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;
  const filtered = anyFilter(params);
  const active = useMemo(
    () =>
      [
        params.flavor && {
          key: 'flavor',
          label: `${t('instances.columns.flavor')}: ${flavors?.get(params.flavor)?.name ?? params.flavor}`,
        },
        params.image && {
          key: 'image',
          label: `${t('instances.columns.image')}: ${images?.get(params.image)?.name ?? params.image}`,
        },
        params.reservation && {
          key: 'reservation_id',
          label: `${t('instances.filters.reservation')}: ${params.reservation}`,
        },
        params.zone && { key: 'zone', label: `${t('instances.columns.zone')}: ${params.zone}` },
        params.family && {
          key: 'family',
          label: `${t('instances.filters.family')}: ${params.family}`,
        },
      ].filter((item): item is { key: string; label: string } => Boolean(item)),
    [params, flavors, images, t],
  );

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
            <RefreshButton
              query={collection}
              label={t('instances.refresh')}
              // The background load has its own progress bar; the button spins for refreshes.
              busy={collection.isFetching && complete}
            />
            {createButton}
          </>
        }
      />
      <ListFilters
        name={params.name ?? ''}
        status={params.status}
        active={active}
        filtered={filtered}
        busy={anyBusy(servers)}
        onUpdate={update}
        onClear={onClear}
      />
      {collection.data && !complete && (
        <LoadProgress
          label={t('instances.loadingMore', {
            count: collection.data.servers.length,
            loaded: formatNumber(collection.data.servers.length),
          })}
        />
      )}
      <ListStates
        query={collection}
        what={t('instances.title')}
        testIdPrefix="instances"
        isEmpty={matching.length === 0 && !(params.reservation && reservation.isPending)}
        noMatches={
          filtered
            ? {
                title: t('instances.noMatches.title'),
                text: t('instances.noMatches.text'),
                clearLabel: t('instances.filters.clear'),
                onClear,
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
              onDone={() => setSelectedIds(new Set())}
            />
          </Paper>
        )}
        {collection.isError && (
          <ErrorState
            what={t('instances.title')}
            error={collection.error}
            onRetry={() => collection.refetch()}
          />
        )}
        <InstancesTable
          rows={page.items}
          selected={selectedIds}
          sort={params.sort}
          onSort={onSort}
          onSelectAll={onSelectAll}
          context={rowContext}
          label={t('instances.title')}
        />
        <ListFooter
          from={page.from}
          shown={page.items.length}
          total={matching.length}
          page={page.page}
          pages={page.pages}
          pageSize={params.pageSize}
          onPage={onPage}
          onPageSize={onPageSize}
        />
      </ListStates>
    </>
  );
}
