import { Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IconKey } from '../../../components/icons';
import { isEncryptedVolumeType } from '../../../domain/create-server-rules';
import type { CreateInstanceFormValues } from './create-form';

/**
 * The Secure Key Manager key of an encrypted volume type (`nhn_encryption`: skm_appkey and
 * skm_key_id, current guide 인스턴스 생성하기), shown only when such a type is chosen; both are
 * required. `row` names an extra volume's fields; without it they are the root's.
 */
export function EncryptionFields({
  form,
  prefix,
  volumeType,
  row,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  /** The form path of the volume: `rootVolume` or `extraVolumes.<i>`. */
  prefix: 'rootVolume' | `extraVolumes.${number}`;
  volumeType: string;
  /** 1-based number of an extra volume. */
  row?: number;
}) {
  const { t } = useTranslation();
  if (!isEncryptedVolumeType(volumeType)) return null;
  return (
    <Stack gap={6} data-testid={`${prefix}-encryption`}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconKey size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm">{t('createInstance.encryption.description', { type: volumeType })}</Text>
      </Group>
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          label={
            row === undefined
              ? t('createInstance.encryption.appKey')
              : t('createInstance.encryption.appKeyOf', { index: row })
          }
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          style={{ flex: 1, minWidth: 240 }}
          {...form.getInputProps(`${prefix}.encryption.appKey`)}
        />
        <TextInput
          label={
            row === undefined
              ? t('createInstance.encryption.keyId')
              : t('createInstance.encryption.keyIdOf', { index: row })
          }
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          style={{ flex: 1, minWidth: 240 }}
          {...form.getInputProps(`${prefix}.encryption.keyId`)}
        />
      </Group>
    </Stack>
  );
}
