/**
 * The signed-in console's frame: AppLayout beside the provider of @mantine/modals' dialogs
 * (confirmations, action dialogs). Only signed-in pages open dialogs, so the provider comes with
 * the frame (a lazy route, src/app/router.tsx) and the login page never downloads Modal and its
 * scroll lock (issue 10, "a light first load"); and it loads with the first dialog, not with a
 * page's first load (modals-on-demand.tsx).
 */
import { useTranslation } from 'react-i18next';
import { ModalsOnDemand } from './modals-on-demand';
import { AppLayout } from './shell/app-layout';

export function ConsoleFrame() {
  const { t } = useTranslation();
  // Every modal's close button says what it does, in the operator's language.
  return (
    <>
      <AppLayout />
      <ModalsOnDemand modalProps={{ closeButtonProps: { 'aria-label': t('common.close') } }} />
    </>
  );
}
