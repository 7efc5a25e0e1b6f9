import { Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One card of the overview's grid: a titled section (its title names the list inside, `titleId`)
 * with skeletons while the numbers it shows are still loading.
 */
export function OverviewCard({
  title,
  caption,
  testId,
  loading,
  children,
}: {
  title: string;
  caption?: string;
  testId: string;
  loading: boolean;
  children: (titleId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card
      withBorder
      padding="md"
      radius="sm"
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {caption && (
          <Text size="sm" c="dimmed">
            {caption}
          </Text>
        )}
        {loading ? (
          <Stack gap="xs" role="status" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={120} radius="sm" />
            <Skeleton height={16} radius="sm" />
            <Skeleton height={16} radius="sm" />
          </Stack>
        ) : (
          children(id)
        )}
      </Stack>
    </Card>
  );
}
