import { Anchor, Stack, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serverStatusLabel } from '../../../components/status-badge';
import { formatNumber } from '../../../i18n';
import { instancesPath } from '../../../navigation/paths';
import { gb } from '../overview-view';
import type { InstanceSummary } from '../summary';

/**
 * vCPU and RAM of the powered-on instances by status, and what every instance is allocated.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const ResourcesCard = memo(function ResourcesCard({
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
  return (
    <Stack gap="xs">
      {summary.inUse.byStatus.length === 0 ? (
        <Text size="sm">{t('overview.resources.none')}</Text>
      ) : (
        <Table aria-labelledby={id} data-testid="overview-resources-table" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('overview.resources.status')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.instances')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.vcpus')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.ram')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.inUse.byStatus.map((row) => (
              <Table.Tr key={row.status}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={instancesPath(region, { status: row.status })}
                    size="sm"
                  >
                    {serverStatusLabel(t, row.status)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">
                  <Anchor
                    component={Link}
                    to={instancesPath(region, { status: row.status })}
                    size="sm"
                    aria-label={t('overview.resources.countLink', {
                      count: row.count,
                      status: serverStatusLabel(t, row.status),
                    })}
                  >
                    {formatNumber(row.count)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.vcpus)}</Table.Td>
                <Table.Td ta="right">
                  {t('overview.gb', { size: formatNumber(gb(row.ramMb)) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('overview.resources.total')}</Table.Th>
              <Table.Th ta="right">{formatNumber(summary.inUse.instances)}</Table.Th>
              <Table.Th ta="right">{formatNumber(summary.inUse.vcpus)}</Table.Th>
              <Table.Th ta="right">
                {t('overview.gb', { size: formatNumber(gb(summary.inUse.ramMb)) })}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="sm" c="dimmed">
        {t('overview.resources.allocated', {
          vcpus: formatNumber(summary.allocated.vcpus),
          ram: formatNumber(gb(summary.allocated.ramMb)),
        })}
      </Text>
      {summary.unknownFlavor > 0 && (
        <Text size="sm">
          {t('overview.resources.unknownFlavor', { count: summary.unknownFlavor })}
        </Text>
      )}
    </Stack>
  );
});
