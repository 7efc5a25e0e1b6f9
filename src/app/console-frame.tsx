/**
 * The signed-in console's frame: AppLayout inside the provider of @mantine/modals' dialogs
 * (confirmations, action dialogs). Only signed-in pages open dialogs, so the provider comes with
 * the frame (a lazy route, src/app/router.tsx) and the login page never downloads Modal and its
 * scroll lock (issue 10, "a light first load").
 */
import { ModalsProvider } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './shell/app-layout';

export function ConsoleFrame() {
  const { t } = useTranslation();
  // Every modal's close button says what it does, in the operator's language.
  return (
    <ModalsProvider modalProps={{ closeButtonProps: { 'aria-label': t('common.close') } }}>
      <AppLayout />
    </ModalsProvider>
  );
}
