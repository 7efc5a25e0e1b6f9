import { Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state';

/** Loading, failed or loaded: what a section of the create form shows for the data it needs. */
export function Loaded<T>({
  query,
  what,
  children,
  height = 36,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
  height?: number;
}) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return <ErrorState what={what} error={query.error} onRetry={() => query.refetch()} />;
  }
  return (
    <Skeleton
      height={height}
      radius="sm"
      role="status"
      aria-busy="true"
      aria-label={t('createInstance.loading', { what })}
    />
  );
}
