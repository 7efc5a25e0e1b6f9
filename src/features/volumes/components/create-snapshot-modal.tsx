import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import type { CreateSnapshotRequest, Volume } from '../../../domain/block-storage-types';
import {
  checkCreateSnapshot,
  checkSnapshotForm,
  SNAPSHOT_NAME_MAX,
  type SnapshotFormValues,
  snapshotRequestBody,
} from '../../../domain/snapshot-rules';
import { volumeLabel } from '../../../domain/volume-rules';
import { runOnce, useInFlight } from '../../../resources/mutations';
import { snapshotMutations } from '../../../resources/volumes';
import { createSnapshotRequest } from '../requests';
import { RequestDetails } from './request-details';

/**
 * 스냅숏 생성하기 for one volume: a name and a description, the exact request, one request per
 * press. An attached volume is snapshotted only with `force: true`: the form says so, and a
 * second step asks the operator to confirm that data in flight may not be captured.
 */
export function CreateSnapshotModal({
  scope,
  volume,
  serverName,
  onClose,
}: {
  scope: ApiScope;
  /** The volume to snapshot; null when closed. */
  volume: Volume | null;
  serverName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const creating = useInFlight(snapshotMutations.create(scope, volume?.id ?? '').mutationKey);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<SnapshotFormValues>({
    initialValues: { name: '', description: '' },
    validate: (values) =>
      Object.fromEntries(
        checkSnapshotForm(values).map(({ field, max }) => [
          field,
          field === 'name'
            ? t('volumes.snapshots.form.nameTooLong', { max })
            : t('volumes.snapshots.form.descriptionTooLong', { max }),
        ]),
      ),
  });

  const check = volume ? checkCreateSnapshot(volume) : null;
  const force = check?.allowed === true && check.force;
  const name = volume ? volumeLabel(volume) : '';
  const servers = (volume?.attachments ?? []).map((a) => serverName(a.server_id)).join(', ');

  const close = () => {
    form.reset();
    setStep('form');
    setRefusal(null);
    onClose();
  };

  // One request per press (issue 11): a press while this volume's snapshot is being requested
  // sends nothing and shows nothing (src/resources/mutations.ts, runOnce).
  const run = async (body: CreateSnapshotRequest['snapshot']) => {
    const request = runOnce(queryClient, snapshotMutations.create(scope, body.volume_id), body);
    if (!request) return;
    const snapshot = body.name ?? t('volumes.unnamed');
    setRefusal(null);
    try {
      await withProgress(
        {
          pending: {
            title: t('volumes.snapshots.progress.create.pending', { name: snapshot, volume: name }),
          },
          success: {
            title: t('volumes.snapshots.progress.create.success', { name: snapshot, volume: name }),
            message: t('volumes.snapshots.progress.create.successText'),
          },
          failure: {
            title: t('volumes.snapshots.progress.create.failure', { name: snapshot, volume: name }),
          },
          retryLabel: t('volumes.progress.retry'),
        },
        () => request,
        () => void run(body),
      );
      close();
    } catch (error) {
      // The notification says it too; the form keeps what was typed and shows why.
      setRefusal(errorMessage(error));
      setStep('form');
    }
  };

  const body = volume ? snapshotRequestBody(volume.id, form.values, force) : null;

  return (
    <Modal
      opened={volume !== null}
      onClose={close}
      title={
        step === 'confirm'
          ? t('volumes.snapshots.forceConfirm.title', { name })
          : t('volumes.snapshots.form.title', { name })
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {volume && body && (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            // An attached volume: first the confirmation, then the request.
            if (force && step === 'form') {
              setStep('confirm');
              return;
            }
            void run(snapshotRequestBody(volume.id, values, force));
          })}
          data-testid="create-snapshot-form"
        >
          <Stack gap="sm">
            {step === 'form' ? (
              <>
                <TextInput
                  label={t('volumes.snapshots.form.name')}
                  description={t('volumes.snapshots.form.nameHint', { max: SNAPSHOT_NAME_MAX })}
                  autoComplete="off"
                  data-autofocus
                  {...form.getInputProps('name')}
                />
                <Textarea
                  label={t('volumes.snapshots.form.description')}
                  autosize
                  minRows={2}
                  {...form.getInputProps('description')}
                />
                {force && (
                  <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="snapshot-force">
                    {t('volumes.snapshots.form.force', { name, server: servers })}
                  </Alert>
                )}
              </>
            ) : (
              <Text size="sm" data-testid="snapshot-force-confirm">
                {t('volumes.snapshots.forceConfirm.body', { name, server: servers })}
              </Text>
            )}
            {refusal && (
              <Alert
                color="red"
                icon={<IconAlertTriangle />}
                title={t('volumes.snapshots.form.refused')}
                role="alert"
                data-testid="create-snapshot-error"
              >
                {refusal}
              </Alert>
            )}
            <RequestDetails request={createSnapshotRequest(scope, body)} />
            <Group justify="flex-end">
              {step === 'confirm' ? (
                <Button variant="default" onClick={() => setStep('form')}>
                  {t('volumes.snapshots.forceConfirm.back')}
                </Button>
              ) : (
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
              )}
              <Button type="submit" loading={creating}>
                {step === 'confirm'
                  ? t('volumes.snapshots.forceConfirm.confirm')
                  : t('volumes.snapshots.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
