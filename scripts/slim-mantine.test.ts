import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLIM_IMPORTS, slimTarget } from './slim-mantine';

const mantine = join(dirname(createRequire(import.meta.url).resolve('@mantine/core')), '..', 'esm');
const component = (...parts: string[]) => join(mantine, 'components', ...parts);

describe('slimMantine', () => {
  it('points only the named importers at our modules', () => {
    expect(slimTarget('@floating-ui/react', component('ScrollArea', 'ScrollArea.mjs'))).toMatch(
      /src[\\/]vendor[\\/]merge-refs\.ts$/,
    );
    expect(
      slimTarget(
        'react-remove-scroll',
        component('AppShell', 'AppShellHeader', 'AppShellHeader.mjs'),
      ),
    ).toMatch(/remove-scroll-class-names\.ts$/);
    expect(slimTarget('@floating-ui/react', component('Popover', 'use-popover.mjs'))).toBeNull();
    expect(slimTarget('react-remove-scroll', component('ModalBase', 'ModalBase.mjs'))).toBeNull();
    expect(slimTarget('react', component('ScrollArea', 'ScrollArea.mjs'))).toBeNull();
  });

  // A Mantine upgrade that imports more from these packages must not get our small stand-ins.
  it.each([
    ['ScrollArea', 'ScrollArea.mjs', '@floating-ui/react', 'useMergeRefs'],
    ['AppShell', 'AppShellHeader/AppShellHeader.mjs', 'react-remove-scroll', 'RemoveScroll'],
    ['AppShell', 'AppShellFooter/AppShellFooter.mjs', 'react-remove-scroll', 'RemoveScroll'],
    ['AppShell', 'AppShellAside/AppShellAside.mjs', 'react-remove-scroll', 'RemoveScroll'],
  ])('%s/%s imports only %s from %s', (folder, file, source, name) => {
    const path = component(folder, ...file.split('/'));
    expect(SLIM_IMPORTS.some((s) => s.source === source && s.importer.test(path))).toBe(true);
    const code = readFileSync(path, 'utf8');
    const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)]
      .filter((m) => m[2] === source)
      .map((m) => m[1]?.trim());
    expect(imports).toEqual([name]);
    if (name === 'RemoveScroll') {
      const uses = [...code.matchAll(/RemoveScroll\.(\w+)\.(\w+)/g)].map((m) => `${m[1]}.${m[2]}`);
      expect(new Set(uses)).toEqual(new Set(['classNames.zeroRight']));
    }
  });
});
