/**
 * Bulk actions on the list (start, stop, reboot, delete): each runs on the selected instances
 * that allow it, names every other one with the reason, and reports each request's result.
 */
import { Badge, Button, Group, List, Menu, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction, runServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { confirm } from '../../../components/confirm';
import {
  IconChevronDown,
  IconPlayerPlay,
  IconPlayerStop,
  IconRefresh,
  IconRefreshAlert,
  IconTrash,
} from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import { checkAction } from '../../../domain/server-actions';
import { placementPolicyKeys } from '../../placement-policies/queries';
import { volumeKeys } from '../../volumes/queries';
import { instanceKeys } from '../queries';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';
import { claim, pendingKey, release } from './pending';

export const BULK_ACTIONS = ['start', 'stop', 'softReboot', 'hardReboot', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export interface BulkPlan {
  run: Server[];
  skipped: { server: Server; reason: string }[];
}

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

export function BulkActions({
  scope,
  selected,
  flavorNames,
  onDone,
}: {
  scope: ApiScope;
  selected: Server[];
  flavorNames: Map<string, string>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const denial = useDenialText();
  const [running, setRunning] = useState(false);

  const plan = (action: BulkAction): BulkPlan => {
    const result: BulkPlan = { run: [], skipped: [] };
    for (const server of selected) {
      const check = checkAction(action, actionSubject(server, flavorNames.get(server.flavor.id)));
      if (check.allowed) result.run.push(server);
      else result.skipped.push({ server, reason: denial(action, check) ?? '' });
    }
    return result;
  };

  const execute = async (action: BulkAction) => {
    const label = t(`instance.actions.${action}`);
    const { run, skipped } = plan(action);
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
  };

  const icons: Record<BulkAction, ReactNode> = {
    start: <IconPlayerPlay size={16} />,
    stop: <IconPlayerStop size={16} />,
    softReboot: <IconRefresh size={16} />,
    hardReboot: <IconRefreshAlert size={16} />,
    delete: <IconTrash size={16} />,
  };

  return (
    <Group gap="xs" data-testid="bulk-actions">
      <Text size="sm" fw={500}>
        {t('instance.bulk.selected', { count: selected.length })}
      </Text>
      <Button
        size="xs"
        variant="default"
        leftSection={icons.start}
        disabled={running}
        onClick={() => execute('start')}
      >
        {t('instance.actions.start')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={icons.stop}
        disabled={running}
        onClick={() => execute('stop')}
      >
        {t('instance.actions.stop')}
      </Button>
      <Menu withinPortal position="bottom-start">
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={icons.softReboot}
            rightSection={<IconChevronDown size={14} />}
            disabled={running}
          >
            {t('instance.actions.softReboot')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={icons.softReboot} onClick={() => execute('softReboot')}>
            {t('instance.actions.softReboot')}
          </Menu.Item>
          <Menu.Item leftSection={icons.hardReboot} onClick={() => execute('hardReboot')}>
            {t('instance.actions.hardReboot')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={icons.delete}
        disabled={running}
        onClick={() => execute('delete')}
      >
        {t('instance.actions.delete')}
      </Button>
      <Button size="xs" variant="subtle" onClick={onDone} disabled={running}>
        {t('instance.bulk.clear')}
      </Button>
    </Group>
  );
}
