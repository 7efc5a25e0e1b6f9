import '../styles/console';
import { Anchor, AppShell, Badge, Burger, Group, NavLink, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { HintOnDemand } from '../../components/hint-on-demand';
import {
  IconDashboard,
  IconDeviceDesktop,
  IconDisc,
  IconKey,
  IconLayoutDistributeHorizontal,
  IconStack2,
} from '../../components/icons';
import { LanguageSwitch } from '../../components/language-switch';
import { useIsEmulator } from '../../components/use-is-emulator';
import {
  flavorsPath,
  instancesPath,
  keypairsPath,
  overviewPath,
  placementPoliciesPath,
  volumesPath,
} from '../../navigation/paths';
import { rememberRegion } from '../../session/landing-region';
import { useRequiredSession } from '../../session/use-session';
import { NotFoundPage } from '../not-found-page';
import { RegionSwitcher } from './region-switcher';
import { UserMenu } from './user-menu';

const NAV = [
  { to: overviewPath, key: 'nav.overview', icon: IconDashboard, end: true },
  { to: instancesPath, key: 'nav.instances', icon: IconDeviceDesktop, end: false },
  { to: flavorsPath, key: 'nav.flavors', icon: IconStack2, end: false },
  { to: keypairsPath, key: 'nav.keypairs', icon: IconKey, end: false },
  { to: volumesPath, key: 'nav.volumes', icon: IconDisc, end: false },
  {
    to: placementPoliciesPath,
    key: 'nav.placementPolicies',
    icon: IconLayoutDistributeHorizontal,
    end: false,
  },
] as const;

/** The console's frame for a region: header, navigation and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { region = '' } = useParams();
  const emulator = useIsEmulator();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const listed = session.regions.includes(region);
  // The next sign-in opens the region shown last (src/session/landing-region.ts). Noted
  // before the page paints, so a region on screen is always the one remembered.
  useLayoutEffect(() => {
    if (listed) rememberRegion(session.tenantId, region);
  }, [listed, session.tenantId, region]);

  // A region the catalog does not list is not a page of this console.
  if (!listed) return <NotFoundPage />;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Anchor component={Link} to={overviewPath(region)} underline="never" c="inherit">
              <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
                {t('app.name')}
              </Title>
            </Anchor>
            {emulator && (
              <HintOnDemand label={t('app.emulatorHint')}>
                <Badge color="grape" variant="light" data-testid="emulator-badge">
                  {t('app.emulator')}
                </Badge>
              </HintOnDemand>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <RegionSwitcher />
            <LanguageSwitch />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <ScrollArea>
          {NAV.map((item) => {
            const to = item.to(region);
            const active = item.end
              ? pathname === to
              : pathname === to || pathname.startsWith(`${to}/`);
            return (
              <NavLink
                key={item.key}
                component={Link}
                to={to}
                active={active}
                aria-current={active ? 'page' : undefined}
                label={t(item.key)}
                leftSection={<item.icon size={18} stroke={1.6} />}
                onClick={close}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
