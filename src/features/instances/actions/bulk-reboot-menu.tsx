/**
 * The bulk bar's reboot menu (soft or hard), downloaded when it is first wanted
 * (menu-on-demand.tsx, issue 10: Mantine's Menu is not part of the list's first load).
 */
import { Menu } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from './bulk-actions';

export default function BulkRebootMenu({
  target,
  defaultOpened,
  icons,
  onPick,
}: {
  target: ReactElement;
  defaultOpened: boolean;
  icons: Record<BulkAction, ReactNode>;
  onPick: (action: BulkAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu withinPortal position="bottom-start" defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={icons.softReboot} onClick={() => onPick('softReboot')}>
          {t('instance.actions.softReboot')}
        </Menu.Item>
        <Menu.Item leftSection={icons.hardReboot} onClick={() => onPick('hardReboot')}>
          {t('instance.actions.hardReboot')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
