import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { RequireSession } from '../features/auth/require-session';
import { useRequiredSession } from '../features/auth/use-session';
import { NotFoundPage } from './not-found-page';
import { PlaceholderPage } from './placeholder-page';
import { RouteError } from './route-error';
import { AppLayout } from './shell/app-layout';

function DefaultRegion() {
  const session = useRequiredSession();
  return <Navigate to={`/${session.regions[0] ?? 'kr1'}/instances`} replace />;
}

// Every page but the login and the shell is loaded when first visited.
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DefaultRegion /> },
      {
        path: ':region',
        element: <AppLayout />,
        errorElement: <RouteError />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <PlaceholderPage page="overview" /> },
              {
                path: 'instances',
                lazy: async () => ({
                  Component: (await import('../features/instances/pages/instances-list-page'))
                    .InstancesListPage,
                }),
              },
              { path: 'flavors', element: <PlaceholderPage page="flavors" /> },
              { path: 'keypairs', element: <PlaceholderPage page="keypairs" /> },
              { path: 'volumes', element: <PlaceholderPage page="volumes" /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
