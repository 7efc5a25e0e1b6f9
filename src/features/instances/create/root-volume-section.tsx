import { Alert, Checkbox, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IconInfoCircle } from '../../../components/icons';
import { CREATE_LIMITS, type ImageFacts } from '../../../domain/create-server-rules';
import { volumeLabel } from './boot-source';
import {
  type CreateInstanceFormValues,
  hasLocalRoot,
  type Lookups,
  minimumRootGb,
} from './create-form';
import { EncryptionFields } from './encryption-fields';

/**
 * The root block device as the boot source and flavor make it: the flavor's local disk (GPU and
 * U2 from an image, its size from the flavor, not asked), an existing volume used as it is, or a
 * new volume (an image or snapshot root) whose size, type and fate the operator chooses.
 */
export function RootVolumeSection({
  form,
  lookups,
  facts,
  volumeTypes,
  onSizeChange,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  lookups: Lookups;
  facts: ImageFacts | null;
  /** Names from Block Storage's `GET /types`, once known. */
  volumeTypes: readonly string[] | undefined;
  onSizeChange: (size: number | string) => void;
}) {
  const { t } = useTranslation();
  const values = form.values;
  const { flavor, volume, snapshot } = lookups;

  if (values.bootSource === 'volume') {
    return (
      <Text size="sm" c={volume ? undefined : 'dimmed'} data-testid="root-existing">
        {volume
          ? t('createInstance.rootVolume.existing', {
              name: volumeLabel(volume),
              size: volume.size,
              type: volume.volume_type,
            })
          : t('createInstance.rootVolume.chooseVolume')}
      </Text>
    );
  }
  if (!flavor && values.bootSource === 'image') {
    return (
      <Text size="sm" c="dimmed">
        {t('createInstance.rootVolume.chooseFlavor')}
      </Text>
    );
  }
  if (flavor && hasLocalRoot(values, flavor)) {
    return (
      <Alert variant="default" icon={<IconInfoCircle />} data-testid="local-root-disk">
        <Text size="sm">
          {t('createInstance.rootVolume.localDisk', { flavor: flavor.name, size: flavor.disk })}
        </Text>
      </Alert>
    );
  }

  const snapshotGb = values.bootSource === 'snapshot' ? (snapshot?.size ?? 0) : 0;
  const minRoot = minimumRootGb(facts, snapshotGb);
  const sizeHint =
    values.bootSource === 'snapshot' && snapshot
      ? t('createInstance.rootVolume.sizeHintSnapshot', {
          min: minRoot,
          snapshot: snapshot.size,
          max: CREATE_LIMITS.maxRootGb,
        })
      : facts
        ? t('createInstance.rootVolume.sizeHint', { min: minRoot, max: CREATE_LIMITS.maxRootGb })
        : t('createInstance.rootVolume.sizeHintNoImage', {
            linux: CREATE_LIMITS.linuxMinRootGb,
            windows: CREATE_LIMITS.windowsMinRootGb,
          });

  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="md" wrap="wrap">
        <NumberInput
          label={t('createInstance.rootVolume.size')}
          description={sizeHint}
          withAsterisk
          min={minRoot}
          max={CREATE_LIMITS.maxRootGb}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          w={300}
          {...form.getInputProps('rootVolume.sizeGb')}
          onChange={onSizeChange}
        />
        <Radio.Group
          label={t('createInstance.rootVolume.type')}
          description={t('createInstance.rootVolume.typeHint')}
          {...form.getInputProps('rootVolume.volumeType')}
        >
          <Group gap="lg" mt={10}>
            {(volumeTypes ?? []).map((type) => (
              <Radio key={type} value={type} label={type} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
      <EncryptionFields form={form} prefix="rootVolume" volumeType={values.rootVolume.volumeType} />
      <Checkbox
        label={t('createInstance.rootVolume.deleteOnTermination')}
        description={t('createInstance.rootVolume.deleteOnTerminationHint')}
        {...form.getInputProps('rootVolume.deleteOnTermination', { type: 'checkbox' })}
      />
    </Stack>
  );
}
