import {
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { IconFilterOff, IconSearch, IconStack2 } from '../../../components/icons';
import { BackgroundActivity, ListStates, RefreshButton } from '../../../components/list-states';
import { PageHeader } from '../../../components/page-header';
import { useUrlParams } from '../../../components/use-url-params';
import type { Flavor } from '../../../domain/compute-types';
import { flavorFamily, isKnownFamily, MB_PER_GB } from '../../../domain/flavor';
import { formatNumber } from '../../../i18n';
import { useFlavorList, useInstanceCountsByFlavor } from '../../../resources/flavors';
import { useScope } from '../../../session/use-session';
import {
  type FlavorSortKey,
  familyOptions,
  filterFlavors,
  hasFilters,
  readFlavorParams,
  rootDisk,
  sortFlavors,
  toFlavorQuery,
} from '../flavor-table';

/** Filters and sort live in the URL, so a link (or a reload) shows the same table. */
function useFlavorParams() {
  const { params, update } = useUrlParams();
  const { filters, sort } = readFlavorParams(params);
  return { filters, sort, update };
}

/** A positive number for the URL; nothing for an empty or unusable input. */
function numberParam(value: string | number): string | undefined {
  if (value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? String(number) : undefined;
}

export function FlavorsPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { filters, sort, update } = useFlavorParams();
  const familyLabelId = useId();

  // What the operator types; the URL (and so the request) follows once the typing pauses. The
  // pause is a debounced value rather than a debounced call, so no keystroke of one field is lost
  // to a quick change of another.
  const [nameInput, setNameInput] = useState(filters.name);
  const [ramInput, setRamInput] = useState<string | number>(filters.minRamGb ?? '');
  const [diskInput, setDiskInput] = useState<string | number>(filters.minDiskGb ?? '');
  const typed = {
    q: nameInput.trim() || undefined,
    minRamGb: numberParam(ramInput),
    minDiskGb: numberParam(diskInput),
  };
  const [settled] = useDebouncedValue(JSON.stringify(typed), 350);
  const latest = useRef({ filters, update });
  latest.current = { filters, update };
  useEffect(() => {
    const next = JSON.parse(settled) as typeof typed;
    const { filters: current, update: apply } = latest.current;
    if (
      next.q !== (current.name || undefined) ||
      next.minRamGb !== numberParam(current.minRamGb ?? '') ||
      next.minDiskGb !== numberParam(current.minDiskGb ?? '')
    ) {
      // Every field, so an emptied one leaves the URL too.
      apply({ q: next.q, minRamGb: next.minRamGb, minDiskGb: next.minDiskGb });
    }
  }, [settled]);

  const query = toFlavorQuery(filters);
  const flavors = useFlavorList(scope, query);
  const counts = useInstanceCountsByFlavor(scope);

  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;
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

  const clearFilters = () => {
    setNameInput('');
    setRamInput('');
    setDiskInput('');
    update({ minRamGb: undefined, minDiskGb: undefined, family: undefined, q: undefined });
  };

  const familyDescription = (family: string) =>
    isKnownFamily(family) ? t(`flavors.families.${family}`) : t('flavors.families.other');

  return (
    <>
      <PageHeader
        title={t('flavors.title')}
        description={t('flavors.description', { region: regionLabel })}
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

      <Paper withBorder p="sm" mb="sm" component="section" aria-label={t('flavors.filters.label')}>
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label={t('flavors.filters.name')}
              placeholder={t('flavors.filters.namePlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={nameInput}
              onChange={(event) => setNameInput(event.currentTarget.value)}
              w={220}
              data-testid="flavor-filter-name"
            />
            <NumberInput
              label={t('flavors.filters.minRam')}
              description={t('flavors.filters.minRamHint')}
              value={ramInput}
              onChange={setRamInput}
              min={0}
              max={4096}
              step={1}
              decimalScale={1}
              allowNegative={false}
              w={220}
              data-testid="flavor-filter-min-ram"
            />
            <NumberInput
              label={t('flavors.filters.minDisk')}
              description={t('flavors.filters.minDiskHint')}
              value={diskInput}
              onChange={setDiskInput}
              min={0}
              max={16384}
              step={10}
              allowDecimal={false}
              allowNegative={false}
              w={240}
              data-testid="flavor-filter-min-disk"
            />
          </Group>
          <Group gap="xs" align="center" wrap="wrap" role="group" aria-labelledby={familyLabelId}>
            <Text size="sm" fw={500} id={familyLabelId}>
              {t('flavors.filters.family')}
            </Text>
            <Chip.Group
              multiple
              value={filters.families}
              onChange={(value) => update({ family: value.join(',') || undefined })}
            >
              {families.map((family) => (
                <Chip
                  key={family}
                  value={family}
                  size="sm"
                  title={familyDescription(family)}
                  wrapperProps={{ 'data-testid': `family-chip-${family}` }}
                >
                  {family}
                </Chip>
              ))}
            </Chip.Group>
            {filtered && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconFilterOff size={16} />}
                onClick={clearFilters}
              >
                {t('flavors.filters.clear')}
              </Button>
            )}
            {flavors.isPlaceholderData && <BackgroundActivity label={t('flavors.updating')} />}
          </Group>
        </Stack>
      </Paper>

      <ListStates
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
                onClear: clearFilters,
              }
            : null
        }
        empty={{
          icon: <IconStack2 />,
          title: t('flavors.empty.title'),
          text: t('flavors.empty.text', { region: regionLabel }),
        }}
      >
        {flavors.isError && (
          <ErrorState
            what={t('flavors.title')}
            error={flavors.error}
            onRetry={() => flavors.refetch()}
          />
        )}
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
          onSortStatusChange={(status) => {
            // A newly chosen column starts ascending; the same column toggles.
            const direction = status.columnAccessor === sort.key ? status.direction : 'asc';
            update({ sort: `${String(status.columnAccessor)}:${direction}` });
          }}
          aria-label={t('flavors.title')}
          data-testid="flavors-table"
          columns={[
            {
              accessor: 'name' satisfies FlavorSortKey,
              title: t('flavors.columns.name'),
              sortable: true,
              noWrap: true,
              render: (flavor) => (
                <Text size="sm" fw={500} ff="monospace">
                  {flavor.name}
                </Text>
              ),
            },
            {
              accessor: 'family' satisfies FlavorSortKey,
              title: t('flavors.columns.family'),
              sortable: true,
              render: (flavor) => {
                const family = flavorFamily(flavor.name);
                return (
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="default" radius="sm" tt="none">
                      {family}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {familyDescription(family)}
                    </Text>
                  </Group>
                );
              },
            },
            {
              accessor: 'vcpus' satisfies FlavorSortKey,
              title: t('flavors.columns.vcpus'),
              sortable: true,
              textAlign: 'right',
              render: (flavor) => formatNumber(flavor.vcpus),
            },
            {
              accessor: 'ram' satisfies FlavorSortKey,
              title: t('flavors.columns.ram'),
              sortable: true,
              textAlign: 'right',
              noWrap: true,
              render: (flavor) =>
                t('flavors.ramValue', {
                  ram: formatNumber(flavor.ram / MB_PER_GB, { maximumFractionDigits: 2 }),
                }),
            },
            {
              accessor: 'disk' satisfies FlavorSortKey,
              title: t('flavors.columns.disk'),
              sortable: true,
              noWrap: true,
              render: (flavor) => {
                const disk = rootDisk(flavor);
                return disk.kind === 'local' ? (
                  t('flavors.localDisk', { size: formatNumber(disk.gb) })
                ) : (
                  <Tooltip label={t('flavors.blockStorageHint')} withArrow multiline w={260}>
                    <Text size="sm" c="dimmed" span>
                      {t('flavors.blockStorage')}
                    </Text>
                  </Tooltip>
                );
              },
            },
            {
              accessor: 'type' satisfies FlavorSortKey,
              title: t('flavors.columns.type'),
              sortable: true,
              render: (flavor) => flavor.extra_specs?.flavor_type ?? t('flavors.noType'),
            },
            {
              accessor: 'public' satisfies FlavorSortKey,
              title: t('flavors.columns.public'),
              sortable: true,
              render: (flavor) =>
                flavor['os-flavor-access:is_public'] ? t('flavors.yes') : t('flavors.no'),
            },
            {
              accessor: 'instances' satisfies FlavorSortKey,
              title: t('flavors.columns.instances'),
              sortable: true,
              textAlign: 'right',
              render: (flavor) => {
                if (counts.isPending) {
                  return <Skeleton height={14} width={24} ml="auto" aria-hidden />;
                }
                if (!counts.data) return <Text c="dimmed">—</Text>;
                const count = counts.data.get(flavor.id) ?? 0;
                if (count === 0) {
                  return (
                    <Text size="sm" c="dimmed" span>
                      0
                    </Text>
                  );
                }
                return (
                  <Anchor
                    component={Link}
                    to={`/${scope.region}/instances?flavor=${encodeURIComponent(flavor.id)}`}
                    aria-label={t('flavors.instancesLink', { count, flavor: flavor.name })}
                    data-testid={`flavor-instances-${flavor.name}`}
                    fw={500}
                  >
                    {formatNumber(count)}
                  </Anchor>
                );
              },
            },
          ]}
        />
        <Text size="sm" c="dimmed" mt="sm" data-testid="flavors-count">
          {!localFilters
            ? t('flavors.count', { count: records.length })
            : t('flavors.countFiltered', {
                count: records.length,
                total: flavors.data?.length ?? 0,
              })}
        </Text>
      </ListStates>
    </>
  );
}
