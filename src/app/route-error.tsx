import { Alert, Button, Code, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { IconBug } from '../components/icons';
import { NotFoundPage } from './not-found-page';

/** The error boundary of every route: the rest of the console keeps working. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message =
    error instanceof Error
      ? error.message
      : isRouteErrorResponse(error)
        ? error.statusText
        : String(error);
  return (
    <Container size="sm" py="xl">
      <Alert color="red" icon={<IconBug />} title={t('errors.routeTitle')} role="alert">
        <Stack gap="sm">
          <Text size="sm">
            <Code>{message}</Code>
          </Text>
          <div>
            <Button size="xs" color="red" variant="white" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </Button>
          </div>
        </Stack>
      </Alert>
    </Container>
  );
}
