/**
 * The sections of the instance details page: networking (addresses, security groups) and
 * volumes (attachments from os-volume_attachments, attach and detach).
 */
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconLink, IconPlus, IconUnlink, IconX } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import { checkAction } from '../../../domain/server-actions';
import { isVolumeTransitional, VOLUME_ATTACHABLE_STATUSES } from '../../../domain/volume';
import { securityGroupsQuery } from '../../../resources/network';
import { BUSY_REFRESH_MS } from '../../../resources/refresh-intervals';
import { volumeAttachmentsQuery } from '../../../resources/servers';
import { volumesQuery } from '../../../resources/volumes';
import { useDenialText } from '../actions/denial';
import { pendingKey, usePending } from '../actions/pending';
import type { useInstanceActions } from '../actions/use-instance-actions';
import { actionSubject } from '../server-facts';

type Perform = ReturnType<typeof useInstanceActions>['perform'];

export function Section({
  title,
  children,
  testId,
  actions,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

export function NetworkingSection({
  scope,
  server,
  perform,
}: {
  scope: ApiScope;
  server: Server;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const groups = useQuery(securityGroupsQuery(scope));
  const pending = usePending();
  const [choice, setChoice] = useState<string | null>(null);
  const applied = (server.security_groups ?? []).map((g) => g.name);
  const addable = (groups.data ?? []).filter((g) => !applied.includes(g.name));
  const addresses = Object.entries(server.addresses ?? {}).flatMap(([network, list]) =>
    list.map((address) => ({ network, ...address })),
  );

  return (
    <Stack gap="md">
      <Section title={t('instance.detail.addresses')} testId="instance-addresses">
        {addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('instance.detail.noAddresses')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instance.detail.network')}</Table.Th>
                  <Table.Th>{t('instance.detail.ip')}</Table.Th>
                  <Table.Th>{t('instance.detail.mac')}</Table.Th>
                  <Table.Th>{t('instance.detail.type')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {addresses.map((address) => (
                  <Table.Tr key={`${address.network}-${address.addr}`}>
                    <Table.Td>{address.network}</Table.Td>
                    <Table.Td ff="monospace">{address.addr}</Table.Td>
                    <Table.Td ff="monospace">{address['OS-EXT-IPS-MAC:mac_addr']}</Table.Td>
                    <Table.Td>
                      {address['OS-EXT-IPS:type'] === 'floating'
                        ? t('instances.floating')
                        : t('instances.fixed')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title={t('instance.detail.securityGroups')} testId="instance-security-groups">
        <Stack gap="sm">
          {applied.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('instance.detail.noGroups')}
            </Text>
          ) : (
            <Group gap="xs">
              {applied.map((name) => {
                const busy = pending(pendingKey('removeSecurityGroup', server.id));
                const description = groups.data?.find((g) => g.name === name)?.description;
                return (
                  <Badge
                    key={name}
                    variant="default"
                    size="lg"
                    radius="sm"
                    styles={{ label: { textTransform: 'none', fontWeight: 500 } }}
                    title={description}
                    data-testid="security-group"
                    rightSection={
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        px={4}
                        loading={busy}
                        aria-label={t('instance.detail.removeGroup', { group: name })}
                        onClick={() =>
                          void perform(
                            'removeSecurityGroup',
                            { server },
                            { name },
                            { subject: name },
                          ).catch(() => undefined)
                        }
                      >
                        <IconX size={14} />
                      </Button>
                    }
                  >
                    {name}
                  </Badge>
                );
              })}
            </Group>
          )}
          {addable.length === 0 && groups.isSuccess ? (
            <Text size="sm" c="dimmed">
              {t('instance.detail.allGroupsApplied')}
            </Text>
          ) : (
            <Group gap="xs" align="flex-end">
              <Select
                label={t('instance.detail.chooseGroup')}
                data={addable.map((g) => ({
                  value: g.name,
                  label: g.description ? `${g.name} — ${g.description}` : g.name,
                }))}
                value={choice}
                onChange={setChoice}
                w={320}
                searchable
                data-testid="add-security-group"
              />
              <Button
                leftSection={<IconPlus size={16} />}
                disabled={!choice}
                loading={pending(pendingKey('addSecurityGroup', server.id))}
                onClick={async () => {
                  if (!choice) return;
                  try {
                    const result = await perform(
                      'addSecurityGroup',
                      { server },
                      { name: choice },
                      { subject: choice },
                    );
                    if (result) setChoice(null);
                  } catch {
                    // shown by the notification
                  }
                }}
              >
                {t('instance.detail.addGroup')}
              </Button>
            </Group>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}

export function VolumesSection({
  scope,
  server,
  perform,
}: {
  scope: ApiScope;
  server: Server;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const denial = useDenialText();
  const pending = usePending();
  const volumes = useQuery(volumesQuery(scope));
  // While one of its volumes attaches or detaches, follow the attachment list too.
  const changing = (volumes.data ?? []).some(
    (v) => isVolumeTransitional(v.status) && v.attachments.some((a) => a.server_id === server.id),
  );
  const attachments = useQuery({
    ...volumeAttachmentsQuery(scope, server.id),
    refetchInterval: changing ? BUSY_REFRESH_MS : false,
  });
  // When the last attach or detach settles, read the attachments once more (a detach removes one).
  const wasChanging = useRef(false);
  const { refetch } = attachments;
  useEffect(() => {
    if (wasChanging.current && !changing) void refetch();
    wasChanging.current = changing;
  }, [changing, refetch]);
  const [choice, setChoice] = useState<string | null>(null);
  const zone = server['OS-EXT-AZ:availability_zone'];
  const subject = actionSubject(server);
  const attachReason = denial('attachVolume', checkAction('attachVolume', subject));
  const detachReason = denial('detachVolume', checkAction('detachVolume', subject));
  const byId = new Map((volumes.data ?? []).map((v) => [v.id, v] as const));
  const free = (volumes.data ?? []).filter(
    (v) =>
      v.availability_zone === zone &&
      VOLUME_ATTACHABLE_STATUSES.includes(v.status) &&
      v.attachments.length === 0,
  );
  const rows = attachments.data ?? [];

  return (
    <Section title={t('instance.detail.volumes')} testId="instance-volumes">
      <Stack gap="sm">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {attachments.isPending ? t('common.loading') : t('instance.detail.noVolumes')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instance.detail.device')}</Table.Th>
                  <Table.Th>{t('instance.detail.volume')}</Table.Th>
                  <Table.Th>{t('instance.detail.size')}</Table.Th>
                  <Table.Th>{t('instance.detail.volumeType')}</Table.Th>
                  <Table.Th>{t('instance.detail.volumeStatus')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((attachment) => {
                  const volume = byId.get(attachment.volumeId);
                  const label = volume?.name || attachment.volumeId;
                  const root = attachment.device === '/dev/vda';
                  const reason = root ? t('instance.detail.rootNoDetach') : detachReason;
                  const button = (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconUnlink size={14} />}
                      data-disabled={reason ? true : undefined}
                      aria-disabled={reason ? true : undefined}
                      loading={pending(pendingKey('detachVolume', server.id))}
                      aria-label={t('instance.detail.detach', { volume: label })}
                      onClick={(event) => {
                        if (reason) {
                          event.preventDefault();
                          return;
                        }
                        void perform(
                          'detachVolume',
                          { server },
                          { volumeId: attachment.volumeId },
                          { subject: label },
                        ).catch(() => undefined);
                      }}
                    >
                      {t('instance.actions.detachVolume')}
                    </Button>
                  );
                  return (
                    <Table.Tr
                      key={attachment.id}
                      data-testid="attachment-row"
                      data-volume-id={attachment.volumeId}
                    >
                      <Table.Td ff="monospace">{attachment.device}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm">{label}</Text>
                          {root && (
                            <Badge size="sm" variant="default">
                              {t('instance.detail.root')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{volume ? `${volume.size} GB` : '—'}</Table.Td>
                      <Table.Td>{volume?.volume_type ?? '—'}</Table.Td>
                      <Table.Td>{volume?.status ?? '—'}</Table.Td>
                      <Table.Td ta="right">
                        {reason ? (
                          <Tooltip label={reason} withArrow multiline w={260}>
                            {button}
                          </Tooltip>
                        ) : (
                          button
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="xs" align="flex-end">
          <Select
            label={t('instance.detail.chooseVolume', { zone })}
            placeholder={
              volumes.isSuccess && free.length === 0
                ? t('instance.detail.noFreeVolumes', { zone })
                : undefined
            }
            data={free.map((v) => ({
              value: v.id,
              label: `${v.name || v.id} · ${v.size} GB · ${v.volume_type}`,
            }))}
            value={choice}
            onChange={setChoice}
            disabled={Boolean(attachReason) || free.length === 0}
            w={360}
            data-testid="attach-volume"
          />
          <Tooltip label={attachReason} disabled={!attachReason} withArrow multiline w={260}>
            <Button
              leftSection={<IconLink size={16} />}
              data-disabled={attachReason || !choice ? true : undefined}
              aria-disabled={attachReason || !choice ? true : undefined}
              loading={pending(pendingKey('attachVolume', server.id))}
              onClick={async (event) => {
                if (attachReason || !choice) {
                  event.preventDefault();
                  return;
                }
                const volume = byId.get(choice);
                try {
                  const result = await perform(
                    'attachVolume',
                    { server },
                    { volumeId: choice },
                    { subject: volume?.name || choice },
                  );
                  if (result) setChoice(null);
                } catch {
                  // shown by the notification
                }
              }}
            >
              {t('instance.detail.attach')}
            </Button>
          </Tooltip>
        </Group>
      </Stack>
    </Section>
  );
}
