import { createBrowserRouter, Navigate } from 'react-router';
import { landingPath } from '../features/auth/landing-region';
import { LoginPage } from '../features/auth/login-page';
import { RequireSession } from '../features/auth/require-session';
import { useRequiredSession } from '../features/auth/use-session';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { AppLayout } from './shell/app-layout';

/** `/`: the region the operator used last, else kr1 (src/features/auth/landing-region.ts). */
function DefaultRegion() {
  const session = useRequiredSession();
  return <Navigate to={landingPath(session)} replace />;
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
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/overview/pages/overview-page'))
                    .OverviewPage,
                }),
              },
              {
                path: 'instances',
                lazy: async () => ({
                  Component: (await import('../features/instances/pages/instances-list-page'))
                    .InstancesListPage,
                }),
              },
              {
                path: 'instances/new',
                lazy: async () => ({
                  Component: (await import('../features/instances/pages/create-instance-page'))
                    .CreateInstancePage,
                }),
              },
              {
                path: 'instances/:serverId',
                lazy: async () => ({
                  Component: (await import('../features/instances/pages/instance-detail-page'))
                    .InstanceDetailPage,
                }),
              },
              {
                path: 'flavors',
                lazy: async () => ({
                  Component: (await import('../features/flavors/pages/flavors-page')).FlavorsPage,
                }),
              },
              {
                path: 'keypairs',
                lazy: async () => ({
                  Component: (await import('../features/keypairs/pages/keypairs-list-page'))
                    .KeypairsListPage,
                }),
              },
              {
                path: 'keypairs/:name',
                lazy: async () => ({
                  Component: (await import('../features/keypairs/pages/keypair-detail-page'))
                    .KeypairDetailPage,
                }),
              },
              {
                path: 'volumes',
                lazy: async () => ({
                  Component: (await import('../features/volumes/pages/volumes-list-page'))
                    .VolumesListPage,
                }),
              },
              {
                path: 'placement-policies',
                lazy: async () => ({
                  Component: (
                    await import('../features/placement-policies/pages/placement-policies-page')
                  ).PlacementPoliciesPage,
                }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
