/**
 * The details page's overview: identity, state, flavor, image and OS (from the metadata when the
 * instance booted from a volume), key pair, zone, deletion protection and placement policy.
 */
import {
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { IconCheck, IconCopy, IconLock } from '../../../components/icons';
import { KeyValueGrid } from '../../../components/key-value-grid';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Flavor, Server } from '../../../domain/compute-types';
import { MB_PER_GB } from '../../../domain/flavor';
import { serverOsName } from '../../../domain/os-type';
import { keypairPath, placementPoliciesPath } from '../../../navigation/paths';
import { placementPoliciesQuery } from '../../../resources/placement-policies';
import { isDeletionProtected, placementPolicyOf, type ServerImageFacts } from '../server-facts';
import { ServerImageName } from './server-facts-ui';

function CopyId({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{id}</Code>
      <CopyButton value={id}>
        {({ copied, copy }) => (
          <Tooltip
            label={copied ? t('common.copied') : t('instanceDetail.detail.copyId')}
            withArrow
          >
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={copy}
              aria-label={t('instanceDetail.detail.copyId')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** On or Off, and where it is changed: NHN Cloud's own console; the API only reads it. */
function DeletionProtection({ server }: { server: Server }) {
  const { t } = useTranslation();
  const on = isDeletionProtected(server);
  return (
    <Stack gap={2}>
      <Group gap={6}>
        {on && <IconLock size={14} aria-hidden />}
        <Text size="sm" span fw={on ? 600 : undefined}>
          {on ? t('instanceDetail.detail.protectionOn') : t('instanceDetail.detail.protectionOff')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('instanceDetail.detail.protectionWhere')}
      </Text>
    </Stack>
  );
}

function PlacementPolicy({ scope, server }: { scope: ApiScope; server: Server }) {
  const { t } = useTranslation();
  // The placement policies page's own query: one cache, refreshed by its creates and deletes.
  const groups = useQuery(placementPoliciesQuery(scope));
  if (groups.isPending) return <Text size="sm">…</Text>;
  if (groups.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('instanceDetail.detail.placementUnknown')}
      </Text>
    );
  const group = placementPolicyOf(groups.data, server.id);
  if (!group) return <>{t('instanceDetail.detail.none')}</>;
  return (
    <Group gap={6}>
      <Anchor component={Link} to={placementPoliciesPath(scope.region)} size="sm">
        {group.name}
      </Anchor>
      <Badge variant="default" size="sm" radius="sm" tt="none">
        {group.policies.join(', ')}
      </Badge>
    </Group>
  );
}

export function InstanceOverview({
  scope,
  server,
  flavor,
  image,
  imagesLoading,
}: {
  scope: ApiScope;
  server: Server;
  flavor: Flavor | undefined;
  image: ServerImageFacts;
  imagesLoading: boolean;
}) {
  const { t } = useTranslation();
  const power = server['OS-EXT-STS:power_state'];
  const powerLabel = t(`instanceDetail.detail.power.${power}` as 'instanceDetail.detail.power.1', {
    defaultValue: String(power),
  });
  const osName = serverOsName(server, image.image);
  return (
    <KeyValueGrid
      items={[
        { label: t('instanceDetail.detail.fields.id'), value: <CopyId id={server.id} /> },
        {
          label: t('instanceDetail.detail.fields.status'),
          value: <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />,
          testId: 'field-status',
        },
        {
          label: t('instanceDetail.detail.fields.vmState'),
          value: server['OS-EXT-STS:vm_state'],
          testId: 'field-vm-state',
        },
        {
          label: t('instanceDetail.detail.fields.taskState'),
          value: server['OS-EXT-STS:task_state'] ?? t('instanceDetail.detail.none'),
          testId: 'field-task-state',
        },
        {
          label: t('instanceDetail.detail.fields.powerState'),
          value: `${powerLabel} (${power})`,
          testId: 'field-power',
        },
        {
          label: t('instanceDetail.detail.fields.flavor'),
          testId: 'field-flavor',
          value: flavor ? (
            <>
              <Text size="sm" fw={500} span>
                {flavor.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('instanceDetail.detail.flavorSpec', {
                  vcpus: flavor.vcpus,
                  ram: flavor.ram / MB_PER_GB,
                  disk:
                    flavor.disk > 0
                      ? t('instanceDetail.detail.localDisk', { disk: flavor.disk })
                      : t('instanceDetail.detail.volumeRoot'),
                })}
              </Text>
            </>
          ) : (
            server.flavor.id
          ),
        },
        {
          label: t('instanceDetail.detail.fields.image'),
          value: <ServerImageName facts={image} loading={imagesLoading} />,
          testId: 'field-image',
        },
        {
          label: t('instanceDetail.detail.fields.os'),
          value: osName ?? t('instanceDetail.detail.unknownOs'),
          testId: 'field-os',
        },
        {
          label: t('instanceDetail.detail.fields.protection'),
          value: <DeletionProtection server={server} />,
          testId: 'field-protection',
        },
        {
          label: t('instanceDetail.detail.fields.placement'),
          value: <PlacementPolicy scope={scope} server={server} />,
          testId: 'field-placement',
        },
        {
          label: t('instanceDetail.detail.fields.keypair'),
          value: server.key_name ? (
            <Anchor component={Link} to={keypairPath(scope.region, server.key_name)} size="sm">
              {server.key_name}
            </Anchor>
          ) : (
            t('instanceDetail.detail.none')
          ),
        },
        {
          label: t('instanceDetail.detail.fields.zone'),
          value: server['OS-EXT-AZ:availability_zone'],
        },
        {
          label: t('instanceDetail.detail.fields.hostId'),
          value: server.hostId ? <Code>{server.hostId.slice(0, 16)}…</Code> : '—',
        },
        {
          label: t('instanceDetail.detail.fields.created'),
          value: <RelativeTime value={server.created} />,
        },
        {
          label: t('instanceDetail.detail.fields.updated'),
          value: <RelativeTime value={server.updated} />,
        },
        {
          label: t('instanceDetail.detail.fields.launched'),
          value: (
            <RelativeTime
              value={
                server['OS-SRV-USG:launched_at'] ? `${server['OS-SRV-USG:launched_at']}Z` : null
              }
            />
          ),
        },
        // No longer in the current guide; shown when Nova still sends it.
        ...(server['OS-DCF:diskConfig']
          ? [
              {
                label: t('instanceDetail.detail.fields.diskConfig'),
                value: server['OS-DCF:diskConfig'],
              },
            ]
          : []),
      ]}
    />
  );
}
