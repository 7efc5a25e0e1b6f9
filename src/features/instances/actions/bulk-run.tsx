/**
 * What a bulk action does once chosen on the list (bulk-actions.tsx): asks first where it must,
 * runs the requests, reports each one. Loaded when an action is first chosen, with the dialogs'
 * code it brings, not with the list (issue 10: JS+CSS to a live list ≤ 200 KB on the wire).
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeServerAction, runServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { confirm } from '../../../components/confirm';
import { errorMessage } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import { placementPolicyKeys } from '../../../resources/placement-policies';
import { instanceKeys } from '../../../resources/servers';
import { volumeKeys } from '../../../resources/volumes';
import type { BulkAction, BulkPlan } from './bulk-actions';
import { claim, pendingKey, release } from './pending';

type Outcome = { server: Server } & (
  | { result: 'accepted' }
  | { result: 'failed'; message: string }
  | { result: 'skipped'; reason: string }
);

function ResultList({ outcomes }: { outcomes: Outcome[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} size="sm" listStyleType="none" data-testid="bulk-results">
      {outcomes.map((outcome) => (
        <List.Item key={outcome.server.id} data-result={outcome.result}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              variant="dot"
              color={
                outcome.result === 'accepted'
                  ? 'teal'
                  : outcome.result === 'failed'
                    ? 'red'
                    : 'gray'
              }
              style={{ flexShrink: 0 }}
            >
              {outcome.server.name}
            </Badge>
            <Text size="sm">
              {outcome.result === 'accepted'
                ? t('instance.bulk.accepted')
                : outcome.result === 'failed'
                  ? t('instance.bulk.failed', { message: outcome.message })
                  : t('instance.bulk.skippedReason', { reason: outcome.reason })}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

export interface BulkRun {
  action: BulkAction;
  plan: BulkPlan;
  scope: ApiScope;
  t: TFunction;
  queryClient: QueryClient;
  setRunning: (running: boolean) => void;
  onDone: () => void;
}

export async function runBulk({
  action,
  plan: { run, skipped },
  scope,
  t,
  queryClient,
  setRunning,
  onDone,
}: BulkRun) {
  const label = t(`instance.actions.${action}`);
  const skippedOutcomes: Outcome[] = skipped.map(({ server, reason }) => ({
    server,
    result: 'skipped',
    reason,
  }));
  if (run.length === 0) {
    modals.open({
      title: <Text fw={600}>{i18next.t('instance.bulk.resultTitle', { action: label })}</Text>,
      children: (
        <Stack gap="sm">
          <Text size="sm">{t('instance.bulk.noneAllowed', { action: label })}</Text>
          <ResultList outcomes={skippedOutcomes} />
        </Stack>
      ),
    });
    return;
  }
  // Stop, hard reboot and delete ask first (as for one instance); the list says who is skipped.
  if (action === 'stop' || action === 'hardReboot' || action === 'delete') {
    const ok = await confirm({
      title: t('instance.bulk.title', { action: label, count: run.length }),
      body: (
        <Stack gap="xs">
          {action === 'delete' && <Text size="sm">{t('instance.bulk.deleteBody')}</Text>}
          <Text size="sm" fw={600}>
            {t('instance.bulk.willRun')}
          </Text>
          <List size="sm" data-testid="bulk-will-run">
            {run.map((server) => (
              <List.Item key={server.id}>{server.name}</List.Item>
            ))}
          </List>
          {skipped.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('instance.bulk.skipped')}
              </Text>
              <ResultList outcomes={skippedOutcomes} />
            </>
          )}
        </Stack>
      ),
      confirmLabel: t('instance.bulk.confirm', { action: label, count: run.length }),
      danger: action !== 'stop',
      requests: run.map((server) =>
        describeServerAction(scope, action, server.id, undefined as never),
      ),
    });
    if (!ok) return;
  }
  const claimed = run.filter((server) => claim(pendingKey(action, server.id)));
  const id = `bulk-${action}-${Date.now()}`;
  notifications.show({
    id,
    loading: true,
    title: t('instance.bulk.pending', { action: label, count: claimed.length }),
    message: '',
    autoClose: false,
    withCloseButton: false,
  });
  setRunning(true);
  try {
    const settled = await Promise.allSettled(
      claimed.map((server) => runServerAction(scope, action, server.id, undefined as never)),
    );
    const outcomes: Outcome[] = [
      ...claimed.map((server, index): Outcome => {
        const result = settled[index];
        return result?.status === 'fulfilled'
          ? { server, result: 'accepted' }
          : { server, result: 'failed', message: errorMessage(result?.reason) };
      }),
      ...skippedOutcomes,
    ];
    const failed = outcomes.filter((o) => o.result === 'failed').length;
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
      action === 'delete'
        ? queryClient.invalidateQueries({ queryKey: volumeKeys.all(scope) })
        : null,
      // A deleted instance leaves its placement policy.
      action === 'delete'
        ? queryClient.invalidateQueries({ queryKey: placementPolicyKeys.all(scope) })
        : null,
    ]);
    notifications.update({
      id,
      loading: false,
      color: failed > 0 ? 'red' : 'teal',
      title: t('instance.bulk.done', {
        action: label,
        ok: outcomes.length - failed - skipped.length,
        failed,
        skipped: skipped.length,
      }),
      message: <ResultList outcomes={outcomes} />,
      autoClose: failed > 0 || skipped.length > 0 ? false : 6000,
      withCloseButton: true,
    });
    onDone();
  } finally {
    for (const server of claimed) release(pendingKey(action, server.id));
    setRunning(false);
  }
}
