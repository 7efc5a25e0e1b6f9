/**
 * A create that got no clear answer (a timeout, no network, a 5xx or the proxy's 502): NHN Cloud
 * may or may not have made the instance (issue 12, "honest outcomes"). The form says so, looks the
 * instance up (find-created.ts) and shows what actually happened; until it knows that nothing was
 * made, submitting again is held back, so a retry never silently makes a duplicate.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import { instancePath } from '../../../navigation/paths';
import { findCreated } from './find-created';

export interface UncertainCreate {
  name: string;
  count: number;
  /** Date.now() just before the request was sent. */
  submittedAt: number;
  /** Date.now() when the unclear answer came. */
  failedAt: number;
  error: unknown;
}

/**
 * A request that timed out at a gateway may still be carried out after it (NHN Cloud keeps
 * working on a create the caller stopped waiting for): the console keeps looking this long after
 * the unclear answer before it says that nothing was made, every RECHECK_MS.
 */
const WATCH_AFTER_ERROR_MS = 30_000;
const RECHECK_MS = 3_000;

/** Where the lookup stands: submitting again is safe only once it found nothing. */
export type UncertainState = 'checking' | 'created' | 'notCreated' | 'stillUnknown';

export function useUncertainCreate(scope: ApiScope, uncertain: UncertainCreate | null) {
  const lookup = useQuery({
    queryKey: ['create-outcome', scope, uncertain?.name, uncertain?.count, uncertain?.submittedAt],
    queryFn: ({ signal }) => {
      if (!uncertain) throw new Error('no create to look up');
      return findCreated(scope, uncertain, signal);
    },
    enabled: uncertain !== null,
    staleTime: Number.POSITIVE_INFINITY,
    // Until it is found or the watch is over; the last look falls just after the watch's end, so
    // the answer it brings renders the verdict.
    refetchInterval: (query) => {
      if (!uncertain || (query.state.data?.length ?? 0) > 0) return false;
      const left = uncertain.failedAt + WATCH_AFTER_ERROR_MS - Date.now();
      return left > 0 ? Math.min(RECHECK_MS, left + 50) : false;
    },
  });
  // The watch's end changes the verdict without changing the data: render again then.
  const [, setWatchOver] = useState(0);
  useEffect(() => {
    if (!uncertain) return;
    const left = uncertain.failedAt + WATCH_AFTER_ERROR_MS - Date.now();
    if (left <= 0) return;
    const timer = setTimeout(() => setWatchOver(Date.now()), left);
    return () => clearTimeout(timer);
  }, [uncertain]);
  const watching = uncertain !== null && Date.now() < uncertain.failedAt + WATCH_AFTER_ERROR_MS;
  const state: UncertainState | null =
    uncertain === null
      ? null
      : (lookup.data?.length ?? 0) > 0
        ? 'created'
        : lookup.isPending || lookup.isFetching || (watching && !lookup.isError)
          ? 'checking'
          : lookup.isError
            ? 'stillUnknown'
            : 'notCreated';
  return { state, found: lookup.data ?? [], checkAgain: () => lookup.refetch() };
}

export function UnknownOutcome({
  scope,
  uncertain,
  state,
  found,
  checkAgain,
}: {
  scope: ApiScope;
  uncertain: UncertainCreate;
  state: UncertainState;
  found: { id: string; name: string }[];
  checkAgain: () => void;
}) {
  const { t } = useTranslation();
  const { name } = uncertain;
  const color = state === 'created' ? 'teal' : state === 'notCreated' ? 'gray' : 'yellow';
  return (
    <Alert
      variant="default"
      color={color}
      icon={<IconAlertTriangle />}
      title={t(`createInstance.outcome.${state}.title`, { name })}
      role="alert"
      data-testid="create-outcome"
      data-state={state}
    >
      <Stack gap={6}>
        <Text size="sm">
          {t('createInstance.outcome.noAnswer', { message: errorMessage(uncertain.error) })}
        </Text>
        <Text size="sm">
          {t(`createInstance.outcome.${state}.text`, { name, count: found.length })}
        </Text>
        {state === 'created' && (
          <Group gap="sm">
            {found.map((server) => (
              <Anchor
                key={server.id}
                component={Link}
                to={instancePath(scope.region, server.id)}
                size="sm"
              >
                {server.name}
              </Anchor>
            ))}
          </Group>
        )}
        {state === 'stillUnknown' && (
          <div>
            <Button size="xs" variant="default" onClick={checkAgain}>
              {t('createInstance.outcome.checkAgain')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
