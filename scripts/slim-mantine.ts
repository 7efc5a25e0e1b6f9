/**
 * Two imports of Mantine's that cost the instances list and the console's frame more than they
 * use (issue 10: JS+CSS on the wire to a live instances list ≤ 200 KB), pointed at small modules
 * of ours for those importers only, in the production build:
 *
 * - ScrollArea (Mantine's Table and the navbar use it) imports `useMergeRefs` from
 *   @floating-ui/react, which brought all of Floating UI (~13 KB compressed) onto every page;
 *   src/vendor/merge-refs.ts is that hook alone.
 * - AppShell's header, footer and aside import react-remove-scroll for `RemoveScroll.classNames`;
 *   src/vendor/remove-scroll-class-names.ts is those two names.
 *
 * Every other importer (Popover, Tooltip, Menu, ModalBase, …) still gets the real package.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const vendor = (file: string) => fileURLToPath(new URL(`../src/vendor/${file}`, import.meta.url));

export const SLIM_IMPORTS: readonly { source: string; importer: RegExp; target: string }[] = [
  {
    source: '@floating-ui/react',
    importer: /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/,
    target: vendor('merge-refs.ts'),
  },
  {
    source: 'react-remove-scroll',
    importer:
      /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]AppShell[\\/]AppShell(Header|Footer|Aside)[\\/]AppShell\1\.mjs$/,
    target: vendor('remove-scroll-class-names.ts'),
  },
];

/** Where a slimmed import goes for this importer, or null (the real package). */
export function slimTarget(source: string, importer: string | undefined): string | null {
  if (!importer) return null;
  const found = SLIM_IMPORTS.find((s) => s.source === source && s.importer.test(importer));
  return found?.target ?? null;
}

export function slimMantine(): Plugin {
  return {
    name: 'console:slim-mantine',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return slimTarget(source, importer);
    },
  };
}
