/**
 * The menu of a bulk bar button that stands for a group of actions (reboot: soft or hard),
 * downloaded when it is first wanted (menu-on-demand.tsx, issue 10: Mantine's Menu is not part of
 * the list's first load).
 */
import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from './bulk-actions';
import { INSTANCE_ACTIONS } from './registry';

export default function BulkGroupMenu({
  target,
  defaultOpened,
  actions,
  onPick,
}: {
  target: ReactElement;
  defaultOpened: boolean;
  actions: readonly BulkAction[];
  onPick: (action: BulkAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu withinPortal position="bottom-start" defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        {actions.map((action) => {
          const { icon: Icon, label } = INSTANCE_ACTIONS[action];
          return (
            <Menu.Item key={action} leftSection={<Icon size={16} />} onClick={() => onPick(action)}>
              {t(label)}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
