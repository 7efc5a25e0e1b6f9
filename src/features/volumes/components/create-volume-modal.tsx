import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { EncryptionKeyFields } from '../../../components/encryption-key-fields';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import type { CreateVolumeRequest } from '../../../domain/block-storage-types';
import { snapshotSources } from '../../../domain/snapshot-rules';
import { VOLUME_NAME_MAX, VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from '../../../domain/volume';
import { runOnce, useInFlight } from '../../../resources/mutations';
import { availabilityZonesQuery } from '../../../resources/network';
import {
  snapshotsQuery,
  volumeMutations,
  volumesQuery,
  volumeTypesQuery,
} from '../../../resources/volumes';
import {
  availableZoneNames,
  type CreateVolumeFormValues,
  checkCreateVolumeForm,
  chosenSource,
  defaultVolumeType,
  initialVolumeFormValues,
  minimumSizeGb,
  preferredZone,
  volumeBody,
} from '../create-volume-form';
import { volumeFormMessage } from '../create-volume-messages';
import { createVolumeRequest } from '../requests';
import { RequestDetails } from './request-details';
import { VolumeSourceFields } from './volume-source-fields';
import { VolumeTypeZoneFields } from './volume-type-zone-fields';

/**
 * 블록 스토리지 생성하기: an empty volume, or one made from a snapshot (at least its size, in its
 * volume's zone, of its volume's type unless another is chosen); the region's types from
 * `GET /types`, with the Secure Key Manager key for an encrypted one. Checked before sending, the
 * exact request shown, one request per press, a refusal shown in the form.
 */
export function CreateVolumeModal({
  scope,
  opened,
  onClose,
  defaultZone,
}: {
  scope: ApiScope;
  opened: boolean;
  onClose: () => void;
  defaultZone?: string;
}) {
  const { t } = useTranslation();
  const zones = useQuery({ ...availabilityZonesQuery(scope), enabled: opened });
  const types = useQuery({
    ...volumeTypesQuery(scope),
    enabled: opened,
    select: (list) => list.map((type) => type.name),
  });
  const snapshots = useQuery({ ...snapshotsQuery(scope), enabled: opened });
  const volumes = useQuery({ ...volumesQuery(scope), enabled: opened });
  const queryClient = useQueryClient();
  const creating = useInFlight(volumeMutations.create(scope).mutationKey);
  const [refusal, setRefusal] = useState<string | null>(null);

  const zoneNames = availableZoneNames(zones.data ?? []);
  const typeNames = types.data;
  const sources = snapshotSources(snapshots.data ?? [], volumes.data ?? []);

  const form = useForm<CreateVolumeFormValues>({
    initialValues: initialVolumeFormValues(),
    validate: (values): FormErrors => {
      const errors: FormErrors = {};
      for (const problem of checkCreateVolumeForm(
        values,
        chosenSource(values, sources),
        typeNames,
      )) {
        errors[problem.field] ??= volumeFormMessage(t, problem, values.type);
      }
      return errors;
    },
  });
  const values = form.values;
  const chosen = chosenSource(values, sources);

  // Preselect a zone once the zones are known (the one the page filters on, else the first).
  const { setFieldValue } = form;
  const zoneValue = values.zone;
  const preferred = preferredZone(zoneNames, defaultZone);
  useEffect(() => {
    if (opened && !zoneValue && preferred) setFieldValue('zone', preferred);
  }, [opened, zoneValue, preferred, setFieldValue]);
  // The default type once the region's types are known (General HDD when it has it).
  const typeValue = values.type;
  useEffect(() => {
    if (!typeNames || typeNames.length === 0 || typeNames.includes(typeValue)) return;
    const fallback = defaultVolumeType(typeNames);
    if (fallback) setFieldValue('type', fallback);
  }, [typeNames, typeValue, setFieldValue]);

  const close = () => {
    form.reset();
    setRefusal(null);
    onClose();
  };

  // One request per press (issue 11): a press while a create is in flight sends nothing and
  // shows nothing (src/resources/mutations.ts, runOnce).
  const run = async (body: CreateVolumeRequest['volume']) => {
    const request = runOnce(queryClient, volumeMutations.create(scope), body);
    if (!request) return;
    const name = body.name ?? t('volumes.unnamed');
    setRefusal(null);
    try {
      await withProgress(
        {
          pending: { title: t('volumes.progress.create.pending', { name }) },
          success: {
            title: t('volumes.progress.create.success', { name }),
            message: t('volumes.progress.create.successText'),
          },
          failure: { title: t('volumes.progress.create.failure', { name }) },
          retryLabel: t('volumes.progress.retry'),
        },
        () => request,
        () => void run(body),
      );
      close();
    } catch (error) {
      // The notification says it too; the form keeps what was typed and shows why.
      setRefusal(errorMessage(error));
    }
  };

  const minimum = minimumSizeGb(chosen);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('volumes.createForm.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((submitted) => {
          void run(volumeBody(submitted, chosenSource(submitted, sources)));
        })}
        data-testid="create-volume-form"
      >
        <Stack gap="sm">
          <VolumeSourceFields
            form={form}
            sources={sources}
            snapshots={snapshots}
            chosen={chosen}
            onSourceChange={(kind) => {
              form.setFieldValue('source', kind);
              if (kind === 'blank') form.setFieldValue('snapshotId', null);
            }}
            onSnapshotChange={(source) => {
              form.setFieldValue('snapshotId', source?.snapshot.id ?? null);
              if (!source) return;
              // A volume from a snapshot starts at its size and its volume's type.
              if (!(Number(form.values.size) >= source.snapshot.size)) {
                form.setFieldValue('size', source.snapshot.size);
              }
              const type = typeNames ? defaultVolumeType(typeNames, source) : undefined;
              if (type) form.setFieldValue('type', type);
            }}
          />
          <TextInput
            label={t('volumes.createForm.name')}
            description={t('volumes.createForm.nameHint', { max: VOLUME_NAME_MAX })}
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('volumes.createForm.size')}
            description={
              chosen
                ? t('volumes.createForm.sizeHintSnapshot', {
                    min: minimum,
                    max: VOLUME_SIZE_MAX_GB,
                  })
                : t('volumes.createForm.sizeHint', {
                    min: VOLUME_SIZE_MIN_GB,
                    max: VOLUME_SIZE_MAX_GB,
                  })
            }
            required
            min={minimum}
            max={VOLUME_SIZE_MAX_GB}
            // Out-of-range values stay as typed and get a message instead of being changed silently.
            clampBehavior="none"
            allowNegative={false}
            step={10}
            {...form.getInputProps('size')}
          />
          <VolumeTypeZoneFields
            form={form}
            chosen={chosen}
            typeNames={typeNames}
            zoneNames={zoneNames}
            zonesPending={zones.isPending}
          />
          <EncryptionKeyFields
            volumeType={values.type}
            testId="volume-encryption"
            appKey={form.getInputProps('encryption.appKey')}
            keyId={form.getInputProps('encryption.keyId')}
          />
          <Textarea
            label={t('volumes.createForm.description')}
            autosize
            minRows={2}
            maxLength={255}
            {...form.getInputProps('description')}
          />
          {[
            zones.isError && errorMessage(zones.error),
            types.isError && `${t('volumes.createForm.typesFailed')} ${errorMessage(types.error)}`,
          ]
            .filter((message): message is string => Boolean(message))
            .map((message) => (
              <Alert key={message} color="red" icon={<IconAlertTriangle />} role="alert">
                {message}
              </Alert>
            ))}
          {refusal && (
            <Alert
              color="red"
              icon={<IconAlertTriangle />}
              title={t('volumes.createForm.refused')}
              role="alert"
              data-testid="create-volume-error"
            >
              {refusal}
            </Alert>
          )}
          <RequestDetails request={createVolumeRequest(scope, volumeBody(values, chosen))} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating}>
              {t('volumes.createForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
