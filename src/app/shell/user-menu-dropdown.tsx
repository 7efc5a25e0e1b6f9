/**
 * The user menu's Mantine Menu, downloaded when it is first wanted (menu-on-demand.tsx, issue 10).
 */
import { Menu, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format-time';
import { IconLogout } from '../../components/icons';
import { endSession } from '../../features/auth/end-session';
import { currentLanguage } from '../../i18n';
import { useRequiredSession } from '../../session/use-session';

export default function UserMenuDropdown({
  target,
  defaultOpened,
}: {
  target: ReactElement;
  defaultOpened: boolean;
}) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  return (
    <Menu position="bottom-end" width={300} withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.user')}</Menu.Label>
        <Text size="sm" px="sm" pb={4}>
          {session.signInId}
        </Text>
        <Menu.Label>{t('header.tenant')}</Menu.Label>
        <Text size="xs" px="sm" ff="monospace">
          {session.tenantName}
        </Text>
        <Text size="xs" px="sm" pb={4} ff="monospace" c="dimmed">
          {session.tenantId}
        </Text>
        <Text size="xs" px="sm" pb="xs" c="dimmed">
          {t('header.sessionExpires', {
            time: formatDateTime(new Date(session.expiresAt), currentLanguage(), 'long'),
          })}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => endSession('signedOut')}>
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
