/**
 * The region's flavors: filtered by minimum RAM and disk through the API, by family and name
 * here, sorted by any column. Filters and sort live in the URL (flavor-table.ts reads them), so a
 * link or a reload shows the same table; the states and the refresh error are every list's
 * (src/components/list-body.tsx).
 */
import { Button, Group, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IconStack2 } from '../../../components/icons';
import { ListBody } from '../../../components/list-body';
import { RefreshButton } from '../../../components/list-states';
import { sortAfterClick, sortParam } from '../../../components/list-url';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { useListUrl } from '../../../components/use-list-url';
import type { Flavor } from '../../../domain/compute-types';
import { useFlavorList, useInstanceCountsByFlavor } from '../../../resources/flavors';
import { useScope } from '../../../session/use-session';
import { useFlavorColumns } from '../components/flavor-columns';
import { FlavorFilters } from '../components/flavor-filters';
import {
  familyOptions,
  filterFlavors,
  hasFilters,
  readFlavorParams,
  sortFlavors,
  toFlavorQuery,
} from '../flavor-table';
import { useFlavorInputs } from '../use-flavor-inputs';

export function FlavorsPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { params, update } = useListUrl();
  const { filters, sort } = readFlavorParams(params);
  const inputs = useFlavorInputs(filters, update);

  const flavors = useFlavorList(scope, toFlavorQuery(filters));
  const counts = useInstanceCountsByFlavor(scope);
  const columns = useFlavorColumns(counts, scope.region);

  const regionName = regionLabel(t, scope.region);
  const filtered = hasFilters(filters);
  const families = useMemo(() => familyOptions(flavors.data ?? []), [flavors.data]);
  // `filters` and `sort` are rebuilt from the URL on every render: memoise on their parts.
  const familiesKey = filters.families.join(',');
  const localFilters = Boolean(familiesKey || filters.name.trim());
  const records = useMemo(
    () =>
      sortFlavors(
        filterFlavors(flavors.data ?? [], {
          families: familiesKey ? familiesKey.split(',') : [],
          name: filters.name,
        }),
        { key: sort.key, direction: sort.direction },
        counts.data,
      ),
    [flavors.data, familiesKey, filters.name, sort.key, sort.direction, counts.data],
  );

  return (
    <>
      <PageHeader
        title={t('flavors.title')}
        description={t('flavors.description', { region: regionName })}
        actions={
          <RefreshButton
            query={flavors}
            label={t('flavors.refresh')}
            onClick={() => {
              flavors.refetch();
              counts.refetch();
            }}
            busy={flavors.isFetching && !flavors.isPending && !flavors.isPlaceholderData}
          />
        }
      />

      <FlavorFilters
        typed={inputs.typed}
        onName={inputs.setName}
        onMinRam={inputs.setMinRam}
        onMinDisk={inputs.setMinDisk}
        families={families}
        chosenFamilies={filters.families}
        onFamilies={(value) => update({ family: value.join(',') || undefined })}
        filtered={filtered}
        onClear={inputs.clear}
        updating={flavors.isPlaceholderData}
      />

      <ListBody
        query={flavors}
        what={t('flavors.title')}
        testIdPrefix="flavors"
        skeleton={{ rows: 8, height: 40 }}
        isEmpty={records.length === 0}
        noMatches={
          filtered
            ? {
                title: t('flavors.noMatches.title'),
                text: t('flavors.noMatches.text'),
                clearLabel: t('flavors.filters.clear'),
                onClear: inputs.clear,
              }
            : null
        }
        empty={{
          icon: <IconStack2 />,
          title: t('flavors.empty.title'),
          text: t('flavors.empty.text', { region: regionName }),
        }}
      >
        {counts.isError && (
          <Group gap="xs" mb="xs">
            <Text size="sm" c="dimmed" role="status">
              {t('flavors.instancesUnknown')}
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => counts.refetch()}>
              {t('errors.retry')}
            </Button>
          </Group>
        )}
        <DataTable<Flavor>
          withTableBorder
          borderRadius="sm"
          highlightOnHover
          verticalSpacing="xs"
          records={records}
          idAccessor="id"
          sortStatus={{ columnAccessor: sort.key, direction: sort.direction }}
          onSortStatusChange={(status) =>
            // A newly chosen column starts ascending; the same column toggles.
            update({
              sort: sortParam(sortAfterClick<string>(sort, String(status.columnAccessor))),
            })
          }
          aria-label={t('flavors.title')}
          data-testid="flavors-table"
          columns={columns}
        />
        <Text size="sm" c="dimmed" mt="sm" data-testid="flavors-count">
          {!localFilters
            ? t('flavors.count', { count: records.length })
            : t('flavors.countFiltered', {
                count: records.length,
                total: flavors.data?.length ?? 0,
              })}
        </Text>
      </ListBody>
    </>
  );
}
