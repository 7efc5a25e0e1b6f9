import { Button, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { IconFilterOff, IconRefresh } from './icons';

/** The part of a react-query result that a list page's states read. */
export interface ListQuery {
  isError: boolean;
  isPending: boolean;
  isFetching: boolean;
  data: unknown;
  error: unknown;
  refetch: () => unknown;
}

/**
 * What a list page shows instead of its table, or the table: a failed first load with a retry,
 * skeletons while it loads, "no matches" (with clear filters) when filters hide everything, and
 * "nothing yet" when there is nothing at all. Test ids: `{testIdPrefix}-loading`, `-no-matches`,
 * `-empty`.
 */
export function ListStates({
  query,
  what,
  testIdPrefix,
  skeleton = { rows: 6, height: 44 },
  isEmpty,
  noMatches,
  empty,
  children,
}: {
  query: ListQuery;
  what: string;
  testIdPrefix: string;
  skeleton?: { rows: number; height: number };
  isEmpty: boolean;
  /** When a filter is set: what to say when it hides every item, and how to clear it. */
  noMatches: { title: string; text: string; clearLabel: string; onClear: () => void } | null;
  empty: { icon: ReactNode; title: string; text: string; action?: ReactNode };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isError && !query.data) {
    return <ErrorState what={what} error={query.error} onRetry={() => query.refetch()} />;
  }
  if (query.isPending) {
    return (
      <Stack
        gap="xs"
        data-testid={`${testIdPrefix}-loading`}
        // A name needs a role that takes one (axe: aria-prohibited-attr on a plain div).
        role="status"
        aria-busy="true"
        aria-label={t('common.loading')}
      >
        {Array.from({ length: skeleton.rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} height={skeleton.height} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (!isEmpty) return children;
  if (noMatches) {
    return (
      <EmptyState
        testId={`${testIdPrefix}-no-matches`}
        icon={<IconFilterOff />}
        title={noMatches.title}
        text={noMatches.text}
        action={
          <Button variant="default" onClick={noMatches.onClear}>
            {noMatches.clearLabel}
          </Button>
        }
      />
    );
  }
  return <EmptyState testId={`${testIdPrefix}-empty`} {...empty} />;
}

/** The header's refresh button: spins while a refresh (not the first load) runs. */
export function RefreshButton({
  query,
  label,
  onClick,
  busy,
}: {
  query: ListQuery;
  label: string;
  /** Defaults to refetching `query`. */
  onClick?: () => void;
  /** Defaults to `query` refetching after its first load. */
  busy?: boolean;
}) {
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} />}
      onClick={onClick ?? (() => query.refetch())}
      loading={busy ?? (query.isFetching && !query.isPending)}
    >
      {label}
    </Button>
  );
}

/** A quiet "updating…" note at the end of a filter bar while a list reloads in the background. */
export function BackgroundActivity({ label }: { label: string }) {
  return (
    <Group gap={6} ml="auto" c="dimmed" role="status">
      <Loader size="xs" />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
