/**
 * What a bulk action does once chosen on the list (bulk-actions.tsx): asks first where the
 * action table asks for one instance, runs the requests (bulk-press.ts), reports each one. Loaded when an action is first chosen, with the dialogs'
 * code it brings, not with the list (issue 10: JS+CSS to a live list ≤ 200 KB on the wire).
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { confirm } from '../../../components/confirm';
import { errorMessage } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import type { BulkAction, BulkPlan } from './bulk-actions';
import { pressBulk } from './bulk-press';
import { INSTANCE_ACTIONS } from './registry';

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
                ? t('instanceDetail.bulk.accepted')
                : outcome.result === 'failed'
                  ? t('instanceDetail.bulk.failed', { message: outcome.message })
                  : t('instanceDetail.bulk.skippedReason', { reason: outcome.reason })}
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
  const entry = INSTANCE_ACTIONS[action];
  const label = t(entry.label);
  const skippedOutcomes: Outcome[] = skipped.map(({ server, reason }) => ({
    server,
    result: 'skipped',
    reason,
  }));
  if (run.length === 0) {
    modals.open({
      title: (
        <Text fw={600}>{i18next.t('instanceDetail.bulk.resultTitle', { action: label })}</Text>
      ),
      children: (
        <Stack gap="sm">
          <Text size="sm">{t('instanceDetail.bulk.noneAllowed', { action: label })}</Text>
          <ResultList outcomes={skippedOutcomes} />
        </Stack>
      ),
    });
    return;
  }
  // What the action table asks of one instance, the bulk asks once (a plain confirmation, even
  // for a delete), listing who is skipped.
  const ask = () =>
    confirm({
      title: t('instanceDetail.bulk.title', { action: label, count: run.length }),
      body: (
        <Stack gap="xs">
          {entry.destructive && <Text size="sm">{t('instanceDetail.bulk.deleteBody')}</Text>}
          <Text size="sm" fw={600}>
            {t('instanceDetail.bulk.willRun')}
          </Text>
          <List size="sm" data-testid="bulk-will-run">
            {run.map((server) => (
              <List.Item key={server.id}>{server.name}</List.Item>
            ))}
          </List>
          {skipped.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('instanceDetail.bulk.skipped')}
              </Text>
              <ResultList outcomes={skippedOutcomes} />
            </>
          )}
        </Stack>
      ),
      confirmLabel: t('instanceDetail.bulk.confirm', { action: label, count: run.length }),
      danger: entry.dangerous,
      requests: run.map((server) => describeServerAction(scope, action, server.id, undefined)),
    });
  const id = `bulk-${action}-${Date.now()}`;
  try {
    const results = await pressBulk({
      client: queryClient,
      scope,
      action,
      run,
      ask: entry.confirm === 'none' ? undefined : ask,
      onSend: (sending) => {
        notifications.show({
          id,
          loading: true,
          title: t('instanceDetail.bulk.pending', { action: label, count: sending.length }),
          message: '',
          autoClose: false,
          withCloseButton: false,
        });
        setRunning(true);
      },
    });
    if (!results) return;
    const outcomes: Outcome[] = [
      ...results.map(
        (answer): Outcome =>
          answer.result === 'accepted'
            ? { server: answer.server, result: 'accepted' }
            : { server: answer.server, result: 'failed', message: errorMessage(answer.error) },
      ),
      ...skippedOutcomes,
    ];
    const failed = outcomes.filter((o) => o.result === 'failed').length;
    notifications.update({
      id,
      loading: false,
      color: failed > 0 ? 'red' : 'teal',
      title: t('instanceDetail.bulk.done', {
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
    setRunning(false);
  }
}
