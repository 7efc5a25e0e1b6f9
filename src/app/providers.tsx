import './styles/entry';
import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { sessionStore } from '../session/session';
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
        // All of Mantine's CSS variables from here, none from default-css-variables.css (its
        // 3 KB were on every first load, issue 10: see styles/entry.ts).
        deduplicateCssVariables={false}
      >
        <QueryClientProvider client={queryClient}>
          <NotificationsOnDemand />
          {children}
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

const NotificationsContainer = lazy(() => import('./notifications'));

/** The notifications' container, loaded with the first notification (./notifications.tsx). */
function NotificationsOnDemand() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  // Once mounted it stays: hiding the last notification must not unmount its exit.
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  );
}
