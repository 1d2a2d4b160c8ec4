import { AppShell, Burger, Button, Group, Menu, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconGavel, IconKey, IconLogout, IconShieldLock, IconSitemap, IconStack2, IconUsers, IconUserCog, IconLayoutGrid, IconUserCircle, IconTrendingUp, IconCoins, IconTarget } from '@tabler/icons-react';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../features/auth/hooks.ts';
import { AnchorLink, RouterNavLink } from '../ui/links.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const inSection = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

  return (
    <>
      <RouterNavLink
        to="/"
        label={t('nav.portfolio')}
        leftSection={<IconLayoutGrid size={18} aria-hidden />}
        active={pathname === '/' || inSection('/teams')}
        onClick={onNavigate}
      />
      <RouterNavLink to="/people" label={t('nav.people')} leftSection={<IconUsers size={18} aria-hidden />} active={inSection('/people')} onClick={onNavigate} />
      <RouterNavLink to="/services" label={t('nav.services')} leftSection={<IconStack2 size={18} aria-hidden />} active={inSection('/services')} onClick={onNavigate} />
      <RouterNavLink to="/decisions" label={t('nav.decisions')} leftSection={<IconGavel size={18} aria-hidden />} active={inSection('/decisions')} onClick={onNavigate} />
      <RouterNavLink
        to="/operating-model"
        label={t('nav.operatingModel')}
        leftSection={<IconSitemap size={18} aria-hidden />}
        active={inSection('/operating-model')}
        onClick={onNavigate}
      />
      {me.abilities.readPortfolioFinance && (
        <RouterNavLink to="/finance" label={t('finance.nav')} leftSection={<IconCoins size={18} aria-hidden />} active={inSection('/finance')} onClick={onNavigate} />
      )}
      {me.abilities.readPortfolioGoals && (
        <RouterNavLink to="/goals" label={t('goals.nav')} leftSection={<IconTarget size={18} aria-hidden />} active={inSection('/goals')} onClick={onNavigate} />
      )}
      <ChangeNavigation onNavigate={onNavigate} />
      {me.abilities.readAudit && (
        <RouterNavLink to="/audit" label={t('nav.audit')} leftSection={<IconShieldLock size={18} aria-hidden />} active={inSection('/audit')} onClick={onNavigate} />
      )}
      {me.abilities.manageUsers && (
        <RouterNavLink to="/users" label={t('nav.users')} leftSection={<IconUserCog size={18} aria-hidden />} active={inSection('/users')} onClick={onNavigate} />
      )}
      <RouterNavLink to="/tokens" label={t('nav.tokens')} leftSection={<IconKey size={18} aria-hidden />} active={inSection('/tokens')} onClick={onNavigate} />
    </>
  );
}

/** The change programme as one group: maturity, roadmap, enablement, surveys and the maturity model. */
function ChangeNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // The group stays open; it is marked while one of its pages shows.
  const inChange = pathname === '/change' || pathname.startsWith('/change/') || pathname.startsWith('/surveys/');
  const inSection = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  return (
    <NavLink component="button" label={t('nav.change')} leftSection={<IconTrendingUp size={18} aria-hidden />} defaultOpened childrenOffset={28} active={inChange} variant="subtle">
      <RouterNavLink to="/change" activeOptions={{ exact: true }} label={t('nav.maturity')} active={pathname === '/change'} onClick={onNavigate} />
      <RouterNavLink to="/change/roadmap" label={t('nav.roadmap')} active={inSection('/change/roadmap')} onClick={onNavigate} />
      <RouterNavLink to="/change/enablement" label={t('nav.enablement')} active={inSection('/change/enablement')} onClick={onNavigate} />
      <RouterNavLink to="/change/surveys" label={t('nav.surveys')} active={inSection('/change/surveys') || inSection('/surveys')} onClick={onNavigate} />
      <RouterNavLink to="/change/model" label={t('nav.maturityModel')} active={inSection('/change/model')} onClick={onNavigate} />
    </NavLink>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px="xs"
          aria-label={me.displayName}
          leftSection={<IconUserCircle size={20} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          {/* On phones only the icon shows; the name stays available as the button's label. */}
          <Text span inherit visibleFrom="sm">
            {me.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.email} · {t(`orgRole.${me.role}`)}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: {} }) })}
        >
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <AnchorLink to="/" underline="never" fw={800} fz="xl" c="blue.9">
              Tandem
            </AnchorLink>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
