import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './app/providers';
import { router } from './app/router';
import { reloadOnStaleBuild } from './app/stale-build';
import { initI18n } from './i18n';

// The page being loaded is the navigation's target: the address bar changes only once it has.
reloadOnStaleBuild(window, sessionStorage, () => {
  const target = router.state.navigation.location;
  if (target) window.location.assign(target.pathname + target.search + target.hash);
  else window.location.reload();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render waits for the frame's messages in the active language (one small chunk, asked
// for while the route's own chunks load): the console never shows a message key.
// The first render is a transition, so React renders it in slices and yields to the browser
// between them instead of blocking the page for the whole frame and list at once (issue 10:
// Lighthouse's Total Blocking Time); what it shows, and when it is committed, is the same.
initI18n().finally(() => {
  const app = createRoot(root);
  startTransition(() => {
    app.render(
      <StrictMode>
        <Providers>
          <RouterProvider router={router} />
        </Providers>
      </StrictMode>,
    );
  });
});
