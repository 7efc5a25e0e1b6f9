import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../../components/icons';
import { type CreateInstanceFormValues, newMetadataRow } from './create-form';

/** Key/value rows of `server.metadata`. */
export function MetadataEditor({ form }: { form: UseFormReturnType<CreateInstanceFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.metadata;
  return (
    <Stack gap="xs" data-testid="metadata-editor">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('createInstance.metadata.empty')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t('createInstance.metadata.keyOf', { index: index + 1 })}
            placeholder={t('createInstance.metadata.key')}
            style={{ flex: 1 }}
            autoComplete="off"
            {...form.getInputProps(`metadata.${index}.key`)}
          />
          <TextInput
            aria-label={t('createInstance.metadata.valueOf', { index: index + 1 })}
            placeholder={t('createInstance.metadata.value')}
            style={{ flex: 2 }}
            autoComplete="off"
            {...form.getInputProps(`metadata.${index}.value`)}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={1}
            aria-label={t('createInstance.metadata.remove', { index: index + 1 })}
            onClick={() => form.removeListItem('metadata', index)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('metadata', newMetadataRow())}
        >
          {t('createInstance.metadata.add')}
        </Button>
      </Group>
    </Stack>
  );
}
