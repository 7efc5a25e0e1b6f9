import {
  Anchor,
  Breadcrumbs,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { IconCheck, IconCopy, IconServerOff } from '../../../components/icons';
import { KeyValueGrid } from '../../../components/key-value-grid';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Server } from '../../../domain/compute-types';
import { MB_PER_GB } from '../../../domain/flavor';
import { isServerBusy } from '../../../domain/server-status';
import { useScope } from '../../auth/use-session';
import { flavorsQuery } from '../../flavors/queries';
import { imagesQuery } from '../../images/queries';
import { InstanceToolbar } from '../actions/instance-actions-ui';
import { useInstanceActions } from '../actions/use-instance-actions';
import { NetworkingSection, Section, VolumesSection } from '../components/instance-sections';
import { RenameTitle } from '../components/rename-title';
import { instanceQuery } from '../queries';

function CopyId({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{id}</Code>
      <CopyButton value={id}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('instance.detail.copyId')} withArrow>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={copy}
              aria-label={t('instance.detail.copyId')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

export function InstanceDetailPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { serverId = '' } = useParams();
  const server = useQuery(instanceQuery(scope, serverId));
  const flavors = useQuery(flavorsQuery(scope));
  const images = useQuery(imagesQuery(scope));
  const { perform } = useInstanceActions(scope);
  const navigate = useNavigate();

  useEffect(() => {
    if (server.data) document.title = `${server.data.name} · ${t('app.name')}`;
  }, [server.data, t]);

  const breadcrumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={`/${scope.region}/instances`} size="sm">
        {t('instance.detail.breadcrumb')}
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
            text={t('instance.detail.notFound', {
              id: serverId,
              region: scope.region.toUpperCase(),
            })}
            action={
              <Button component={Link} to={`/${scope.region}/instances`} variant="default">
                {t('instance.detail.back')}
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
      <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
        {breadcrumbs}
        <Skeleton height={36} width={320} />
        <Skeleton height={36} />
        <Skeleton height={220} />
      </Stack>
    );
  }

  const data: Server = server.data;
  const flavor = flavors.data?.find((f) => f.id === data.flavor.id);
  const imageRef = data.image || null;
  const image = imageRef ? images.data?.find((i) => i.id === imageRef.id) : undefined;
  const target = { server: data, flavorName: flavor?.name };
  const busy = isServerBusy({ status: data.status, taskState: data['OS-EXT-STS:task_state'] });
  const power = data['OS-EXT-STS:power_state'];
  const powerLabel = t(`instance.detail.power.${power}` as 'instance.detail.power.1', {
    defaultValue: String(power),
  });
  const metadata = Object.entries(data.metadata ?? {});

  return (
    <Stack gap="md">
      <Stack gap={6}>
        {breadcrumbs}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="sm" align="center">
            <RenameTitle key={data.name} server={data} perform={perform} />
            <StatusBadge status={data.status} taskState={data['OS-EXT-STS:task_state']} />
            {busy && (
              <Group gap={6} c="dimmed" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('instance.detail.refreshing')}</Text>
              </Group>
            )}
          </Group>
        </Group>
        <InstanceToolbar
          onDeleted={() => navigate(`/${scope.region}/instances`)}
          scope={scope}
          target={target}
          flavors={flavors.data ?? []}
          imageOsType={
            (image?.os_type as string | undefined) ?? data.metadata?.os_type?.toLowerCase() ?? null
          }
        />
      </Stack>

      <Section title={t('instance.detail.tabs.overview')} testId="instance-overview">
        <KeyValueGrid
          items={[
            { label: t('instance.detail.fields.id'), value: <CopyId id={data.id} /> },
            {
              label: t('instance.detail.fields.status'),
              value: <StatusBadge status={data.status} taskState={data['OS-EXT-STS:task_state']} />,
              testId: 'field-status',
            },
            {
              label: t('instance.detail.fields.vmState'),
              value: data['OS-EXT-STS:vm_state'],
              testId: 'field-vm-state',
            },
            {
              label: t('instance.detail.fields.taskState'),
              value: data['OS-EXT-STS:task_state'] ?? t('instance.detail.none'),
              testId: 'field-task-state',
            },
            {
              label: t('instance.detail.fields.powerState'),
              value: `${powerLabel} (${power})`,
              testId: 'field-power',
            },
            {
              label: t('instance.detail.fields.flavor'),
              testId: 'field-flavor',
              value: flavor ? (
                <>
                  <Text size="sm" fw={500} span>
                    {flavor.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('instance.detail.flavorSpec', {
                      vcpus: flavor.vcpus,
                      ram: flavor.ram / MB_PER_GB,
                      disk:
                        flavor.disk > 0
                          ? t('instance.detail.localDisk', { disk: flavor.disk })
                          : t('instance.detail.volumeRoot'),
                    })}
                  </Text>
                </>
              ) : (
                data.flavor.id
              ),
            },
            {
              label: t('instance.detail.fields.image'),
              value: image?.name ?? imageRef?.id ?? '—',
              testId: 'field-image',
            },
            {
              label: t('instance.detail.fields.keypair'),
              value: data.key_name ? (
                <Anchor
                  component={Link}
                  to={`/${scope.region}/keypairs/${encodeURIComponent(data.key_name)}`}
                  size="sm"
                >
                  {data.key_name}
                </Anchor>
              ) : (
                t('instance.detail.none')
              ),
            },
            { label: t('instance.detail.fields.zone'), value: data['OS-EXT-AZ:availability_zone'] },
            {
              label: t('instance.detail.fields.hostId'),
              value: data.hostId ? <Code>{data.hostId.slice(0, 16)}…</Code> : '—',
            },
            {
              label: t('instance.detail.fields.created'),
              value: <RelativeTime value={data.created} />,
            },
            {
              label: t('instance.detail.fields.updated'),
              value: <RelativeTime value={data.updated} />,
            },
            {
              label: t('instance.detail.fields.launched'),
              value: (
                <RelativeTime
                  value={
                    data['OS-SRV-USG:launched_at'] ? `${data['OS-SRV-USG:launched_at']}Z` : null
                  }
                />
              ),
            },
            { label: t('instance.detail.fields.diskConfig'), value: data['OS-DCF:diskConfig'] },
          ]}
        />
      </Section>

      <NetworkingSection scope={scope} server={data} perform={perform} />
      <VolumesSection scope={scope} server={data} perform={perform} />

      <Section title={t('instance.detail.metadata')} testId="instance-metadata">
        {metadata.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('instance.detail.noMetadata')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('instance.detail.metaKey')}</Table.Th>
                <Table.Th>{t('instance.detail.metaValue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {metadata.map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Td ff="monospace">{key}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
