import { ActionIcon, Group, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconPencil, IconX } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import { renameError } from '../actions/rename-error';
import type { Perform } from '../actions/use-instance-actions';

/** The instance's name as the page title, renamable in place (PUT /servers/{id}). */
export function RenameTitle({ server, perform }: { server: Server; perform: Perform }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(server.name);
  const [busy, setBusy] = useState(false);
  const error = renameError(t, name);

  if (!editing) {
    return (
      <Group gap={6} wrap="nowrap">
        <Title order={1} size="h2" style={{ wordBreak: 'break-all' }}>
          {server.name}
        </Title>
        <Tooltip label={t('instanceDetail.rename.edit')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('instanceDetail.rename.edit')}
            onClick={() => {
              setName(server.name);
              setEditing(true);
            }}
          >
            <IconPencil size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }

  const save = async () => {
    if (error) return;
    if (name.trim() === server.name) {
      setEditing(false);
      return;
    }
    setBusy(true);
    try {
      const result = await perform(
        'rename',
        { server },
        { name: name.trim() },
        { confirmed: true },
      );
      if (result) setEditing(false);
    } catch {
      // The notification shows what NHN Cloud said; the field stays open.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Group gap={6} align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={t('instanceDetail.rename.label')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
          error={error}
          size="md"
          w={360}
          autoFocus
        />
        <ActionIcon
          type="submit"
          size={42}
          variant="filled"
          aria-label={t('instanceDetail.rename.save')}
          loading={busy}
          disabled={Boolean(error)}
        >
          <IconCheck size={18} />
        </ActionIcon>
        <ActionIcon
          size={42}
          variant="default"
          aria-label={t('instanceDetail.rename.cancel')}
          onClick={() => setEditing(false)}
        >
          <IconX size={18} />
        </ActionIcon>
      </Group>
    </form>
  );
}
