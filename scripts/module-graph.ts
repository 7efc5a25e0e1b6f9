/**
 * The console's static import graph, read from the source (issue 10, "a light first load"): what a
 * route's chunks carry without building. Rolldown keeps a module that only one lazily loaded page
 * reaches out of every chunk the other routes load, so "recharts is only in the overview's static
 * graph" means no other route downloads it. Used by scripts/first-load.test.ts.
 *
 * Follows static imports (not `import type`, not `import()`, which starts a chunk of its own) of
 * src/ files; records packages, CSS files, the Mantine component styles the code needs (a
 * component's `<Name>.module.mjs` class map in @mantine/core means `@mantine/core/styles/<Name>.css`)
 * and the string literals that look like message keys. The Mantine part: ./mantine-styles.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { coreImportsOfPackage, mantineStylesOf } from './mantine-styles';

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
