import { Avatar, UnstyledButton } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuOnDemand } from '../../components/menu-on-demand';
import { useRequiredSession } from '../../session/use-session';

// Mantine's Menu comes when the menu is first wanted (issue 10: menu-on-demand.tsx).
const loadUserMenu = () => import('./user-menu-dropdown');
const UserMenuDropdown = lazy(loadUserMenu);

/** The operator's NHN Cloud ID (as typed at sign-in, never the token's opaque user name) and tenant. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  return (
    <MenuOnDemand
      menu={UserMenuDropdown}
      preload={loadUserMenu}
      target={
        <UnstyledButton
          aria-label={`${t('header.userMenu')}: ${session.signInId}`}
          aria-haspopup="menu"
          data-testid="user-menu"
        >
          <Avatar color="blue" radius="xl" size={34}>
            {session.signInId.slice(0, 2).toUpperCase()}
          </Avatar>
        </UnstyledButton>
      }
    />
  );
}
