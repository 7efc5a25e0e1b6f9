import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PreviewRequest, RequestPreview } from '../../../components/request-preview';

/** The request a form will send, folded under "API request" (as the confirmations show it). */
export function RequestDetails({ request }: { request: PreviewRequest }) {
  const { t } = useTranslation();
  return (
    <details data-testid="request-details">
      <summary style={{ cursor: 'pointer' }}>
        <Text span size="sm">
          {t('request.show')}
        </Text>
      </summary>
      <Stack gap="sm" mt="xs">
        <RequestPreview request={request} />
      </Stack>
    </details>
  );
}
