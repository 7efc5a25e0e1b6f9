/**
 * The route table (src/navigation/paths.ts) and the router (router.tsx) name the same pages: each
 * link the table builds opens a page of the router, not its "not found", with the ids it carries,
 * and every page of the router has a link. The router is read as text, as scripts/module-graph.ts
 * reads it (importing it would start a browser router).
 */
import { readFileSync } from 'node:fs';
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  createInstancePath,
  flavorsPath,
  homePath,
  instancePath,
  instancesPath,
  keypairPath,
  keypairsPath,
  loginPath,
  overviewPath,
  placementPoliciesPath,
  samePageInRegion,
  volumesPath,
} from '../navigation/paths';

const routerSource = readFileSync(new URL('./router.tsx', import.meta.url), 'utf8');
const declared = [...routerSource.matchAll(/\bpath: '([^']+)'/g)].map((match) => match[1] ?? '');
/** The pages below `/:region`, as router.tsx declares them. */
const regionPages = declared.filter((path) => !['/login', ':region', '*'].includes(path));

const routes: RouteObject[] = [
  { path: '/login', id: '/login' },
  {
    path: '/',
    children: [
      { index: true, id: '/' },
      {
        path: ':region',
        children: [
          { index: true, id: ':region' },
          ...regionPages.map((path) => ({ path, id: path })),
          { path: '*', id: 'not found' },
        ],
      },
    ],
  },
  { path: '*', id: 'not found' },
];

function pageOf(link: string): { page: string; params: Record<string, string | undefined> } {
  const url = new URL(link, 'http://console.test');
  const matches = matchRoutes(routes, url.pathname) ?? [];
  const last = matches.at(-1);
  return { page: last?.route.id ?? 'none', params: last?.params ?? {} };
}

describe('the route table against the router', () => {
  it('reads the router’s pages', () => {
    expect(declared).toContain('/login');
    expect(declared).toContain(':region');
    expect(regionPages).toContain('instances/:serverId');
  });

  const links: [string, string, Record<string, string>][] = [
    [homePath(), '/', {}],
    [loginPath({ next: '/kr1/volumes', reason: 'expired' }), '/login', {}],
    [overviewPath('kr1'), ':region', { region: 'kr1' }],
    [instancesPath('kr2', { status: 'ERROR', family: 'm2' }), 'instances', { region: 'kr2' }],
    [createInstancePath('kr1', { placementPolicy: 'g-1' }), 'instances/new', { region: 'kr1' }],
    [instancePath('jp1', 's-1'), 'instances/:serverId', { region: 'jp1', serverId: 's-1' }],
    [flavorsPath('kr1'), 'flavors', {}],
    [keypairsPath('kr1'), 'keypairs', {}],
    [keypairPath('kr1', 'ops/key 1'), 'keypairs/:name', { name: 'ops/key 1' }],
    [volumesPath('kr3', { attached: 'no', volume: 'v-1' }), 'volumes', { region: 'kr3' }],
    [placementPoliciesPath('kr1'), 'placement-policies', {}],
    [samePageInRegion('/kr1/instances/s-1', 'kr2'), 'instances', { region: 'kr2' }],
  ];

  it.each(links)('%s opens %s', (link, page, params) => {
    const found = pageOf(link);
    expect(found.page).toBe(page);
    expect(found.params).toMatchObject(params);
  });

  it('has a link for every page of the router', () => {
    const reached = new Set(links.map(([, page]) => page));
    for (const page of regionPages) expect(reached, page).toContain(page);
  });
});
