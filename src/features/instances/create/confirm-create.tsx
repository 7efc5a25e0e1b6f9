import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { type PreviewRequest, RequestPreview } from '../../../components/request-preview';

/**
 * Asks before creating, showing the exact request (method, URL, JSON body, copy as curl). Like
 * the shared `confirm`, but wide enough for a create body and with the request always in view.
 */
export function confirmCreate({
  request,
  name,
  count,
}: {
  request: PreviewRequest;
  name: string;
  count: number;
}): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: boolean) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    modals.openConfirmModal({
      title: i18next.t('createInstance.submit.confirmTitle', { count, name }),
      size: 'xl',
      children: (
        <Stack gap="sm" data-testid="create-confirm">
          <Text size="sm">{i18next.t('createInstance.submit.confirmText', { count })}</Text>
          <RequestPreview request={request} />
        </Stack>
      ),
      labels: {
        confirm: i18next.t('createInstance.submit.confirm'),
        cancel: i18next.t('common.cancel'),
      },
      confirmProps: { 'data-testid': 'confirm-button' } as never,
      onConfirm: () => finish(true),
      onCancel: () => finish(false),
      onClose: () => finish(false),
    });
  });
}
