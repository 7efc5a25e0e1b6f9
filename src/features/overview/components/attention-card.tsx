import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import { volumeStatusLabel } from '../../../components/volume-status-badge';
import { volumeLabel } from '../../../domain/volume-rules';
import { formatNumber } from '../../../i18n';
import { instancePath, instancesPath, volumesPath } from '../../../navigation/paths';
import { attentionShown } from '../overview-view';
import type { InstanceSummary, VolumeSummary } from '../summary';

/** Instances in error or building too long, and volumes in error: the first few, by name. */
export function AttentionCard({
  region,
  summary,
  storage,
}: {
  /** The region whose lists the links open. */
  region: string;
  summary: InstanceSummary;
  storage: VolumeSummary | null;
}) {
  const { t } = useTranslation();
  const shown = attentionShown(summary, storage);
  if (shown.none) return <Text size="sm">{t('overview.attention.none')}</Text>;
  return (
    <Stack gap="xs">
      <Box
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        data-testid="overview-attention-list"
      >
        {shown.instances.map((item) => (
          <Box component="li" key={item.id} py={4}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0}>
                <Anchor component={Link} to={instancePath(region, item.id)} fw={500} size="sm">
                  {item.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.reason === 'error'
                    ? t('overview.attention.error')
                    : t('overview.attention.building')}{' '}
                  <RelativeTime value={item.since} />
                </Text>
              </Stack>
              <StatusBadge status={item.status} />
            </Group>
          </Box>
        ))}
        {shown.volumes.map((volume) => (
          <Box component="li" key={volume.id} py={4}>
            <Anchor
              component={Link}
              to={volumesPath(region, { volume: volume.id })}
              fw={500}
              size="sm"
            >
              {volumeLabel(volume)}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('overview.attention.volumeError', { status: volumeStatusLabel(t, volume.status) })}
            </Text>
          </Box>
        ))}
      </Box>
      {shown.more > 0 && (
        <Text size="sm" c="dimmed" data-testid="overview-attention-more">
          {t('overview.attention.more', { count: shown.more, formatted: formatNumber(shown.more) })}
        </Text>
      )}
      {shown.errors > 1 && (
        <Anchor component={Link} to={instancesPath(region, { status: 'ERROR' })} size="sm">
          {t('overview.attention.showAll')}
        </Anchor>
      )}
    </Stack>
  );
}
