import { Anchor, Group, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Server } from '../../../domain/compute-types';
import { instancePath, keypairPath } from '../../../navigation/paths';

/** The instances created with a key pair, as links; past `max`, a link to the key pair's page. */
export function KeypairInstances({
  region,
  keypairName,
  servers,
  loading,
  max = 3,
}: {
  region: string;
  keypairName: string;
  servers: readonly Server[] | undefined;
  loading: boolean;
  max?: number;
}) {
  const { t } = useTranslation();
  if (loading) return <Skeleton height={14} width={80} aria-hidden />;
  if (!servers) return <Text c="dimmed">—</Text>;
  if (servers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('keypairs.noInstances')}
      </Text>
    );
  }
  return (
    <Group gap={8} wrap="wrap">
      {servers.slice(0, max).map((server) => (
        <Anchor key={server.id} component={Link} to={instancePath(region, server.id)} size="sm">
          {server.name}
        </Anchor>
      ))}
      {servers.length > max && (
        <Anchor component={Link} to={keypairPath(region, keypairName)} size="sm">
          {t('keypairs.moreInstances', { count: servers.length - max })}
        </Anchor>
      )}
    </Group>
  );
}
