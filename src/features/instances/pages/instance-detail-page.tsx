import { Anchor, Breadcrumbs, Button, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { IconServerOff } from '../../../components/icons';
import { StatusBadge } from '../../../components/status-badge';
import type { Server } from '../../../domain/compute-types';
import { serverOsType } from '../../../domain/os-type';
import { isServerBusy } from '../../../domain/server-status';
import { instancesPath } from '../../../navigation/paths';
import { flavorsQuery } from '../../../resources/flavors';
import { useImageMap } from '../../../resources/images';
import { serverFromCollection } from '../../../resources/server-collection-query';
import { instanceQuery } from '../../../resources/servers';
import { useScope } from '../../../session/use-session';
import { InstanceToolbar } from '../actions/instance-actions-ui';
import { useInstanceActions } from '../actions/use-instance-actions';
import { InstanceOverview } from '../components/instance-overview';
import { MetadataSection } from '../components/metadata-section';
import { NetworkingSection } from '../components/networking-section';
import { RenameTitle } from '../components/rename-title';
import { Section } from '../components/section';
import { DeletionProtectedMark } from '../components/server-facts-ui';
import { VolumesSection } from '../components/volumes-section';
import { serverImage } from '../server-facts';

export function InstanceDetailPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { serverId = '' } = useParams();
  const queryClient = useQueryClient();
  const server = useQuery({
    ...instanceQuery(scope, serverId),
    // Opened from the list: painted at once with the collection's copy while its own read runs.
    placeholderData: () => serverFromCollection(queryClient, scope, serverId),
  });
  const flavors = useQuery(flavorsQuery(scope));
  const images = useImageMap(scope);
  const { perform } = useInstanceActions(scope);
  const navigate = useNavigate();

  useEffect(() => {
    if (server.data) document.title = `${server.data.name} · ${t('app.name')}`;
  }, [server.data, t]);

  const breadcrumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={instancesPath(scope.region)} size="sm">
        {t('instanceDetail.detail.breadcrumb')}
      </Anchor>
      <Text size="sm">{server.data?.name ?? serverId}</Text>
    </Breadcrumbs>
  );

  if (server.isError && !server.data) {
    if (isApiError(server.error) && server.error.status === 404) {
      return (
        <>
          {breadcrumbs}
          <EmptyState
            testId="instance-not-found"
            icon={<IconServerOff />}
            title={t('notFound.title')}
            text={t('instanceDetail.detail.notFound', {
              id: serverId,
              region: scope.region.toUpperCase(),
            })}
            action={
              <Button component={Link} to={instancesPath(scope.region)} variant="default">
                {t('instanceDetail.detail.back')}
              </Button>
            }
          />
        </>
      );
    }
    return <ErrorState what={serverId} error={server.error} onRetry={() => server.refetch()} />;
  }
  if (!server.data) {
    return (
      <Stack gap="md" role="status" aria-busy="true" aria-label={t('common.loading')}>
        {breadcrumbs}
        <Skeleton height={36} width={320} />
        <Skeleton height={36} />
        <Skeleton height={220} />
      </Stack>
    );
  }

  const data: Server = server.data;
  const flavor = flavors.data?.find((f) => f.id === data.flavor.id);
  const image = serverImage(data, images.data);
  const target = { server: data, flavorName: flavor?.name };
  const busy = isServerBusy({ status: data.status, taskState: data['OS-EXT-STS:task_state'] });

  return (
    <Stack gap="md">
      <Stack gap={6}>
        {breadcrumbs}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="sm" align="center">
            <RenameTitle key={data.name} server={data} perform={perform} />
            <DeletionProtectedMark server={data} />
            <StatusBadge status={data.status} taskState={data['OS-EXT-STS:task_state']} />
            {busy && (
              <Group gap={6} c="dimmed" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('instanceDetail.detail.refreshing')}</Text>
              </Group>
            )}
          </Group>
        </Group>
        <InstanceToolbar
          onDeleted={() => navigate(instancesPath(scope.region))}
          scope={scope}
          target={target}
          flavors={flavors.data ?? []}
          osType={serverOsType(data, image.image)}
        />
      </Stack>

      <Section title={t('instanceDetail.detail.tabs.overview')} testId="instance-overview">
        <InstanceOverview
          scope={scope}
          server={data}
          flavor={flavor}
          image={image}
          imagesLoading={images.isPending}
        />
      </Section>

      <NetworkingSection scope={scope} server={data} perform={perform} />
      <VolumesSection scope={scope} server={data} perform={perform} />
      <MetadataSection scope={scope} target={target} perform={perform} />
    </Stack>
  );
}
