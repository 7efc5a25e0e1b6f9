import { createBrowserRouter, Navigate } from 'react-router';
import { emulatorQuery } from '../components/use-is-emulator';
import { RequireSession } from '../features/auth/require-session';
import { listQueries } from '../features/instances/list-data';
import { overviewQueries } from '../features/overview/overview-data';
import { loadSections } from '../i18n';
import { landingPath } from '../session/landing-region';
import { useRequiredSession } from '../session/use-session';
import { NotFoundPage } from './not-found-page';
import { queryClient } from './query-client';
import { prefetchingLoader } from './route-data';
import { RouteError } from './route-error';

/** `/`: the region the operator used last, else kr1 (src/session/landing-region.ts). */
function DefaultRegion() {
  const session = useRequiredSession();
  return <Navigate to={landingPath(session)} replace />;
}

/**
 * The login page paints once the console knows whether it talks to the emulator (asked while the
 * page's chunk loads), so its emulator note is there from the first paint instead of pushing the
 * form down (Lighthouse measured a layout shift of 0.155; issue 10). An answer slower than 2 s
 * no longer holds the page: the note then comes when it does.
 */
function backendKnown(): Promise<unknown> {
  return Promise.race([
    queryClient.ensureQueryData(emulatorQuery),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ]);
}

// Every page is loaded when first visited (issue 10, "a light first load"): the entry holds what
// every route needs (providers, router, session guard), and its first render waits for the
// frame's messages anyway, so the page's chunk costs no extra round trip. The login page does
// not come with the console, nor the console with the login page. The console's frame
// (AppLayout) and the page come in parallel, each page with its message sections
// in the active language (src/i18n/load-messages.ts) and, for the pages with a mantine-datatable,
// its styles. scripts/first-load.test.ts checks each route has the sections and styles it uses.
export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => {
      const [{ LoginPage }] = await Promise.all([
        import('../features/auth/login-page'),
        backendKnown(),
      ]);
      return { Component: LoginPage };
    },
    errorElement: <RouteError />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DefaultRegion /> },
      {
        path: ':region',
        lazy: async () => ({ Component: (await import('./console-frame')).ConsoleFrame }),
        errorElement: <RouteError />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                // The overview's data is asked for while its chunk loads (route-data.ts).
                loader: prefetchingLoader(queryClient, overviewQueries),
                lazy: async () => {
                  const [{ OverviewPage }] = await Promise.all([
                    import('../features/overview/pages/overview-page'),
                    loadSections(['overview', 'volumes']),
                    import('./styles/pages'),
                  ]);
                  return { Component: OverviewPage };
                },
              },
              {
                path: 'instances',
                loader: prefetchingLoader(queryClient, listQueries),
                lazy: async () => {
                  const [{ InstancesListPage }] = await Promise.all([
                    import('../features/instances/pages/instances-list-page'),
                    loadSections(['instanceList', 'instanceDetail']),
                  ]);
                  return { Component: InstancesListPage };
                },
              },
              {
                path: 'instances/new',
                lazy: async () => {
                  const [{ CreateInstancePage }] = await Promise.all([
                    import('../features/instances/pages/create-instance-page'),
                    loadSections(['createInstance', 'instanceList', 'keypairs']),
                    import('./styles/pages'),
                  ]);
                  return { Component: CreateInstancePage };
                },
              },
              {
                path: 'instances/:serverId',
                lazy: async () => {
                  const [{ InstanceDetailPage }] = await Promise.all([
                    import('../features/instances/pages/instance-detail-page'),
                    loadSections(['instanceDetail', 'instanceList']),
                    import('./styles/pages'),
                  ]);
                  return { Component: InstanceDetailPage };
                },
              },
              {
                path: 'flavors',
                lazy: async () => {
                  const [{ FlavorsPage }] = await Promise.all([
                    import('../features/flavors/pages/flavors-page'),
                    loadSections(['flavors']),
                    import('./styles/data-table'),
                  ]);
                  return { Component: FlavorsPage };
                },
              },
              {
                path: 'keypairs',
                lazy: async () => {
                  const [{ KeypairsListPage }] = await Promise.all([
                    import('../features/keypairs/pages/keypairs-list-page'),
                    loadSections(['keypairs']),
                    import('./styles/data-table'),
                  ]);
                  return { Component: KeypairsListPage };
                },
              },
              {
                path: 'keypairs/:name',
                lazy: async () => {
                  const [{ KeypairDetailPage }] = await Promise.all([
                    import('../features/keypairs/pages/keypair-detail-page'),
                    loadSections(['keypairs']),
                    import('./styles/data-table'),
                  ]);
                  return { Component: KeypairDetailPage };
                },
              },
              {
                path: 'volumes',
                lazy: async () => {
                  const [{ VolumesListPage }] = await Promise.all([
                    import('../features/volumes/pages/volumes-list-page'),
                    loadSections(['volumes', 'createInstance', 'instanceList']),
                    import('./styles/data-table'),
                  ]);
                  return { Component: VolumesListPage };
                },
              },
              {
                path: 'placement-policies',
                lazy: async () => {
                  const [{ PlacementPoliciesPage }] = await Promise.all([
                    import('../features/placement-policies/pages/placement-policies-page'),
                    loadSections(['placementPolicies']),
                    import('./styles/data-table'),
                  ]);
                  return { Component: PlacementPoliciesPage };
                },
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
