import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import { serverStatusLabel } from '../../../components/status-badge';
import type { Volume } from '../../../domain/block-storage-types';
import { attachTargets, volumeLabel } from '../../../domain/volume-rules';
import { runOnce, useInFlight } from '../../../resources/mutations';
import { serversCollectionQuery } from '../../../resources/server-collection-query';
import { volumeMutations } from '../../../resources/volumes';
import { attachVolumeRequest } from '../requests';
import { RequestDetails } from './request-details';

/** Attach a volume to an instance of its availability zone whose status allows it. */
export function AttachVolumeModal({
  scope,
  volume,
  onClose,
}: {
  scope: ApiScope;
  volume: Volume | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const servers = useQuery({ ...serversCollectionQuery(scope), enabled: volume !== null });
  // A region of thousands is read in the background (issue 10): until it is all in, an instance
  // not offered may simply not be read yet — say so, and never that none can take the volume.
  const complete = servers.data?.complete ?? false;
  const queryClient = useQueryClient();
  const attaching = useInFlight(volumeMutations.attach(scope, volume?.id ?? '').mutationKey);
  const [serverId, setServerId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const targets = volume
    ? attachTargets(volume, servers.data?.servers ?? [])
    : { allowed: [], blocked: [] };
  const statusLabel = (status: string) => serverStatusLabel(t, status);
  const chosen = targets.allowed.find((server) => server.id === serverId) ?? null;

  const close = () => {
    setServerId(null);
    setRefusal(null);
    onClose();
  };

  // One request per press (issue 11): a press while this volume's attach is in flight sends
  // nothing and shows nothing (src/resources/mutations.ts, runOnce).
  const run = async (target: { id: string; name: string }, subject: Volume) => {
    const request = runOnce(queryClient, volumeMutations.attach(scope, subject.id), target.id);
    if (!request) return;
    const name = volumeLabel(subject);
    // The device is known only when NHN Cloud answers; the success message reads it then.
    const answer = { device: '' };
    setRefusal(null);
    try {
      await withProgress(
        {
          pending: { title: t('volumes.progress.attach.pending', { name, server: target.name }) },
          success: {
            title: t('volumes.progress.attach.success', { name, server: target.name }),
            message: <DeviceNote answer={answer} />,
          },
          failure: { title: t('volumes.progress.attach.failure', { name, server: target.name }) },
          retryLabel: t('volumes.progress.retry'),
        },
        async () => {
          const attachment = await request;
          answer.device = attachment?.device ?? '';
          return attachment;
        },
        () => void run(target, subject),
      );
      close();
    } catch (error) {
      setRefusal(errorMessage(error));
    }
  };

  const name = volume ? volumeLabel(volume) : '';
  const zone = volume?.availability_zone ?? '';

  return (
    <Modal
      opened={volume !== null}
      onClose={close}
      title={t('volumes.attachForm.title', { name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {volume && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) void run({ id: chosen.id, name: chosen.name }, volume);
          }}
          data-testid="attach-volume-form"
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('volumes.attachForm.volume', { name, size: volume.size, zone })}
            </Text>
            {servers.isError ? (
              <Alert color="red" icon={<IconAlertTriangle />} role="alert">
                {t('volumes.attachForm.instancesFailed')} {errorMessage(servers.error)}
              </Alert>
            ) : (
              <Select
                label={t('volumes.attachForm.instance')}
                placeholder={t('volumes.attachForm.instancePlaceholder')}
                description={t('volumes.attachForm.instanceHint', { zone })}
                data={targets.allowed.map((server) => ({
                  value: server.id,
                  label: `${server.name} · ${statusLabel(server.status)}`,
                }))}
                value={serverId}
                onChange={setServerId}
                searchable
                required
                disabled={servers.isPending}
                nothingFoundMessage={
                  complete
                    ? t('volumes.attachForm.noTargets', { zone })
                    : t('volumes.attachForm.stillLoading', {
                        count: servers.data?.servers.length ?? 0,
                      })
                }
                data-autofocus
              />
            )}
            {servers.data && !complete && (
              <Text size="sm" c="dimmed" role="status" data-testid="attach-still-loading">
                {t('volumes.attachForm.stillLoading', { count: servers.data.servers.length })}
              </Text>
            )}
            {complete && targets.allowed.length === 0 && (
              <Text size="sm" role="status">
                {t('volumes.attachForm.noTargets', { zone })}
              </Text>
            )}
            {targets.blocked.length > 0 && (
              <Text size="sm" c="dimmed" data-testid="attach-blocked">
                {t('volumes.attachForm.blocked', {
                  list: targets.blocked
                    .map(({ server }) =>
                      t('volumes.attachForm.blockedItem', {
                        name: server.name,
                        status: statusLabel(server.status),
                      }),
                    )
                    .join(', '),
                })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('volumes.attachForm.device')}
            </Text>
            {refusal && (
              <Alert
                color="red"
                icon={<IconAlertTriangle />}
                title={t('volumes.attachForm.refused')}
                role="alert"
              >
                {refusal}
              </Alert>
            )}
            {chosen && (
              <RequestDetails request={attachVolumeRequest(scope, chosen.id, volume.id)} />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!chosen} loading={attaching}>
                {t('volumes.attachForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function DeviceNote({ answer }: { answer: { device: string } }) {
  const { t } = useTranslation();
  return answer.device ? t('volumes.progress.attach.successText', { device: answer.device }) : null;
}
