import { Box, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { serverStatusLabel } from '../../../components/status-badge';
import { statusInfo } from '../../../domain/server-status';
import { formatNumber } from '../../../i18n';
import { instancesPath } from '../../../navigation/paths';
import { ChartBox, DonutChart } from '../charts-after-paint';
import type { InstanceSummary } from '../summary';
import { type CountItem, CountList } from './count-list';

const DONUT_PX = 140;

/**
 * Instances by status: a donut and, beside it, the counts as links to the list filtered by each.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const StatusCard = memo(function StatusCard({
  id,
  region,
  summary,
}: {
  id: string;
  /** The region whose lists the links open. */
  region: string;
  summary: InstanceSummary;
}) {
  const { t } = useTranslation();
  const items: CountItem[] = summary.byStatus.map((row) => ({
    key: row.key,
    label: serverStatusLabel(t, row.key),
    count: row.count,
    href: instancesPath(region, { status: row.key }),
    color: `${statusInfo(row.key).tone}.6`,
  }));
  if (items.length === 0) return <Text size="sm">{t('overview.empty.text')}</Text>;
  return (
    <Group align="center" wrap="nowrap" gap="md">
      <ChartBox width={DONUT_PX} height={DONUT_PX}>
        <DonutChart
          data={items.map((item) => ({
            name: String(item.label),
            value: item.count,
            color: item.color ?? 'gray.6',
          }))}
          size={DONUT_PX}
          thickness={22}
          withTooltip={false}
          chartLabel={formatNumber(summary.total)}
          accessibilityLayer={false}
          pieProps={{ rootTabIndex: -1 }}
        />
      </ChartBox>
      <Box style={{ flex: 1 }}>
        <CountList items={items} labelledBy={id} testId="overview-status-list" />
      </Box>
    </Group>
  );
});
