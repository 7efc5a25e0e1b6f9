import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { IconAlertTriangle, IconRefresh } from './icons';

/** A failed load: what failed, what NHN Cloud (or the console's own server) said, and a retry. */
export function ErrorState({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const message = apiError
    ? apiError.kind === 'http'
      ? apiError.fromConsole
        ? apiError.message
        : t('errors.upstream', { message: apiError.message })
      : t('errors.network')
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle />}
      title={t('errors.loadFailed', { what })}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {apiError && (
          <Text size="xs" c="dimmed">
            <Code>{apiError.status || apiError.kind}</Code> {apiError.code}
            {apiError.request ? ` · ${apiError.request}` : ''}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRefresh size={14} />}
              onClick={onRetry}
            >
              {t('errors.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
