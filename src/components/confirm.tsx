/**
 * Confirmations as promises: `confirm` asks once; `confirmByTyping` asks the operator to type
 * the resource's name (a delete that cannot be undone). Both may show the request they lead to.
 */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { type ReactNode, useState } from 'react';
import { type PreviewRequest, RequestPreview } from './request-preview';

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  requests?: PreviewRequest[];
}

function RequestList({ requests }: { requests?: PreviewRequest[] }) {
  if (!requests || requests.length === 0) return null;
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>
        <Text span size="sm">
          {i18next.t('request.show')}
        </Text>
      </summary>
      <Stack gap="sm" mt="xs">
        {requests.slice(0, 5).map((request) => (
          <RequestPreview key={`${request.method} ${request.path}`} request={request} />
        ))}
        {requests.length > 5 && (
          <Text size="xs" c="dimmed">
            {i18next.t('request.more', { count: requests.length - 5 })}
          </Text>
        )}
      </Stack>
    </details>
  );
}

export function confirm(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: options.title,
      children: (
        <Stack gap="sm">
          {typeof options.body === 'string' ? <Text size="sm">{options.body}</Text> : options.body}
          <RequestList requests={options.requests} />
        </Stack>
      ),
      labels: { confirm: options.confirmLabel, cancel: i18next.t('common.cancel') },
      confirmProps: {
        color: options.danger ? 'red' : undefined,
        'data-testid': 'confirm-button',
      },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}

function TypeToConfirm({
  name,
  body,
  confirmLabel,
  requests,
  onDone,
}: {
  name: string;
  body: ReactNode;
  confirmLabel: string;
  requests?: PreviewRequest[];
  onDone: (confirmed: boolean) => void;
}) {
  const [typed, setTyped] = useState('');
  const matches = typed === name;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (matches) onDone(true);
      }}
    >
      <Stack gap="sm">
        {typeof body === 'string' ? <Text size="sm">{body}</Text> : body}
        <TextInput
          label={i18next.t('confirm.typeName', { name })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
          data-testid="type-to-confirm"
        />
        <RequestList requests={requests} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(false)}>
            {i18next.t('common.cancel')}
          </Button>
          <Button type="submit" color="red" disabled={!matches} data-testid="confirm-button">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function confirmByTyping(options: ConfirmOptions & { name: string }): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: boolean) => {
      if (settled) return;
      settled = true;
      modals.close(id);
      resolve(value);
    };
    const id = modals.open({
      title: options.title,
      onClose: () => finish(false),
      children: (
        <TypeToConfirm
          name={options.name}
          body={options.body}
          confirmLabel={options.confirmLabel}
          requests={options.requests}
          onDone={finish}
        />
      ),
    });
  });
}
