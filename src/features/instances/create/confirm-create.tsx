import { Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { type PreviewRequest, RequestPreview } from '../../../components/request-preview';
import type { SummaryRow } from './summary';

/**
 * Asks before creating: what will be created in words, then the exact request (method, URL, JSON
 * body, copy as curl). Like the shared `confirm`, but wide enough for a create body and with the
 * request always in view.
 */
// The confirm button's test id: a data attribute Mantine's props type does not name, so it is
// passed as a variable (an object literal would be checked for excess properties).
const confirmProps = { 'data-testid': 'confirm-button' };

export function confirmCreate({
  request,
  name,
  count,
  summary,
}: {
  request: PreviewRequest;
  name: string;
  count: number;
  summary: SummaryRow[];
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
      // A double press on "Review and create" must not close what its first press opened.
      closeOnClickOutside: false,
      children: (
        <Stack gap="sm" data-testid="create-confirm">
          <Text size="sm">{i18next.t('createInstance.submit.confirmText', { count })}</Text>
          <Table
            withTableBorder
            verticalSpacing={4}
            fz="sm"
            data-testid="create-summary"
            aria-label={i18next.t('createInstance.submit.summary')}
          >
            <Table.Tbody>
              {summary.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" w="30%" fw={500}>
                    {row.label}
                  </Table.Th>
                  <Table.Td>{row.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <RequestPreview request={request} />
        </Stack>
      ),
      labels: {
        confirm: i18next.t('createInstance.submit.confirm'),
        cancel: i18next.t('common.cancel'),
      },
      confirmProps,
      onConfirm: () => finish(true),
      onCancel: () => finish(false),
      onClose: () => finish(false),
    });
  });
}
