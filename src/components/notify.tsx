/**
 * Notifications that update in place: "in progress" becomes "done", or "failed" with what NHN
 * Cloud said and a retry.
 */
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { isApiError, writeOutcome } from '../api/api-error';
import { IconCheck, IconX } from './icons';

let counter = 0;

export interface ProgressMessages {
  pending: { title: string; message?: ReactNode };
  success: { title: string; message?: ReactNode };
  failure: { title: string };
  /** When no answer came (timeout, network, 5xx): the change may have happened (issue 12). */
  unknown?: { title: string };
  retryLabel: string;
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `task` with one notification that follows it; `retry` runs the whole thing again. */
export async function withProgress<T>(
  messages: ProgressMessages,
  task: () => Promise<T>,
  retry?: () => void,
): Promise<T> {
  counter += 1;
  const id = `task-${Date.now()}-${counter}`;
  notifications.show({
    id,
    loading: true,
    title: messages.pending.title,
    message: messages.pending.message ?? '',
    autoClose: false,
    withCloseButton: false,
  });
  try {
    const result = await task();
    notifications.update({
      id,
      loading: false,
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: messages.success.title,
      message: messages.success.message ?? '',
      autoClose: 5000,
      withCloseButton: true,
      closeButtonProps: { 'aria-label': i18next.t('common.close') },
    });
    return result;
  } catch (error) {
    // Only a refusal means nothing happened; without a clear answer the notification says so.
    const unknown = writeOutcome(error) === 'unknown';
    notifications.update({
      id,
      loading: false,
      color: unknown ? 'yellow' : 'red',
      icon: <IconX size={18} />,
      title: unknown
        ? (messages.unknown?.title ?? i18next.t('request.unknownTitle'))
        : messages.failure.title,
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm" data-testid="notification-error">
            {errorMessage(error)}
          </Text>
          {unknown && <Text size="sm">{i18next.t('request.unknownHint')}</Text>}
          {isApiError(error) && (
            <Text size="xs" c="dimmed">
              {error.status || error.kind} {error.code}
            </Text>
          )}
          {retry && (
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              onClick={() => {
                notifications.hide(id);
                retry();
              }}
            >
              {messages.retryLabel}
            </Button>
          )}
        </Stack>
      ),
      autoClose: false,
      withCloseButton: true,
      closeButtonProps: { 'aria-label': i18next.t('common.close') },
    });
    throw error;
  }
}
