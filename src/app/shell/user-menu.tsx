import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format-time';
import { IconLogout } from '../../components/icons';
import { endSession } from '../../features/auth/end-session';
import { useRequiredSession } from '../../features/auth/use-session';
import { currentLanguage } from '../../i18n';

/** The operator's NHN Cloud ID (as typed at sign-in, never the token's opaque user name) and tenant. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  return (
    <Menu position="bottom-end" width={300} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`${t('header.userMenu')}: ${session.signInId}`}
          data-testid="user-menu"
        >
          <Avatar color="blue" radius="xl" size={34}>
            {session.signInId.slice(0, 2).toUpperCase()}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
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
