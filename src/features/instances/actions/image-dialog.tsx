/** Create image: a name and optional metadata (image-request.ts), the request, then its progress. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { IconPlus, IconTrash } from '../../../components/icons';
import { RequestPreview } from '../../../components/request-preview';
import {
  imageIdOf,
  imageNameProblem,
  imageParams,
  type MetaRow,
  metadataTooLong,
} from './image-request';
import { ImageRequested } from './image-requested';
import type { ActionDialogProps, ActionTarget, Perform } from './use-instance-actions';

function CreateImageDialog({ scope, target, perform, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const { server } = target;
  const [name, setName] = useState(`${server.name}-image`);
  const [rows, setRows] = useState<MetaRow[]>([]);
  const [busy, setBusy] = useState(false);
  const problem = imageNameProblem(name);
  const nameError =
    problem === 'required'
      ? t('instanceDetail.image.nameRequired')
      : problem === 'tooLong'
        ? t('instanceDetail.image.nameTooLong')
        : null;
  const metaError = metadataTooLong(rows) ? t('instanceDetail.image.metaTooLong') : null;
  const params = imageParams(name, rows);
  const setRow = (index: number, change: Partial<MetaRow>) =>
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('instanceDetail.image.hint')}
      </Text>
      <TextInput
        label={t('instanceDetail.image.name')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={nameError}
        required
        data-autofocus
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('instanceDetail.image.metadata')}
        </Text>
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`${t('instanceDetail.image.key')} ${index + 1}`}
              placeholder={t('instanceDetail.image.key')}
              value={row.key}
              onChange={(event) => setRow(index, { key: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <TextInput
              aria-label={`${t('instanceDetail.image.value')} ${index + 1}`}
              placeholder={t('instanceDetail.image.value')}
              value={row.value}
              onChange={(event) => setRow(index, { value: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={`${t('instanceDetail.image.removeMeta')} ${index + 1}`}
              onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {metaError && (
          <Text size="sm" c="red">
            {metaError}
          </Text>
        )}
        <div>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRows((all) => [...all, { key: '', value: '' }])}
          >
            {t('instanceDetail.image.addMeta')}
          </Button>
        </div>
      </Stack>
      {!nameError && (
        <RequestPreview request={describeServerAction(scope, 'createImage', server.id, params)} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={Boolean(nameError || metaError)}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const result = await perform('createImage', target, params, { confirmed: true });
              if (!result) return;
              onClose();
              const imageId = imageIdOf(result.location);
              if (imageId) openImageRequested(scope, imageId, params.name, result.location ?? '');
            } catch {
              // The notification says what failed; the dialog stays for another try.
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('instanceDetail.image.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

// Modal titles are set when the modal opens, outside React: the global i18n instance.

function openImageRequested(scope: ApiScope, imageId: string, name: string, location: string) {
  modals.open({
    title: <Text fw={600}>{i18next.t('instanceDetail.image.createdTitle')}</Text>,
    children: <ImageRequested scope={scope} imageId={imageId} name={name} location={location} />,
  });
}

export function openCreateImageDialog(scope: ApiScope, target: ActionTarget, perform: Perform) {
  const id = modals.open({
    title: (
      <Text fw={600}>{i18next.t('instanceDetail.image.title', { name: target.server.name })}</Text>
    ),
    size: 'lg',
    children: (
      <CreateImageDialog
        scope={scope}
        target={target}
        perform={perform}
        onClose={() => modals.close(id)}
      />
    ),
  });
}
