/** User data: the script, its size as sent (base64) against the limit, checked as it is typed. */
import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CREATE_LIMITS, encodedUserDataBytes } from '../../../domain/create-server-rules';
import { formatNumber } from '../../../i18n';
import type { CreateInstanceFormValues } from './create-form';

export function UserDataField({ form }: { form: UseFormReturnType<CreateInstanceFormValues> }) {
  const { t } = useTranslation();
  const bytes = encodedUserDataBytes(form.values.userData);
  const size = { size: formatNumber(bytes), max: formatNumber(CREATE_LIMITS.userDataMaxBytes) };
  const error =
    form.errors.userData ??
    (bytes > CREATE_LIMITS.userDataMaxBytes
      ? t('createInstance.violations.userData.tooLarge', size)
      : undefined);
  return (
    <Textarea
      label={t('createInstance.userData.label')}
      placeholder={t('createInstance.userData.placeholder')}
      description={
        <span data-testid="user-data-size">{t('createInstance.userData.size', size)}</span>
      }
      autosize
      minRows={4}
      maxRows={16}
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      {...form.getInputProps('userData')}
      error={error}
    />
  );
}
