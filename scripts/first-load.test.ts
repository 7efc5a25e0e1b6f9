/**
 * A light first load (issue 10), checked on the source's import graph (scripts/module-graph.ts)
 * rather than on a build: each route's chunks are the entry's plus those of its lazy loaders in
 * src/app/router.tsx (a module only one page reaches never lands in a chunk another route loads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en';
import { type Graph, type LazyRoute, lazyRoutes, ROOT, staticGraph } from './module-graph';

const ENTRY = 'src/main.tsx';
const entry = staticGraph([ENTRY]);
const routes = lazyRoutes();
const pages = routes.filter((r) => r.ancestors.length > 0);

/** Everything a route's first visit loads: the entry, its layouts' and its own lazy imports. */
const routeGraphs = new Map<LazyRoute, Graph>();
function routeGraph(route: LazyRoute): Graph {
  const cached = routeGraphs.get(route);
  if (cached) return cached;
  const graph = staticGraph([
    ENTRY,
    ...route.ancestors.flatMap((a) => a.imports),
    ...route.imports,
  ]);
  routeGraphs.set(route, graph);
  return graph;
}

const MESSAGE_FILE = /^src\/i18n\/(en|ko)\.ts$|^src\/i18n\/messages\//;
const SECTIONS = [
  'instanceList',
  'instanceDetail',
  'createInstance',
  'flavors',
  'keypairs',
  'volumes',
  'overview',
  'placementPolicies',
];
const TOP_KEYS = new Set(Object.keys(en));

/** The message sections (top-level keys) a graph's code names in literals such as 'nav.x'. */
function sectionsUsed(graph: Graph): Set<string> {
  const used = new Set<string>();
  for (const text of graph.strings) {
    const top = /^([a-zA-Z]+)\.[a-zA-Z]/.exec(text)?.[1];
    if (top && TOP_KEYS.has(top)) used.add(top);
  }
  return used;
}

/** `Name.css` of every @mantine/core style file a graph imports. */
function mantineStylesImported(graph: Graph): Set<string> {
  const out = new Set<string>();
  for (const css of graph.css) {
    const name = /^@mantine\/core\/styles\/(.+?)(\.layer)?\.css$/.exec(css)?.[1];
    if (name) out.add(`${name}.css`);
  }
  return out;
}

describe('the entry chunk', () => {
  it('holds no messages: the active language is loaded on demand, one file at a time', () => {
    expect([...entry.files].filter((f) => MESSAGE_FILE.test(f))).toEqual([]);
    expect(entry.files).toContain('src/i18n/load-messages.ts');
    // One chunk per language and section, each its own import().
    const dynamic = [...staticGraph(['src/i18n/load-messages.ts']).dynamic];
    expect(dynamic.filter((d) => d.startsWith('src/i18n/messages/en/'))).toHaveLength(
      SECTIONS.length + 1,
    );
    expect(dynamic.filter((d) => d.startsWith('src/i18n/messages/ko/'))).toHaveLength(
      SECTIONS.length + 1,
    );
  });

  it('carries no page, table, chart, form library or notifications container, nor all of Mantine’s styles', () => {
    for (const pkg of [
      'recharts',
      '@mantine/charts',
      'mantine-datatable',
      '@mantine/form',
      '@mantine/modals',
    ]) {
      expect(entry.packages, pkg).not.toContain(pkg);
    }
    expect(
      [...entry.files].filter((f) => f.startsWith('src/features/') && f.includes('/pages/')),
    ).toEqual([]);
    // The notifications' container comes with the first notification (src/app/notifications.tsx).
    expect(entry.files).not.toContain('src/app/notifications.tsx');
    expect(entry.dynamic).toContain('src/app/notifications.tsx');
    expect(entry.css).not.toContain('@mantine/notifications/styles.css');
    expect(entry.css).not.toContain('@mantine/core/styles.css');
    expect(entry.css).not.toContain('@mantine/core/styles.layer.css');
  });
});

describe('each route', () => {
  it('is read from the router: the login page, the console frame and every page are lazy', () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/login', ':region', '(index)', 'instances', 'volumes']),
    );
    for (const page of pages) expect(page.ancestors.map((a) => a.path)).toEqual([':region']);
  });

  it('loads the message sections its code uses, and the frame’s messages cover the rest', () => {
    const shell = new Set([...TOP_KEYS].filter((k) => !SECTIONS.includes(k)));
    for (const route of routes) {
      const loaded = new Set([
        ...shell,
        ...route.ancestors.flatMap((a) => a.sections),
        ...route.sections,
      ]);
      const missing = [...sectionsUsed(routeGraph(route))].filter((s) => !loaded.has(s));
      expect(missing, `${route.path}: add to its loadSections in src/app/router.tsx`).toEqual([]);
    }
  });

  it('has the styles of every Mantine component it renders', () => {
    for (const graph of [entry, ...routes.map(routeGraph)]) {
      const imported = mantineStylesImported(graph);
      const missing = [...graph.mantineStyles].filter((s) => !imported.has(s));
      expect(missing, 'add @mantine/core/styles/<Name>.layer.css to src/app/styles/').toEqual([]);
    }
  });

  it('has mantine-datatable’s styles if and only if it shows a mantine-datatable', () => {
    for (const route of routes) {
      const graph = routeGraph(route);
      const styles = graph.css.has('mantine-datatable/styles.css');
      expect(styles, `${route.path}: import('./styles/data-table') in its lazy`).toBe(
        graph.packages.has('mantine-datatable'),
      );
    }
  });

  it('leaves the other pages’ component styles (src/app/styles/pages.ts) off the instances list', () => {
    const withPageStyles = routes.filter((r) => routeGraph(r).files.has('src/app/styles/pages.ts'));
    expect(withPageStyles.map((r) => r.path)).not.toContain('instances');
    expect(withPageStyles.map((r) => r.path)).toEqual(
      expect.arrayContaining(['(index)', 'instances/new', 'flavors', 'volumes']),
    );
  });

  it('leaves Mantine’s Popover (Select, Menu, Tooltip and @floating-ui) off the instances list until first used', () => {
    // The frame's and the list's selects and menus stand in with look-alikes and download the real
    // component on first use (src/components/select-on-demand.tsx, menu-on-demand.tsx): mounted,
    // they forced the first render's style recalculation (Lighthouse) and cost ~15 KB (issue 10).
    const list = routes.find((r) => r.path === 'instances');
    expect(list).toBeDefined();
    const popovers = [...routeGraph(list as LazyRoute).mantineStyles].filter((s) =>
      /^(Popover|Combobox|Menu|Tooltip)\.css$/.test(s),
    );
    expect(popovers).toEqual([]);
  });

  it('gets the chart library with the overview only, and after its counts', () => {
    // No route loads it up front, the overview included: its counts paint first, and its charts'
    // own chunk (src/features/overview/components/charts.tsx) comes when the first is shown.
    const hasCharts = (graph: Graph) =>
      graph.packages.has('recharts') || graph.packages.has('@mantine/charts');
    expect(routes.filter((r) => hasCharts(routeGraph(r))).map((r) => r.path)).toEqual([]);
    const CHARTS = 'src/features/overview/components/charts.tsx';
    expect(hasCharts(staticGraph([CHARTS]))).toBe(true);
    const loadingCharts = routes.filter((r) => routeGraph(r).dynamic.has(CHARTS));
    expect(loadingCharts.map((r) => r.path)).toEqual(['(index)']);
  });
});

describe('the style files', () => {
  const order = styleOrder();
  const imports = (file: string) =>
    [
      ...readFileSync(join(ROOT, file), 'utf8').matchAll(
        /@mantine\/core\/styles\/(.+?)\.layer\.css/g,
      ),
    ].map((m) => m[1] ?? '');

  it('keep the order of @mantine/core/styles.css, entry.ts before console.ts, each file once', () => {
    const files = [
      'src/app/styles/entry.ts',
      'src/app/styles/console.ts',
      'src/app/styles/dialogs.ts',
      'src/app/styles/pages.ts',
      'src/app/styles/data-table.ts',
    ];
    const all = files.flatMap(imports);
    expect(new Set(all).size).toBe(all.length);
    // No default-css-variables: MantineProvider writes them all (src/app/providers.tsx).
    expect(all.slice(0, 2)).toEqual(['baseline', 'global']);
    expect(all).not.toContain('default-css-variables');
    for (const file of files) {
      const positions = imports(file).map((name) => order.indexOf(name));
      expect(positions, file).not.toContain(-1);
      expect(positions, file).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

/** The component style files in the order @mantine/core/styles.css concatenates them. */
function styleOrder(): string[] {
  const dir = join(ROOT, 'node_modules/@mantine/core/styles');
  const all = readFileSync(join(ROOT, 'node_modules/@mantine/core/styles.css'), 'utf8');
  const at = (name: string) =>
    all.indexOf(readFileSync(join(dir, `${name}.css`), 'utf8').slice(0, 80));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css') && !f.endsWith('.layer.css'))
    .map((f) => f.replace(/\.css$/, ''))
    .filter((name) => at(name) >= 0)
    .sort((a, b) => at(a) - at(b));
}
