import { Anchor, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Server } from '../../../domain/compute-types';
import { instancePath } from '../../../navigation/paths';
import { usageLoading, type useInstancesByKeypair } from '../../../resources/keypairs';

/**
 * The instances created with a key pair (`key_name`), from the region's kept-fresh servers: a
 * table with links, or why it cannot say.
 */
export function KeypairInstancesSection({
  region,
  usage,
  instances,
}: {
  region: string;
  /** The region's servers by key pair. */
  usage: ReturnType<typeof useInstancesByKeypair>;
  instances: Server[];
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="keypair-instances">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="keypair-instances">
          {t('keypairs.detail.instances')}
        </Title>
        {usage.data && (
          <Text size="sm" c="dimmed">
            {t('keypairs.detail.instancesCount', { count: instances.length })}
          </Text>
        )}
      </Group>
      {usage.isError && !usage.data ? (
        <ErrorState
          what={t('keypairs.detail.instances')}
          error={usage.error}
          onRetry={() => usage.refetch()}
        />
      ) : usageLoading(usage) ? (
        <Skeleton height={80} />
      ) : instances.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="keypair-no-instances">
          {t('keypairs.detail.noInstances')}
        </Text>
      ) : (
        <DataTable<Server>
          withTableBorder
          borderRadius="sm"
          verticalSpacing="xs"
          records={instances}
          idAccessor="id"
          aria-label={t('keypairs.detail.instances')}
          data-testid="keypair-instances-table"
          columns={[
            {
              accessor: 'name',
              title: t('keypairs.detail.instanceColumns.name'),
              render: (server) => (
                <Anchor component={Link} to={instancePath(region, server.id)} fw={500}>
                  {server.name}
                </Anchor>
              ),
            },
            {
              accessor: 'status',
              title: t('keypairs.detail.instanceColumns.status'),
              render: (server) => (
                <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />
              ),
            },
            {
              accessor: 'created',
              title: t('keypairs.detail.instanceColumns.created'),
              render: (server) => <RelativeTime value={server.created} />,
            },
          ]}
        />
      )}
    </Paper>
  );
}
