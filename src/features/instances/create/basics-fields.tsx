/** The form's basics: the name (Windows takes fewer characters) and how many instances. */
import { Group, NumberInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CREATE_LIMITS } from '../../../domain/create-server-rules';
import { type CreateInstanceFormValues, countOf } from './create-form';

export function BasicsFields({
  form,
  windows,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  /** The boot source is a Windows image: its name limit applies. */
  windows: boolean;
}) {
  const { t } = useTranslation();
  const values = form.values;
  const count = countOf(values);
  return (
    <>
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          label={t('createInstance.name.label')}
          placeholder={t('createInstance.name.placeholder')}
          description={
            windows
              ? t('createInstance.name.windowsDescription', {
                  max: CREATE_LIMITS.windowsNameMax,
                })
              : t('createInstance.name.description', { max: CREATE_LIMITS.nameMax })
          }
          withAsterisk
          autoComplete="off"
          style={{ flex: 1, minWidth: 260 }}
          {...form.getInputProps('name')}
        />
        <NumberInput
          label={t('createInstance.count.label')}
          description={
            values.bootSource === 'volume'
              ? t('createInstance.count.fixedByVolume')
              : t('createInstance.count.description', { max: CREATE_LIMITS.maxCount })
          }
          min={1}
          max={CREATE_LIMITS.maxCount}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          w={260}
          {...form.getInputProps('count')}
          disabled={values.bootSource === 'volume'}
        />
      </Group>
      {Number.isInteger(count) && count > 1 && values.name.trim() !== '' && (
        <Text size="sm" c="dimmed" data-testid="count-hint">
          {t('createInstance.count.several', { name: values.name })}
        </Text>
      )}
    </>
  );
}
