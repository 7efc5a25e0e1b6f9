/** Rename from the row menu: the new name, checked as the create form checks it, and its request. */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { RequestPreview } from '../../../components/request-preview';
import { renameError } from './rename-error';
import type { ActionDialogProps, ActionTarget, Perform } from './use-instance-actions';

function RenameDialog({ scope, target, perform, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(target.server.name);
  const [busy, setBusy] = useState(false);
  const error = renameError(t, name);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (error) return;
        setBusy(true);
        try {
          const result = await perform(
            'rename',
            target,
            { name: name.trim() },
            { confirmed: true },
          );
          if (result) onClose();
        } catch {
          // shown by the notification
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('instanceDetail.rename.label')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
        />
        {!error && (
          <RequestPreview
            request={describeServerAction(scope, 'rename', target.server.id, { name: name.trim() })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={Boolean(error) || name.trim() === target.server.name}
            loading={busy}
          >
            {t('instanceDetail.rename.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function openRenameDialog(scope: ApiScope, target: ActionTarget, perform: Perform) {
  // Modal titles are set when the modal opens, outside React: the global i18n instance.
  const id = modals.open({
    title: <Text fw={600}>{i18next.t('instanceDetail.rename.edit')}</Text>,
    children: (
      <RenameDialog
        scope={scope}
        target={target}
        perform={perform}
        onClose={() => modals.close(id)}
      />
    ),
  });
}
