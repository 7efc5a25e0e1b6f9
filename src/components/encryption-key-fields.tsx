import { Group, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isEncryptedVolumeType } from '../domain/create-server-rules';
import { IconKey } from './icons';

/**
 * The Secure Key Manager key of an encrypted volume type (`nhn_encryption`: skm_appkey and
 * skm_key_id; current guides 인스턴스 생성하기, 블록 스토리지 생성하기), shown only when such a
 * type is chosen; both are required. Used by every form that makes a volume; each passes its own
 * form's input props. `row` numbers the volume when a form has several.
 */
export function EncryptionKeyFields({
  volumeType,
  appKey,
  keyId,
  row,
  testId,
}: {
  volumeType: string;
  appKey: GetInputPropsReturnType;
  keyId: GetInputPropsReturnType;
  /** 1-based number of the volume, when the form has several. */
  row?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!isEncryptedVolumeType(volumeType)) return null;
  return (
    <Stack gap={6} data-testid={testId}>
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
          {...appKey}
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
          {...keyId}
        />
      </Group>
    </Stack>
  );
}
