import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import type { CreateVolumeRequest } from '../../../domain/block-storage-types';
import {
  checkVolumeSize,
  VOLUME_NAME_MAX,
  VOLUME_SIZE_MAX_GB,
  VOLUME_SIZE_MIN_GB,
} from '../../../domain/volume';
import { availabilityZonesQuery } from '../../network/queries';
import { useCreateVolume, volumeTypesQuery } from '../queries';
import { createVolumeRequest } from '../requests';
import { useSingleFlight } from '../single-flight';
import { RequestDetails } from './request-details';

/** The types a volume can be created with here; the encrypted ones need a Key Manager key. */
export const CREATABLE_VOLUME_TYPES = ['General HDD', 'General SSD'] as const;
const DEFAULT_TYPE = 'General HDD';

interface FormValues {
  name: string;
  description: string;
  size: number | string;
  type: string;
  zone: string;
}

export function volumeBody(values: FormValues): CreateVolumeRequest['volume'] {
  const name = values.name.trim();
  const description = values.description.trim();
  return {
    size: typeof values.size === 'number' ? values.size : Number(values.size),
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    availability_zone: values.zone,
    volume_type: values.type,
  };
}

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
  const types = useQuery({ ...volumeTypesQuery(scope), enabled: opened });
  const create = useCreateVolume(scope);
  const [refusal, setRefusal] = useState<string | null>(null);

  const zoneNames = (zones.data ?? [])
    .filter((zone) => zone.zoneState.available)
    .map((zone) => zone.zoneName)
    .sort();
  const typeNames = (types.data ?? [])
    .map((type) => type.name)
    .filter((name) => (CREATABLE_VOLUME_TYPES as readonly string[]).includes(name));

  const form = useForm<FormValues>({
    initialValues: { name: '', description: '', size: 10, type: DEFAULT_TYPE, zone: '' },
    validate: {
      name: (value) =>
        value.trim().length > VOLUME_NAME_MAX
          ? t('volumes.createForm.nameTooLong', { max: VOLUME_NAME_MAX })
          : null,
      size: (value) => {
        if (value === '' || value === null || value === undefined) {
          return t('volumes.createForm.sizeRequired');
        }
        const problem = checkVolumeSize(Number(value));
        if (problem === 'notInteger') return t('volumes.createForm.sizeNotInteger');
        if (problem) {
          return t('volumes.createForm.sizeOutOfRange', {
            min: VOLUME_SIZE_MIN_GB,
            max: VOLUME_SIZE_MAX_GB,
          });
        }
        return null;
      },
      zone: (value) => (value ? null : t('volumes.createForm.zoneRequired')),
    },
  });

  // Preselect a zone once the zones are known (the one the page filters on, else the first).
  const { setFieldValue } = form;
  const zoneValue = form.values.zone;
  const firstZone = zoneNames[0];
  const preferred = defaultZone && zoneNames.includes(defaultZone) ? defaultZone : firstZone;
  useEffect(() => {
    if (opened && !zoneValue && preferred) setFieldValue('zone', preferred);
  }, [opened, zoneValue, preferred, setFieldValue]);

  const close = () => {
    form.reset();
    setRefusal(null);
    create.reset();
    onClose();
  };

  const run = useSingleFlight(async (body: CreateVolumeRequest['volume']) => {
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
        () => create.mutateAsync(body),
        () => void run(body),
      );
      close();
    } catch (error) {
      // The notification says it too; the form keeps what was typed and shows why.
      setRefusal(errorMessage(error));
    }
  });

  const body = volumeBody(form.values);
  const typeOptions = typeNames.length > 0 ? typeNames : [...CREATABLE_VOLUME_TYPES];

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
        onSubmit={form.onSubmit((values) => {
          void run(volumeBody(values));
        })}
        data-testid="create-volume-form"
      >
        <Stack gap="sm">
          <TextInput
            label={t('volumes.createForm.name')}
            description={t('volumes.createForm.nameHint', { max: VOLUME_NAME_MAX })}
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('volumes.createForm.size')}
            description={t('volumes.createForm.sizeHint', {
              min: VOLUME_SIZE_MIN_GB,
              max: VOLUME_SIZE_MAX_GB,
            })}
            required
            min={VOLUME_SIZE_MIN_GB}
            max={VOLUME_SIZE_MAX_GB}
            // Out-of-range values stay as typed and get a message instead of being changed silently.
            clampBehavior="none"
            allowNegative={false}
            step={10}
            {...form.getInputProps('size')}
          />
          <Group grow align="flex-start">
            <Select
              label={t('volumes.createForm.type')}
              description={t('volumes.createForm.typeHint')}
              data={typeOptions}
              allowDeselect={false}
              required
              {...form.getInputProps('type')}
            />
            <Select
              label={t('volumes.createForm.zone')}
              description={t('volumes.createForm.zoneHint')}
              data={zoneNames}
              allowDeselect={false}
              required
              disabled={zones.isPending}
              {...form.getInputProps('zone')}
            />
          </Group>
          <Textarea
            label={t('volumes.createForm.description')}
            autosize
            minRows={2}
            maxLength={255}
            {...form.getInputProps('description')}
          />
          {zones.isError && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {errorMessage(zones.error)}
            </Alert>
          )}
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
          <RequestDetails request={createVolumeRequest(scope, body)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('volumes.createForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
