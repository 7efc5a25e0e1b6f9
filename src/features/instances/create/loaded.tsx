import { Skeleton, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ErrorState } from '../../../components/error-state';

/**
 * One failure, one message (issue 12): when several of the form's lists fail alike (the proxy or
 * NHN Cloud is down), the page shows it once at the top (SharedFailure) and each section only
 * says it has nothing to offer, instead of the same box six times.
 */
export function failureKey(error: unknown): string {
  // Not the code: each service names the same fault its own way (computeFault, NeutronError, …).
  if (isApiError(error)) return `${error.kind} ${error.status} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The failure the page already shows once, by its key; null when none is shared. */
export const SharedFailure = createContext<string | null>(null);

/** The key of a failure two or more of `queries` share, if any. */
export function sharedFailure(queries: readonly UseQueryResult<unknown>[]): string | null {
  const counts = new Map<string, number>();
  for (const query of queries) {
    if (!query.isError || query.data !== undefined) continue;
    const key = failureKey(query.error);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) if (count > 1) return key;
  return null;
}

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
  const shared = useContext(SharedFailure);
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError && shared !== null && failureKey(query.error) === shared) {
    return (
      <Text size="sm" c="dimmed" data-testid="not-loaded">
        {t('createInstance.notLoaded', { what })}
      </Text>
    );
  }
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
