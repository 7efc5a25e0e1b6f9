/**
 * The details page's volumes: the attachments (os-volume_attachments) with their volumes, a
 * detach button on each but the root, and a choice of the free volumes of the server's zone to
 * attach.
 */
import { Badge, Button, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconLink, IconUnlink } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import { checkAction } from '../../../domain/server-actions';
import { BUSY_REFRESH_MS } from '../../../resources/refresh-intervals';
import { volumeAttachmentsQuery } from '../../../resources/servers';
import { volumesQuery } from '../../../resources/volumes';
import { useDenialText } from '../actions/denial';
import { pendingKey, usePending } from '../actions/in-flight';
import type { useInstanceActions } from '../actions/use-instance-actions';
import { attachableVolumes, attachmentRows, attachmentsChanging } from '../detail-view';
import { actionSubject } from '../server-facts';
import { Section } from './section';

type Perform = ReturnType<typeof useInstanceActions>['perform'];

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
  const changing = attachmentsChanging(volumes.data, server.id);
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
  const free = attachableVolumes(volumes.data, zone);
  const rows = attachmentRows(attachments.data ?? [], byId);

  return (
    <Section title={t('instanceDetail.detail.volumes')} testId="instance-volumes">
      <Stack gap="sm">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {attachments.isPending ? t('common.loading') : t('instanceDetail.detail.noVolumes')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instanceDetail.detail.device')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.volume')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.size')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.volumeType')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.volumeStatus')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ attachment, volume, label, root }) => {
                  const reason = root ? t('instanceDetail.detail.rootNoDetach') : detachReason;
                  const button = (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconUnlink size={14} />}
                      data-disabled={reason ? true : undefined}
                      aria-disabled={reason ? true : undefined}
                      loading={pending(pendingKey('detachVolume', server.id))}
                      aria-label={t('instanceDetail.detail.detach', { volume: label })}
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
                      {t('instanceDetail.actions.detachVolume')}
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
                              {t('instanceDetail.detail.root')}
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
            label={t('instanceDetail.detail.chooseVolume', { zone })}
            placeholder={
              volumes.isSuccess && free.length === 0
                ? t('instanceDetail.detail.noFreeVolumes', { zone })
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
              {t('instanceDetail.detail.attach')}
            </Button>
          </Tooltip>
        </Group>
      </Stack>
    </Section>
  );
}
