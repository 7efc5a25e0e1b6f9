/**
 * Bulk actions on the list (start, stop, reboot, delete): each runs on the selected instances
 * that allow it, names every other one with the reason, and reports each request's result.
 * The bar is here; what an action does once chosen (confirmation, requests, report) is in
 * bulk-run.tsx, downloaded with the first action chosen rather than with the list (issue 10).
 */
import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import {
  IconChevronDown,
  IconPlayerPlay,
  IconPlayerStop,
  IconRefresh,
  IconRefreshAlert,
  IconTrash,
} from '../../../components/icons';
import { MenuOnDemand } from '../../../components/menu-on-demand';
import type { Server } from '../../../domain/compute-types';
import { checkAction } from '../../../domain/server-actions';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';

const loadBulkRebootMenu = () => import('./bulk-reboot-menu');
const BulkRebootMenu = lazy(loadBulkRebootMenu);

export const BULK_ACTIONS = ['start', 'stop', 'softReboot', 'hardReboot', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export interface BulkPlan {
  run: Server[];
  skipped: { server: Server; reason: string }[];
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
    const planned = plan(action);
    // The confirmation, the requests and the report come with the first action chosen.
    const { runBulk } = await import('./bulk-run');
    await runBulk({ action, plan: planned, scope, t, queryClient, setRunning, onDone });
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
      {/* Mantine's Menu comes when the reboot menu is first wanted (issue 10: menu-on-demand.tsx). */}
      <MenuOnDemand
        menu={BulkRebootMenu}
        preload={loadBulkRebootMenu}
        props={{ icons, onPick: execute }}
        target={
          <Button
            size="xs"
            variant="default"
            leftSection={icons.softReboot}
            rightSection={<IconChevronDown size={14} />}
            disabled={running}
            aria-haspopup="menu"
          >
            {t('instance.actions.softReboot')}
          </Button>
        }
      />
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
