/**
 * Bulk actions on the list (those the action registry offers in the bulk bar: start, stop,
 * reboot, delete): each runs on the selected instances that allow it, names every other one with
 * the reason, and reports each request's result. The bar is here; what an action does once chosen
 * (confirmation, requests, report) is in bulk-run.tsx, downloaded with the first action chosen
 * rather than with the list (issue 10).
 */
import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconChevronDown } from '../../../components/icons';
import { MenuOnDemand } from '../../../components/menu-on-demand';
import type { Server } from '../../../domain/compute-types';
import { checkAction } from '../../../domain/server-actions';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';
import { INSTANCE_ACTIONS, type ParameterlessAction, parameterlessIn } from './registry';

const loadBulkGroupMenu = () => import('./bulk-group-menu');
const BulkGroupMenu = lazy(loadBulkGroupMenu);

export type BulkAction = ParameterlessAction;

export interface BulkPlan {
  run: Server[];
  skipped: { server: Server; reason: string }[];
}

/** A button of the bar: one action, or a group's first with the group behind its menu. */
interface BulkButton {
  lead: BulkAction;
  actions: BulkAction[];
}

/** The bar's buttons, in the registry's order. */
function bulkButtons(): BulkButton[] {
  const buttons: BulkButton[] = [];
  const groups = new Map<string, BulkButton>();
  for (const action of parameterlessIn('bulkBar')) {
    const group = INSTANCE_ACTIONS[action].bulkGroup;
    const held = group ? groups.get(group) : undefined;
    if (held) {
      held.actions.push(action);
      continue;
    }
    const button = { lead: action, actions: [action] };
    if (group) groups.set(group, button);
    buttons.push(button);
  }
  return buttons;
}
const BUTTONS = bulkButtons();

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

  return (
    <Group gap="xs" data-testid="bulk-actions">
      <Text size="sm" fw={500}>
        {t('instanceDetail.bulk.selected', { count: selected.length })}
      </Text>
      {BUTTONS.map(({ lead, actions }) => {
        const grouped = actions.length > 1;
        const { icon: Icon, label, destructive } = INSTANCE_ACTIONS[lead];
        const button = (
          <Button
            key={lead}
            size="xs"
            variant={destructive ? 'light' : 'default'}
            color={destructive ? 'red' : undefined}
            leftSection={<Icon size={16} />}
            rightSection={grouped ? <IconChevronDown size={14} /> : undefined}
            disabled={running}
            aria-haspopup={grouped ? 'menu' : undefined}
            onClick={grouped ? undefined : () => execute(lead)}
          >
            {t(label)}
          </Button>
        );
        if (!grouped) return button;
        // Mantine's Menu comes when the group's menu is first wanted (issue 10: menu-on-demand.tsx).
        return (
          <MenuOnDemand
            key={lead}
            menu={BulkGroupMenu}
            preload={loadBulkGroupMenu}
            props={{ actions, onPick: execute }}
            target={button}
          />
        );
      })}
      <Button size="xs" variant="subtle" onClick={onDone} disabled={running}>
        {t('instanceDetail.bulk.clear')}
      </Button>
    </Group>
  );
}
