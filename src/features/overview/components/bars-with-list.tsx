import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart, ChartBox } from '../charts-after-paint';
import { type CountItem, CountList } from './count-list';

/** A bar chart of counts over their list (the family and zone cards). */
export function BarsWithList({
  id,
  items,
  color,
  testId,
}: {
  id: string;
  items: CountItem[];
  color: string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm">{t('overview.empty.text')}</Text>;
  const height = Math.max(120, items.length * 34);
  return (
    <Stack gap="xs">
      <ChartBox height={height}>
        <BarChart
          h={height}
          data={items.map((item) => ({ label: String(item.label), count: item.count }))}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', color, label: t('overview.stats.instances') }]}
          withTooltip={false}
          gridAxis="none"
          withXAxis={false}
          yAxisProps={{ width: 110 }}
          withBarValueLabel
          accessibilityLayer={false}
        />
      </ChartBox>
      <CountList items={items} labelledBy={id} testId={testId} />
    </Stack>
  );
}
