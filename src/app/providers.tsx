import './styles/entry';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { sessionStore } from '../features/auth/session';
import { queryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

// When a session ends, every cached answer goes with it: nothing of one tenant outlives it.
sessionStore.subscribe(() => {
  if (!sessionStore.get()) queryClient.clear();
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18next}>
      <MantineProvider
        theme={theme}
        defaultColorScheme="auto"
        cssVariablesResolver={cssVariablesResolver}
      >
        <QueryClientProvider client={queryClient}>
          <LabelledModals>
            <Notifications position="top-right" />
            {children}
          </LabelledModals>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Every modal's close button says what it does, in the operator's language. */
function LabelledModals({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ModalsProvider modalProps={{ closeButtonProps: { 'aria-label': t('common.close') } }}>
      {children}
    </ModalsProvider>
  );
}
