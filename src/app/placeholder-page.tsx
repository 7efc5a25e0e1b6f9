import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/page-header';

/** Pages that later issues build; they already have their place in the navigation. */
export function PlaceholderPage({
  page,
}: {
  page: 'overview' | 'flavors' | 'keypairs' | 'volumes';
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${page}`)} />
      <Text c="dimmed">{t('placeholder.text')}</Text>
    </>
  );
}
