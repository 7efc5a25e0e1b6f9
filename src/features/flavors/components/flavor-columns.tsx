import { Anchor, Badge, Group, Skeleton, Text, Tooltip } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Flavor } from '../../../domain/compute-types';
import { flavorFamily, MB_PER_GB } from '../../../domain/flavor';
import { formatNumber } from '../../../i18n';
import { instancesPath } from '../../../navigation/paths';
import { type FlavorSortKey, rootDisk } from '../flavor-table';
import { useFamilyDescription } from './family-description';

/** The instance counts per flavor id, while they load and once they are in (or not). */
interface InstanceCounts {
  isPending: boolean;
  data: Map<string, number> | undefined;
}

/** How many instances use the flavor: a link to the instances list filtered by it. */
function InstanceCount({
  flavor,
  counts,
  region,
}: {
  flavor: Flavor;
  counts: InstanceCounts;
  region: string;
}) {
  const { t } = useTranslation();
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
      to={instancesPath(region, { flavor: flavor.id })}
      aria-label={t('flavors.instancesLink', { count, flavor: flavor.name })}
      data-testid={`flavor-instances-${flavor.name}`}
      fw={500}
    >
      {formatNumber(count)}
    </Anchor>
  );
}

/** The flavors table's columns, each sortable by its FlavorSortKey (flavor-table.ts). */
export function useFlavorColumns(
  counts: InstanceCounts,
  region: string,
): DataTableColumn<Flavor>[] {
  const { t } = useTranslation();
  const familyDescription = useFamilyDescription();
  return [
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
      render: (flavor) => <InstanceCount flavor={flavor} counts={counts} region={region} />,
    },
  ];
}
