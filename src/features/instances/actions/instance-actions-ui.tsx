/**
 * Where instance actions are offered: the details page's toolbar and the list's row menu. Both
 * show the actions the registry places there (registry.ts) and read the domain's action table: a
 * disallowed action stays focusable, shown disabled with the reason.
 */
import { ActionIcon, Button, Group, Menu, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { ActionMenuItem } from '../../../components/action-menu-item';
import { IconApi, IconDots } from '../../../components/icons';
import type { Flavor } from '../../../domain/compute-types';
import { checkAction, type ServerActionId } from '../../../domain/server-actions';
import { actionSubject } from '../server-facts';
import { openApiRequests } from './api-requests';
import { useDenialText } from './denial';
import { openCreateImageDialog } from './image-dialog';
import { pendingKey, usePending } from './in-flight';
import { actionsIn } from './registry';
import { openRenameDialog } from './rename-dialog';
import { canResize } from './resize-choices';
import { openResizeDialog } from './resize-dialog';
import { type ActionTarget, useInstanceActions } from './use-instance-actions';

const TOOLBAR = actionsIn('toolbar');
const MENU = actionsIn('rowMenu');

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
      if (!canResize(current, flavors, osType)) return t('instanceDetail.denied.noTargets');
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
        void perform(action, target, undefined)
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
        void perform(action, target, undefined).catch(() => undefined);
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
      {TOOLBAR.map(({ action, icon: ActionIconComponent, label, destructive }) => {
        const reason = availability(action);
        const busy = pending(pendingKey(action, props.target.server.id));
        const button = (
          <Button
            key={action}
            size="sm"
            variant={destructive ? 'light' : 'default'}
            color={destructive ? 'red' : undefined}
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
            {t(label)}
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
      <Tooltip label={t('instanceDetail.actions.requests')} withArrow>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('instanceDetail.actions.requests')}
          onClick={() => openApiRequests(props.scope, props.target)}
        >
          <IconApi size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

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
          aria-label={t('instanceDetail.actions.menu', { name: props.target.server.name })}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {MENU.map(({ action, icon: Icon, label, destructive }) => (
          <ActionMenuItem
            key={action}
            // Red marks delete through its icon: red text on the menu would be too faint to read.
            icon={<Icon size={14} color={destructive ? 'var(--mantine-color-red-7)' : undefined} />}
            label={t(label)}
            reason={availability(action)}
            onClick={() => start(action)}
          />
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconApi size={14} />}
          onClick={() => openApiRequests(props.scope, props.target)}
        >
          {t('instanceDetail.actions.requests')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
