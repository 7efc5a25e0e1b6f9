/**
 * Where instance actions are offered: the details page's toolbar and the list's row menu. Both
 * read the domain's action table: a disallowed action is shown disabled with the reason.
 */
import { ActionIcon, Button, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import {
  IconApi,
  IconArchive,
  IconCamera,
  IconDots,
  IconPencil,
  IconPlayerPlay,
  IconPlayerStop,
  IconPower,
  IconRefresh,
  IconRefreshAlert,
  IconResize,
  IconTrash,
} from '../../../components/icons';
import type { Flavor } from '../../../domain/compute-types';
import { checkAction, type ServerActionId } from '../../../domain/server-actions';
import { actionSubject } from '../server-facts';
import {
  openApiRequests,
  openCreateImageDialog,
  openRenameDialog,
  openResizeDialog,
  resizeChoices,
} from './action-dialogs';
import { useDenialText } from './denial';
import { pendingKey, usePending } from './pending';
import { type ActionTarget, useInstanceActions } from './use-instance-actions';

type Icon = ComponentType<{ size?: number }>;

/** The toolbar's actions, in the order operators reach for them. */
const TOOLBAR: { action: ServerActionId; icon: Icon; color?: string }[] = [
  { action: 'start', icon: IconPlayerPlay },
  { action: 'unshelve', icon: IconPower },
  { action: 'stop', icon: IconPlayerStop },
  { action: 'softReboot', icon: IconRefresh },
  { action: 'hardReboot', icon: IconRefreshAlert },
  { action: 'shelve', icon: IconArchive },
  { action: 'resize', icon: IconResize },
  { action: 'createImage', icon: IconCamera },
  { action: 'delete', icon: IconTrash, color: 'red' },
];

interface Context {
  scope: ApiScope;
  target: ActionTarget;
  flavors: Flavor[];
  /** The server's OS type (`serverOsType`: the image's, else the metadata's): resize's Windows rule. */
  osType: string | null;
  /** Called once a delete was accepted (the details page then goes back to the list). */
  onDeleted?: () => void;
}

/** The gate for one action, including "no flavor to resize to" (U2 cannot change flavor). */
function useAvailability({ target, flavors, osType }: Context) {
  const { t } = useTranslation();
  const denial = useDenialText();
  return (action: ServerActionId): string | null => {
    const { server } = target;
    const check = checkAction(action, actionSubject(server, target.flavorName));
    const reason = denial(action, check);
    if (reason) return reason;
    if (action === 'resize' && flavors.length > 0) {
      const current = flavors.find((f) => f.id === server.flavor.id);
      if (!resizeChoices(current, flavors, osType).some((c) => !c.problem))
        return t('instance.denied.noTargets');
    }
    return null;
  };
}

/** Starts an action: parameterless ones run (with the table's confirmation), others open their dialog. */
function useStart(context: Context) {
  const { perform } = useInstanceActions(context.scope);
  return (action: ServerActionId) => {
    const { scope, target, flavors, osType } = context;
    switch (action) {
      case 'resize':
        return openResizeDialog(scope, target, perform, flavors, osType);
      case 'createImage':
        return openCreateImageDialog(scope, target, perform);
      case 'rename':
        return openRenameDialog(scope, target, perform);
      case 'delete':
        void perform(action, target, undefined as never)
          .then((result) => {
            if (result) context.onDeleted?.();
          })
          .catch(() => undefined);
        return;
      case 'start':
      case 'unshelve':
      case 'stop':
      case 'shelve':
      case 'softReboot':
      case 'hardReboot':
        void perform(action, target, undefined as never).catch(() => undefined);
        return;
      default:
        return;
    }
  };
}

export function InstanceToolbar(props: Context) {
  const { t } = useTranslation();
  const availability = useAvailability(props);
  const start = useStart(props);
  const pending = usePending();
  return (
    <Group gap="xs" wrap="wrap" data-testid="instance-toolbar">
      {TOOLBAR.map(({ action, icon: ActionIconComponent, color }) => {
        const reason = availability(action);
        const busy = pending(pendingKey(action, props.target.server.id));
        const button = (
          <Button
            key={action}
            size="sm"
            variant={action === 'delete' ? 'light' : 'default'}
            color={color}
            leftSection={<ActionIconComponent size={16} />}
            loading={busy}
            // Disabled buttons swallow hover: keep it focusable and say why through the tooltip.
            data-disabled={reason ? true : undefined}
            aria-disabled={reason ? true : undefined}
            aria-description={reason ?? undefined}
            onClick={(event) => {
              if (reason) {
                event.preventDefault();
                return;
              }
              start(action);
            }}
            data-action={action}
          >
            {t(`instance.actions.${action}`)}
          </Button>
        );
        return reason ? (
          <Tooltip key={action} label={reason} multiline w={280} withArrow>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
      <Tooltip label={t('instance.actions.requests')} withArrow>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('instance.actions.requests')}
          onClick={() => openApiRequests(props.scope, props.target)}
        >
          <IconApi size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

const MENU: ServerActionId[] = [
  'start',
  'unshelve',
  'stop',
  'softReboot',
  'hardReboot',
  'shelve',
  'resize',
  'createImage',
  'rename',
  'delete',
];

/** The list's row menu: the same actions, the same rules. */
export function InstanceRowMenu(props: Context & { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const availability = useAvailability(props);
  const start = useStart(props);
  return (
    <Menu
      position="bottom-end"
      withinPortal
      shadow="md"
      width={300}
      defaultOpened={props.defaultOpened}
    >
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('instance.actions.menu', { name: props.target.server.name })}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {MENU.map((action) => {
          const reason = availability(action);
          return (
            <Menu.Item
              key={action}
              disabled={Boolean(reason)}
              // Red marks delete through its icon: red text on the menu would be too faint to read.
              leftSection={
                action === 'rename' ? (
                  <IconPencil size={14} />
                ) : action === 'delete' ? (
                  <IconTrash size={14} color="var(--mantine-color-red-7)" />
                ) : undefined
              }
              onClick={() => start(action)}
              data-action={action}
            >
              <Stack gap={0}>
                <Text size="sm" inherit>
                  {t(`instance.actions.${action}`)}
                </Text>
                {reason && (
                  <Text size="xs" c="dimmed" data-testid="action-reason">
                    {reason}
                  </Text>
                )}
              </Stack>
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconApi size={14} />}
          onClick={() => openApiRequests(props.scope, props.target)}
        >
          {t('instance.actions.requests')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
