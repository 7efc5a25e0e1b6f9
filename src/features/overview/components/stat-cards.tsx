import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../i18n';
import { instancesPath, volumesPath } from '../../../navigation/paths';
import { gb, inUseHref } from '../overview-view';
import type { InstanceSummary, VolumeSummary } from '../summary';

function StatCard({
  label,
  value,
  hint,
  href,
  loading,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  href: string;
  loading: boolean;
  testId: string;
}) {
  return (
    <Card withBorder padding="md" radius="sm" data-testid={testId}>
      {loading ? (
        <Stack gap={6}>
          <Skeleton height={14} width="50%" />
          <Skeleton height={30} width="40%" />
        </Stack>
      ) : (
        <Anchor component={Link} to={href} underline="hover" c="inherit" display="block">
          <Text size="sm" c="dimmed" component="span" display="block">
            {label}
          </Text>
          <Text fz={28} fw={700} component="span" display="block" lh={1.3}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {hint}
            </Text>
          )}
        </Anchor>
      )}
    </Card>
  );
}

/**
 * The four numbers at the top: instances, vCPU and RAM in use, volumes.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const StatCards = memo(function StatCards({
  region,
  instances,
  storage,
  instancesLoading,
  flavorsLoading,
  flavorsFailed,
  volumesLoading,
}: {
  /** The region whose lists the links open. */
  region: string;
  instances: InstanceSummary | null;
  storage: VolumeSummary | null;
  instancesLoading: boolean;
  flavorsLoading: boolean;
  /** Without flavors, vCPU and RAM are unknown: say so rather than show 0. */
  flavorsFailed: boolean;
  volumesLoading: boolean;
}) {
  const { t } = useTranslation();
  const inUse = inUseHref(region, instances?.inUse.byStatus ?? []);
  const inUseHint = flavorsFailed
    ? t('overview.stats.unknown')
    : instances
      ? t('overview.stats.inUseHint', { count: instances.inUse.instances })
      : undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <StatCard
        testId="stat-instances"
        label={t('overview.stats.instances')}
        value={formatNumber(instances?.total ?? 0)}
        hint={t('overview.stats.instancesHint')}
        href={instancesPath(region)}
        loading={instancesLoading || !instances}
      />
      <StatCard
        testId="stat-vcpus"
        label={t('overview.stats.vcpus')}
        value={flavorsFailed ? '—' : formatNumber(instances?.inUse.vcpus ?? 0)}
        hint={inUseHint}
        href={inUse}
        loading={instancesLoading || flavorsLoading || !instances}
      />
      <StatCard
        testId="stat-ram"
        label={t('overview.stats.ram')}
        value={
          flavorsFailed
            ? '—'
            : t('overview.gb', { size: formatNumber(gb(instances?.inUse.ramMb ?? 0)) })
        }
        hint={inUseHint}
        href={inUse}
        loading={instancesLoading || flavorsLoading || !instances}
      />
      <StatCard
        testId="stat-volumes"
        label={t('overview.stats.volumes')}
        value={t('overview.stats.volumesValue', { count: storage?.count ?? 0 })}
        hint={t('overview.stats.volumesHint', { size: formatNumber(storage?.totalGb ?? 0) })}
        href={volumesPath(region)}
        loading={volumesLoading || !storage}
      />
    </SimpleGrid>
  );
});
