import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { homePath } from '../navigation/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  useEffect(() => {
    document.title = `${t('notFound.title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <Center component="main" py={80} px="md">
      <Stack align="center" gap="sm" ta="center">
        <Text c="dimmed" fw={700} fz={48}>
          404
        </Text>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{t('notFound.text', { path: location.pathname })}</Text>
        <Button component={Link} to={homePath()}>
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
