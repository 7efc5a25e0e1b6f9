/**
 * Which @mantine/core component styles the console's imports need (./module-graph.ts): a named
 * import of @mantine/core, or of a package built on it, leads through Mantine's ESM files to the
 * components' `<Name>.module.mjs` class maps, each meaning `@mantine/core/styles/<Name>.css`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

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
export function mantineStylesOf(names: Iterable<string>): Set<string> {
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
export function coreImportsOfPackage(pkg: string, names: string[]): string[] {
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
