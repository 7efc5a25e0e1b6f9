/**
 * The instances list: the region's servers filtered, sorted and paged in memory over every
 * instance (issue 10; use-instance-list.ts), shown in a table that renders only the rows in view
 * when a page is large. The filters, sort and page live in the URL (use-list-params.ts); the
 * states, the refresh error and the paging rules are every list's (src/components/list-body.tsx,
 * list-url.ts).
 */
import { Button, Paper } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconPlus, IconServer } from '../../../components/icons';
import { ListBody } from '../../../components/list-body';
import { RefreshButton } from '../../../components/list-states';
import { pageParam, sortParam } from '../../../components/list-url';
import { LoadProgress } from '../../../components/load-progress';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { formatNumber } from '../../../i18n';
import { createInstancePath } from '../../../navigation/paths';
import { anyBusy } from '../../../resources/servers';
import { useScope } from '../../../session/use-session';
import { BulkActions } from '../actions/bulk-actions';
import type { RowContext } from '../components/instance-row';
import { InstancesTable } from '../components/instances-table';
import { ListFilters } from '../components/list-filters';
import { ListFooter } from '../components/list-footer';
import {
  activeFilters,
  anyFilter,
  CLEARED_FILTERS,
  DEFAULT_PAGE_SIZE,
  type FilterChip,
} from '../list-params';
import type { SortOrder } from '../list-view';
import { useInstanceList } from '../use-instance-list';
import { useListParams } from '../use-list-params';
import { useSelection } from '../use-selection';

/** What each filter chip is called. */
const CHIP_LABELS = {
  flavor: 'instanceList.columns.flavor',
  image: 'instanceList.columns.image',
  reservation_id: 'instanceList.filters.reservation',
  zone: 'instanceList.columns.zone',
  family: 'instanceList.filters.family',
} as const satisfies Record<FilterChip['key'], string>;

export function InstancesListPage() {
  const { t } = useTranslation();
  const { region, tenantId } = useScope();
  // One object per region: the rows are memoized, and a new scope each render would undo that.
  const scope = useMemo(() => ({ region, tenantId }), [region, tenantId]);
  const { params, update } = useListParams();
  const list = useInstanceList(scope, params, update);
  const { collection, flavorList, imageList, flavors, images, complete, page } = list;
  const selection = useSelection(page.items);

  const rowContext: RowContext = useMemo(
    () => ({
      scope,
      flavors,
      flavorList: flavorList.data ?? [],
      flavorsPending: flavorList.isPending,
      images,
      imagesPending: imageList.isPending,
      onToggle: selection.onToggle,
    }),
    [
      scope,
      flavors,
      flavorList.data,
      flavorList.isPending,
      images,
      imageList.isPending,
      selection.onToggle,
    ],
  );

  const onSort = useCallback(
    (order: SortOrder) => update({ sort: sortParam(order) }, true),
    [update],
  );
  const onClear = useCallback(() => update(CLEARED_FILTERS), [update]);
  const onPage = useCallback((next: number) => update({ page: pageParam(next) }, true), [update]);
  const onPageSize = useCallback(
    (size: number) => update({ limit: size === DEFAULT_PAGE_SIZE ? undefined : String(size) }),
    [update],
  );

  const regionName = regionLabel(t, region);
  const filtered = anyFilter(params);
  const active = useMemo(
    () =>
      activeFilters(params, {
        flavor: (id) => flavors?.get(id)?.name,
        image: (id) => images?.get(id)?.name,
      }).map((chip) => ({ key: chip.key, label: `${t(CHIP_LABELS[chip.key])}: ${chip.value}` })),
    [params, flavors, images, t],
  );

  const createButton = (
    <Button
      component={Link}
      to={createInstancePath(scope.region)}
      leftSection={<IconPlus size={16} />}
    >
      {t('instanceList.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('instanceList.title')}
        description={t('instanceList.description', { region: regionName })}
        actions={
          <>
            <RefreshButton
              query={collection}
              label={t('instanceList.refresh')}
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
        busy={anyBusy(list.servers)}
        onUpdate={update}
        onClear={onClear}
      />
      {collection.data && !complete && (
        <LoadProgress
          label={t('instanceList.loadingMore', {
            count: collection.data.servers.length,
            loaded: formatNumber(collection.data.servers.length),
          })}
        />
      )}
      <ListBody
        query={collection}
        what={t('instanceList.title')}
        testIdPrefix="instances"
        isEmpty={list.matching.length === 0 && !(params.reservation && list.reservation.isPending)}
        noMatches={
          filtered
            ? {
                title: t('instanceList.noMatches.title'),
                text: t('instanceList.noMatches.text'),
                clearLabel: t('instanceList.filters.clear'),
                onClear,
              }
            : null
        }
        empty={{
          icon: <IconServer />,
          title: t('instanceList.empty.title'),
          text: t('instanceList.empty.text', { region: regionName }),
          action: createButton,
        }}
        toolbar={
          selection.selection.length > 0 && (
            <Paper withBorder p="xs" mb="sm">
              <BulkActions
                scope={scope}
                selected={selection.selection}
                flavorNames={list.flavorNames}
                onDone={selection.clear}
              />
            </Paper>
          )
        }
      >
        <InstancesTable
          rows={page.items}
          selected={selection.selectedIds}
          sort={params.sort}
          onSort={onSort}
          onSelectAll={selection.onSelectAll}
          context={rowContext}
          label={t('instanceList.title')}
        />
        <ListFooter
          from={page.from}
          shown={page.items.length}
          total={list.matching.length}
          page={page.page}
          pages={page.pages}
          pageSize={params.pageSize}
          onPage={onPage}
          onPageSize={onPageSize}
        />
      </ListBody>
    </>
  );
}
