/**
 * The language switch's menu, downloaded when it is first wanted (menu-on-demand.tsx, issue 10).
 */
import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../i18n';

export default function LanguageMenu({
  target,
  defaultOpened,
}: {
  target: ReactElement;
  defaultOpened: boolean;
}) {
  const { i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            onClick={() => i18n.changeLanguage(language.code)}
            aria-current={language.code === active ? 'true' : undefined}
            fw={language.code === active ? 700 : undefined}
          >
            {language.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
