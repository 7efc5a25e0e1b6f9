import { Anchor, Box, Progress, Stack, Text } from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { volumeStatusLabel } from '../../../components/volume-status-badge';
import { formatNumber } from '../../../i18n';
import { volumesPath } from '../../../navigation/paths';
import { capacityShares } from '../overview-view';
import type { VolumeSummary } from '../summary';
import { type CountItem, CountList } from './count-list';

/**
 * Volume capacity: attached and free, as a bar and as links, then the volumes by status.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const VolumesCard = memo(function VolumesCard({
  id,
  region,
  summary,
}: {
  id: string;
  /** The region whose lists the links open. */
  region: string;
  summary: VolumeSummary;
}) {
  const { t } = useTranslation();
  const byStatusId = useId();
  if (summary.count === 0) {
    return (
      <Anchor component={Link} to={volumesPath(region)} size="sm">
        {t('overview.volumes.none')}
      </Anchor>
    );
  }
  const sides: CountItem[] = [
    {
      key: 'attached',
      label: t('overview.volumes.attached'),
      count: summary.attached.count,
      detail: t('overview.gb', { size: formatNumber(summary.attached.gb) }),
      href: volumesPath(region, { attached: 'yes' }),
      color: 'blue.6',
    },
    {
      key: 'free',
      label: t('overview.volumes.free'),
      count: summary.free.count,
      detail: t('overview.gb', { size: formatNumber(summary.free.gb) }),
      href: volumesPath(region, { attached: 'no' }),
      color: 'gray.5',
    },
  ];
  const shares = capacityShares(summary);
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={volumesPath(region)} data-testid="overview-volumes-total">
        <Text span fz={22} fw={700}>
          {t('overview.volumes.count', { count: summary.count })}
        </Text>{' '}
        <Text span size="sm">
          · {t('overview.volumes.total', { size: formatNumber(summary.totalGb) })}
        </Text>
      </Anchor>
      <Box aria-hidden="true">
        <Progress.Root size="lg">
          <Progress.Section value={shares.attached} color="blue.6" />
          <Progress.Section value={shares.free} color="gray.5" />
        </Progress.Root>
      </Box>
      <CountList items={sides} labelledBy={id} testId="overview-capacity-list" />
      <Text size="sm" fw={600} id={byStatusId} mt="xs">
        {t('overview.volumes.byStatus')}
      </Text>
      <CountList
        labelledBy={byStatusId}
        testId="overview-volume-status-list"
        items={summary.byStatus.map((row) => ({
          key: row.status,
          label: volumeStatusLabel(t, row.status),
          count: row.count,
          detail: t('overview.gb', { size: formatNumber(row.gb) }),
          href: volumesPath(region, { status: row.status }),
        }))}
      />
    </Stack>
  );
});
