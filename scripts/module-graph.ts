/**
 * The console's static import graph, read from the source (issue 10, "a light first load"): what a
 * route's chunks carry without building. Rolldown keeps a module that only one lazily loaded page
 * reaches out of every chunk the other routes load, so "recharts is only in the overview's static
 * graph" means no other route downloads it. Used by scripts/first-load.test.ts.
 *
 * Follows static imports (not `import type`, not `import()`, which starts a chunk of its own) of
 * src/ files; records packages, CSS files, the Mantine component styles the code needs (a
 * component's `<Name>.module.mjs` class map in @mantine/core means `@mantine/core/styles/<Name>.css`)
 * and the string literals that look like message keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '..');

export type Graph = {
  /** src/ files, relative to the repository root. */
  files: Set<string>;
  /** Bare imports by package name (`@mantine/core`, `recharts`, …). */
  packages: Set<string>;
  /** CSS files imported, as written (`@mantine/core/styles/Button.css`, `./x.css` resolved). */
  css: Set<string>;
  /** `styles/<Name>.css` of @mantine/core the graph's Mantine components need. */
  mantineStyles: Set<string>;
  /** Targets of `import()` in the graph (resolved src/ files or package names). */
  dynamic: Set<string>;
  /** String literals and template heads of the graph's files. */
  strings: Set<string>;
};

type Parsed = {
  imports: { spec: string; names: string[] }[];
  dynamic: string[];
  strings: string[];
};

const parsedCache = new Map<string, Parsed>();

function parseSource(file: string): Parsed {
  const cached = parsedCache.get(file);
  if (cached) return cached;
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const parsed: Parsed = { imports: [], dynamic: [], strings: [] };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (!clause?.isTypeOnly) {
        const bindings = clause?.namedBindings;
        const names =
          bindings && ts.isNamedImports(bindings)
            ? bindings.elements
                .filter((e) => !e.isTypeOnly)
                .map((e) => (e.propertyName ?? e.name).text)
            : [];
        const typeOnlyNamed =
          bindings && ts.isNamedImports(bindings) && names.length === 0 && !clause?.name;
        if (!typeOnlyNamed) parsed.imports.push({ spec: node.moduleSpecifier.text, names });
      }
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      parsed.imports.push({ spec: node.moduleSpecifier.text, names: [] });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      parsed.dynamic.push(node.arguments[0].text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      parsed.strings.push(node.text);
    } else if (ts.isTemplateHead(node)) {
      parsed.strings.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsedCache.set(file, parsed);
  return parsed;
}

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (candidate === base && !/\.[a-z]+$/.test(base)) continue;
      return candidate;
    }
  }
  return null;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? spec);
}

// --- Mantine: which component styles a named import needs ----------------------------------

const MANTINE_ESM = join(ROOT, 'node_modules/@mantine/core/esm');
let mantineExports: Map<string, string> | null = null;

/** Export name → module file of @mantine/core's ESM build (its index re-exports every one). */
function mantineExportMap(): Map<string, string> {
  if (mantineExports) return mantineExports;
  mantineExports = new Map();
  const index = readFileSync(join(MANTINE_ESM, 'index.mjs'), 'utf8');
  for (const match of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const name of (match[1] ?? '').split(',')) {
      const exported = name.trim().split(/\s+as\s+/);
      const key = (exported[1] ?? exported[0] ?? '').trim();
      if (key) mantineExports.set(key, resolve(MANTINE_ESM, match[2] ?? ''));
    }
  }
  return mantineExports;
}

const mantineImportsCache = new Map<string, string[]>();

/** The relative imports of a @mantine/core ESM file, resolved. */
function mantineImports(file: string): string[] {
  let imports = mantineImportsCache.get(file);
  if (!imports) {
    const text = readFileSync(file, 'utf8');
    imports = [...text.matchAll(/(?:import|export)[^"']*?from\s*"(\.[^"]+)"/g)].map((m) =>
      resolve(dirname(file), m[1] ?? ''),
    );
    mantineImportsCache.set(file, imports);
  }
  return imports;
}

/** The `<Name>.css` files the @mantine/core exports `names` need, following Mantine's imports. */
function mantineStylesOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const styleName = /([^/]+)\.module\.mjs$/.exec(file)?.[1];
    if (styleName) out.add(`${styleName}.css`);
    for (const next of mantineImports(file)) walk(next);
  };
  for (const name of names) {
    const file = mantineExportMap().get(name);
    if (file) walk(file);
  }
  return out;
}

/** Packages built on @mantine/core, and the ESM file that exports them. */
const MANTINE_BASED: Record<string, string> = {
  '@mantine/notifications': 'node_modules/@mantine/notifications/esm/index.mjs',
  '@mantine/modals': 'node_modules/@mantine/modals/esm/index.mjs',
  '@mantine/charts': 'node_modules/@mantine/charts/esm/index.mjs',
  'mantine-datatable': 'node_modules/mantine-datatable/dist/index.mjs',
};

const relativeImportsCache = new Map<string, { names: string[]; file: string }[]>();

/** A package file's relative imports, with the names each brings. */
function relativeImports(file: string): { names: string[]; file: string }[] {
  let imports = relativeImportsCache.get(file);
  if (!imports) {
    const text = readFileSync(file, 'utf8');
    imports = [...text.matchAll(/import\s*(?:\{([^}]*)\}\s*from\s*)?"(\.[^"]+)"/g)].map((m) => ({
      names: (m[1] ?? '').split(',').map(
        (n) =>
          n
            .trim()
            .split(/\s+as\s+/)
            .pop()
            ?.trim() ?? '',
      ),
      file: resolve(dirname(file), m[2] ?? ''),
    }));
    relativeImportsCache.set(file, imports);
  }
  return imports;
}

/** The @mantine/core names a package's files import, from the exports `names` on (all if a
 * bundled file exports them). */
function coreImportsOfPackage(pkg: string, names: string[]): string[] {
  const location = MANTINE_BASED[pkg];
  if (!location) return [];
  const index = join(ROOT, location);
  const starts = relativeImports(index)
    .filter((i) => names.length === 0 || i.names.some((n) => names.includes(n)))
    .map((i) => i.file);
  const seen = new Set<string>();
  const core: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@mantine\/core["']/g)) {
      for (const name of (match[1] ?? '').split(',')) {
        const original = name
          .trim()
          .split(/\s+as\s+/)[0]
          ?.trim();
        if (original) core.push(original);
      }
    }
    for (const next of relativeImports(file)) walk(next.file);
  };
  // A bundled package (mantine-datatable) is one file: all of it.
  for (const file of starts.length > 0 ? starts : [index]) walk(file);
  return core;
}

// --- The graph ------------------------------------------------------------------------------

/** The static graph from `entries` (paths relative to the repository root). */
export function staticGraph(entries: string[]): Graph {
  const graph: Graph = {
    files: new Set(),
    packages: new Set(),
    css: new Set(),
    mantineStyles: new Set(),
    dynamic: new Set(),
    strings: new Set(),
  };
  const mantineNames = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (graph.files.has(rel)) return;
    graph.files.add(rel);
    const parsed = parseSource(file);
    for (const s of parsed.strings) graph.strings.add(s);
    for (const spec of parsed.dynamic) {
      const target = spec.startsWith('.') ? resolveRelative(file, spec) : null;
      graph.dynamic.add(target ? relative(ROOT, target) : packageName(spec));
    }
    for (const { spec, names } of parsed.imports) {
      if (spec.endsWith('.css')) {
        graph.css.add(spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec);
        continue;
      }
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (!target) throw new Error(`${rel}: cannot resolve ${spec}`);
        visit(target);
        continue;
      }
      const pkg = packageName(spec);
      graph.packages.add(pkg);
      if (pkg === '@mantine/core') for (const n of names) mantineNames.add(n);
      for (const n of coreImportsOfPackage(pkg, names)) mantineNames.add(n);
    }
  };
  for (const entry of entries) visit(join(ROOT, entry));
  graph.mantineStyles = mantineStylesOf(mantineNames);
  return graph;
}

export type LazyRoute = {
  /** The route's `path` (or `(index)`, `(layout)`), for messages. */
  path: string;
  /** src/ files its `lazy` imports (the page, and styles such as src/app/styles/data-table.ts). */
  imports: string[];
  /** Message sections its `lazy` loads (string literals of its loadSections call). */
  sections: string[];
  /** The lazy routes it renders inside (their chunks load with it), outermost first. */
  ancestors: LazyRoute[];
};

/** Every route of src/app/router.tsx with a `lazy`, read from its syntax tree. */
export function lazyRoutes(routerFile = 'src/app/router.tsx'): LazyRoute[] {
  const file = join(ROOT, routerFile);
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const byNode = new Map<ts.Node, LazyRoute>();
  const propertyOf = (object: ts.ObjectLiteralExpression, name: string) =>
    object.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
    );
  const routes: LazyRoute[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const lazy = propertyOf(node, 'lazy');
      if (lazy) {
        const imports: string[] = [];
        const sections: string[] = [];
        const inside = (n: ts.Node) => {
          if (ts.isCallExpression(n)) {
            const [first] = n.arguments;
            if (
              n.expression.kind === ts.SyntaxKind.ImportKeyword &&
              first &&
              ts.isStringLiteral(first)
            ) {
              const target = resolveRelative(file, first.text);
              if (target) imports.push(relative(ROOT, target));
            } else if (ts.isIdentifier(n.expression) && n.expression.text === 'loadSections') {
              const collect = (m: ts.Node) => {
                if (ts.isStringLiteral(m)) sections.push(m.text);
                ts.forEachChild(m, collect);
              };
              collect(n);
            }
          }
          ts.forEachChild(n, inside);
        };
        inside(lazy.initializer);
        const ancestors: LazyRoute[] = [];
        for (let up = node.parent; up; up = up.parent) {
          const route = byNode.get(up);
          if (route) ancestors.unshift(route);
        }
        const path = propertyOf(node, 'path')?.initializer;
        const route: LazyRoute = {
          path:
            path && ts.isStringLiteral(path)
              ? path.text
              : propertyOf(node, 'index')
                ? '(index)'
                : '(layout)',
          imports,
          sections,
          ancestors,
        };
        byNode.set(node, route);
        routes.push(route);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return routes;
}
