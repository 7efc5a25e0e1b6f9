/**
 * How `vite build` groups modules into chunks (issue 10: JS+CSS on the wire to a live instances
 * list ≤ 200 KB). Left to itself, Rolldown makes one chunk per set of routes that share a module:
 * the instances list loaded 51 files, many under 1 KB, each costing a request and its response
 * headers. Here:
 *
 * - everything the entry imports statically stays in the entry chunk (`index`);
 * - `login-shared`: what the login page shares with the console's frame or the instances list
 *   (the language switch, the text inputs), so the login page loads no more than it uses;
 * - `console`: what the frame and the instances list share with any other route, and is not in
 *   `login-shared` — one chunk instead of dozens, loaded by every signed-in page;
 * - the rest as Rolldown makes it: each page's own modules in its chunk, modules shared only by
 *   other pages in chunks of their own.
 *
 * Which route uses which module is read from the bundler's module graph, following a package's
 * index (`@mantine/core`, which re-exports every component) only for the names a module imports
 * from it, as tree-shaking does. The plugin refuses a build where the login page loads `console`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const LOGIN_PAGE = 'src/features/auth/login-page.tsx';
export const CONSOLE_FRAME = 'src/app/console-frame.tsx';
export const INSTANCES_LIST = 'src/features/instances/pages/instances-list-page.tsx';
/** Message chunks are loaded per language and section, not per route (src/i18n/load-messages.ts). */
const NOT_A_ROUTE = /\/src\/i18n\/messages\//;

export interface ModuleNode {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
  isEntry: boolean;
}
export type ModuleGraph = ReadonlyMap<string, ModuleNode>;

const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;
const packageOf = (id: string) => PACKAGE.exec(id)?.[1]?.replace('\\', '/') ?? null;

/** Bare imports of a module's source: specifier → imported names (null: all, or unknown). */
export function namedImports(code: string): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  const add = (spec: string, names: string[] | null) => {
    const known = out.get(spec);
    if (names === null || known === null) out.set(spec, null);
    else out.set(spec, new Set([...(known ?? []), ...names]));
  };
  for (const m of code.matchAll(
    /\bimport(?:\s+|(?=[{*]))(?:type\s+)?([^'"();]*?)\s*from\s*['"]([^'"]+)['"]/g,
  )) {
    const clause = m[1] ?? '';
    const spec = m[2] ?? '';
    if (/^type\s/.test(m[0].slice(6).trim())) continue;
    const braces = /\{([^}]*)\}/.exec(clause)?.[1];
    const rest = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, ' ')
      .trim();
    if (rest.startsWith('*') || rest !== '' || braces === undefined) {
      add(spec, null);
      continue;
    }
    const names = braces
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '' && !n.startsWith('type '))
      .map((n) => n.split(/\s+as\s+/)[0]?.trim() ?? '');
    add(spec, names);
  }
  for (const m of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g)) {
    add(m[1] ?? '', null);
  }
  return out;
}

/**
 * A package index that only imports and re-exports (Mantine's): exported name → the module file it
 * comes from, or `package:<name>` for a name re-exported from another package. Null for a module
 * with code of its own.
 */
export function barrelExports(file: string, code: string): Map<string, string> | null {
  const imports = /\bimport\s*\{([^}]*)\}\s*from\s*"([^"]+)";?/g;
  const local = new Map<string, string>();
  for (const m of code.matchAll(imports)) {
    const spec = m[2] ?? '';
    const from = spec.startsWith('.') ? resolve(dirname(file), spec) : `package:${spec}`;
    for (const part of (m[1] ?? '').split(',')) {
      const [name, as] = part.trim().split(/\s+as\s+/);
      if (name) local.set((as ?? name).trim(), from);
    }
  }
  const exportList = /\bexport\s*\{([^}]*)\}\s*;?/g;
  const rest = code
    .replace(imports, '')
    .replace(exportList, '')
    .replace(/\/\/.*$/gm, '')
    .trim();
  const list = [...code.matchAll(exportList)].map((m) => m[1] ?? '').join(',');
  if (local.size === 0 || rest !== '' || list === '') return null;
  const out = new Map<string, string>();
  for (const part of list.split(',')) {
    const [name, as] = part.trim().split(/\s+as\s+/);
    const target = name ? local.get(name.trim()) : undefined;
    if (name && target) out.set((as ?? name).trim(), target);
  }
  return out;
}

export type ReadCode = (id: string) => string | null;

const readFromDisk: ReadCode = (id) => {
  if (id.startsWith('\0')) return null;
  try {
    return readFileSync(id.replace(/\?.*$/, ''), 'utf8');
  } catch {
    return null;
  }
};

/**
 * The modules `start` loads with it: its static imports, their static imports, and so on; through
 * a package index only to the modules of the names imported from it.
 */
export function staticClosure(graph: ModuleGraph, start: string, read: ReadCode): Set<string> {
  const seen = new Set<string>();
  const barrels = new Map<string, Map<string, string> | null>();
  const barrel = (id: string) => {
    if (!barrels.has(id)) {
      const code = packageOf(id) ? read(id) : null;
      barrels.set(id, code === null ? null : barrelExports(id, code));
    }
    return barrels.get(id) ?? null;
  };
  const byFile = new Map([...graph.keys()].map((k) => [k.replace(/\?.*$/, ''), k] as const));
  const todo = [start];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const imports = graph.get(id)?.importedIds ?? [];
    const named = imports.some((d) => barrel(d)) ? namedImports(read(id) ?? '') : null;
    for (const dep of imports) {
      const exports = barrel(dep);
      const names = exports && named?.get(packageOf(dep) ?? '');
      if (!exports || !names) {
        todo.push(dep);
        continue;
      }
      for (const name of names) {
        const target = exports.get(name);
        const targetId = target?.startsWith('package:')
          ? graph.get(dep)?.importedIds.find((d) => packageOf(d) === target.slice(8))
          : target === undefined
            ? undefined
            : byFile.get(target);
        // A name the index does not list (or a module the build dropped): all of it, to be safe.
        todo.push(targetId ?? dep);
      }
    }
  }
  return seen;
}

export interface RouteSets {
  login: Set<string>;
  frame: Set<string>;
  list: Set<string>;
  /** How many routes (lazily loaded modules other than messages) load each module. */
  routes: Map<string, number>;
}

export function routeSets(graph: ModuleGraph, read: ReadCode = readFromDisk): RouteSets {
  const routes = new Set<string>();
  for (const node of graph.values())
    for (const d of node.dynamicallyImportedIds) if (!NOT_A_ROUTE.test(d)) routes.add(d);
  const closures = new Map([...routes].map((r) => [r, staticClosure(graph, r, read)] as const));
  const count = new Map<string, number>();
  for (const closure of closures.values())
    for (const id of closure) count.set(id, (count.get(id) ?? 0) + 1);
  const route = (file: string) => {
    const id = [...routes].find((r) => r.replace(/\\/g, '/').endsWith(file));
    if (!id) throw new Error(`route-chunks: no lazily loaded ${file}`);
    return closures.get(id) as Set<string>;
  };
  return {
    login: route(LOGIN_PAGE),
    frame: route(CONSOLE_FRAME),
    list: route(INSTANCES_LIST),
    routes: count,
  };
}

export const isLoginShared = (s: RouteSets, id: string) =>
  s.login.has(id) && (s.frame.has(id) || s.list.has(id));

export const isConsoleShared = (s: RouteSets, id: string) =>
  !s.login.has(id) && (s.frame.has(id) || s.list.has(id)) && (s.routes.get(id) ?? 0) >= 2;

/** The plugin that reads the graph, and the groups for `build.rolldownOptions.output`. */
export function routeChunks() {
  const graph = new Map<string, ModuleNode>();
  let sets: RouteSets | null = null;
  const current = () => {
    sets ??= routeSets(graph);
    return sets;
  };
  const plugin: Plugin = {
    name: 'console:route-chunks',
    apply: 'build',
    buildStart() {
      graph.clear();
      sets = null;
    },
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (info) graph.set(id, info);
      }
    },
    generateBundle(_, bundle) {
      // The login page must not load the signed-in console's chunk (issue 10: a light login).
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      );
      const login = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(LOGIN_PAGE));
      const seen = new Set<string>();
      const todo = login ? [login.fileName] : [];
      while (todo.length > 0) {
        const file = todo.pop() as string;
        if (seen.has(file)) continue;
        seen.add(file);
        todo.push(...(chunks.get(file)?.imports ?? []));
      }
      const wrong = [...seen].filter((f) => /(^|\/)console-[\w-]{8}\.js$/.test(f));
      if (wrong.length > 0) this.error(`the login page would load ${wrong.join(', ')}`);
    },
  };
  const groups = [
    // The entry's own static imports: in the entry chunk, as without groups.
    { name: 'index', tags: ['$initial' as const], priority: 3 },
    { name: 'login-shared', priority: 2, test: (id: string) => isLoginShared(current(), id) },
    { name: 'console', priority: 1, test: (id: string) => isConsoleShared(current(), id) },
  ];
  return { plugin, groups };
}
