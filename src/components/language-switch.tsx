import { Button } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../i18n';
import { IconLanguage } from './icons';
import { MenuOnDemand } from './menu-on-demand';

// Mantine's Menu comes when the switch is first wanted (issue 10: menu-on-demand.tsx).
const loadLanguageMenu = () => import('./language-menu');
const LanguageMenu = lazy(loadLanguageMenu);

export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <MenuOnDemand
      menu={LanguageMenu}
      preload={loadLanguageMenu}
      target={
        <Button
          variant="default"
          leftSection={<IconLanguage size={16} />}
          aria-label={`${t('header.language')}: ${LANGUAGES.find((l) => l.code === active)?.label}`}
          aria-haspopup="menu"
        >
          {LANGUAGES.find((l) => l.code === active)?.label}
        </Button>
      }
    />
  );
}
