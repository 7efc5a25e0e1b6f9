import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../../components/icons';
import { preferredVolumeType } from '../../../domain/root-volume';
import { VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from '../../../domain/volume';
import { type CreateInstanceFormValues, newExtraVolumeRow } from './create-form';
import { EncryptionFields } from './encryption-fields';

/**
 * Empty volumes made and attached with the instance: `source_type: blank`, boot_index 1, 2, …
 * after the root (current guide, 인스턴스 생성하기). Each row's size and type are checked by the
 * create rules (bdm.volumeSize, bdm.volumeType), whose messages land on the row.
 */
export function ExtraVolumesEditor({
  form,
  volumeTypes,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  /** Names from Block Storage's `GET /types`. */
  volumeTypes: readonly string[];
}) {
  const { t } = useTranslation();
  const rows = form.values.extraVolumes;
  const defaultType = preferredVolumeType(volumeTypes);
  return (
    <Stack gap="xs" data-testid="extra-volumes">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('createInstance.extraVolumes.empty')}
        </Text>
      )}
      {rows.map((row, i) => {
        const index = i + 1;
        return (
          <Paper
            key={row.id}
            withBorder
            p="sm"
            component="fieldset"
            m={0}
            aria-label={t('createInstance.extraVolumes.row', { index })}
            data-testid={`extra-volume-${index}`}
          >
            <Stack gap="xs">
              <Group align="flex-start" gap="md" wrap="wrap">
                <NumberInput
                  label={t('createInstance.extraVolumes.sizeOf', { index })}
                  min={VOLUME_SIZE_MIN_GB}
                  max={VOLUME_SIZE_MAX_GB}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  withAsterisk
                  w={220}
                  {...form.getInputProps(`extraVolumes.${i}.sizeGb`)}
                />
                <Select
                  label={t('createInstance.extraVolumes.typeOf', { index })}
                  data={[...volumeTypes]}
                  allowDeselect={false}
                  w={240}
                  {...form.getInputProps(`extraVolumes.${i}.volumeType`)}
                />
                <Checkbox
                  mt={30}
                  label={t('createInstance.extraVolumes.deleteOf', { index })}
                  {...form.getInputProps(`extraVolumes.${i}.deleteOnTermination`, {
                    type: 'checkbox',
                  })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mt={24}
                  ml="auto"
                  aria-label={t('createInstance.extraVolumes.remove', { index })}
                  onClick={() => form.removeListItem('extraVolumes', i)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <EncryptionFields
                form={form}
                prefix={`extraVolumes.${i}`}
                volumeType={row.volumeType}
                row={index}
              />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('extraVolumes', newExtraVolumeRow(defaultType))}
        >
          {t('createInstance.extraVolumes.add')}
        </Button>
      </Group>
    </Stack>
  );
}
