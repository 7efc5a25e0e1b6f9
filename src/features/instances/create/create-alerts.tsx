/** What the form says above its buttons: its own errors counted, or NHN Cloud's refusal. */
import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';

export function FormErrorsAlert({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="default"
      color="red"
      icon={<IconAlertTriangle />}
      role="alert"
      data-testid="form-errors"
    >
      <Text size="sm">{t('createInstance.validation.summary', { count })}</Text>
    </Alert>
  );
}

/** A create that was refused: nothing was made (the console's own refusals say they are its). */
export function CreateRefused({ refusal, onClose }: { refusal: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="default"
      color="red"
      icon={<IconAlertTriangle />}
      title={
        isApiError(refusal) && refusal.fromConsole
          ? t('createInstance.submit.consoleRefused')
          : t('createInstance.submit.refused')
      }
      role="alert"
      withCloseButton
      closeButtonLabel={t('createInstance.submit.dismiss')}
      onClose={onClose}
      data-testid="create-refused"
    >
      <Stack gap={4}>
        <Text size="sm" data-testid="create-refused-message">
          {errorMessage(refusal)}
        </Text>
        {isApiError(refusal) && (
          <Text size="xs" c="dimmed">
            <Code>{refusal.status || refusal.kind}</Code> {refusal.code}
          </Text>
        )}
        <Text size="sm">{t('createInstance.submit.refusedHint')}</Text>
      </Stack>
    </Alert>
  );
}
