/**
 * A create that got no clear answer (a timeout, no network, a 5xx or the proxy's 502): NHN Cloud
 * may or may not have made the instance (issue 12, "honest outcomes"). The form says so, looks the
 * instance up (find-created.ts) and shows what actually happened; until it knows that nothing was
 * made, submitting again is held back, so a retry never silently makes a duplicate.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import { findCreated } from './find-created';

export interface UncertainCreate {
  name: string;
  count: number;
  /** Date.now() just before the request was sent. */
  submittedAt: number;
  error: unknown;
}

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
  });
  const state: UncertainState | null =
    uncertain === null
      ? null
      : lookup.isPending
        ? 'checking'
        : lookup.isError
          ? 'stillUnknown'
          : (lookup.data?.length ?? 0) > 0
            ? 'created'
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
                to={`/${scope.region}/instances/${server.id}`}
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
