import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../domain/compute-types';

/** Every address of every network: fixed first, then floating, marked as such. */
export function ServerAddresses({ addresses }: { addresses: Server['addresses'] }) {
  const { t } = useTranslation();
  const all = Object.values(addresses ?? {})
    .flat()
    .sort((a, b) =>
      a['OS-EXT-IPS:type'] === b['OS-EXT-IPS:type'] ? 0 : a['OS-EXT-IPS:type'] === 'fixed' ? -1 : 1,
    );
  if (all.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {all.map((address) => (
        <Group key={`${address.addr}-${address['OS-EXT-IPS:type']}`} gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace">
            {address.addr}
          </Text>
          {address['OS-EXT-IPS:type'] === 'floating' && (
            <Badge
              size="xs"
              variant="default"
              style={{ flexShrink: 0 }}
              styles={{ label: { overflow: 'visible' } }}
            >
              {t('instances.floating')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
