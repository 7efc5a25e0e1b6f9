import { describe, expect, it } from 'vitest';
import {
  barrelExports,
  CONSOLE_FRAME,
  INSTANCES_LIST,
  isConsoleShared,
  isLoginShared,
  LOGIN_PAGE,
  type ModuleNode,
  namedImports,
  routeChunks,
  routeSets,
  staticClosure,
} from './route-chunks';

describe('namedImports', () => {
  it('reads the names a module imports from each package, minified or not', () => {
    const code = `import { Button, Paper as P, type ButtonProps } from '@mantine/core';
import type { Theme } from '@mantine/core';
import dayjs from 'dayjs';
import * as all from 'zod';
import{Box as e,Text}from"@mantine/hooks";
export { x } from 'other';`;
    const imports = namedImports(code);
    expect([...(imports.get('@mantine/core') ?? [])]).toEqual(['Button', 'Paper']);
    expect(imports.get('dayjs')).toBeNull();
    expect(imports.get('zod')).toBeNull();
    expect([...(imports.get('@mantine/hooks') ?? [])]).toEqual(['Box', 'Text']);
    expect(imports.get('other')).toBeNull();
  });
});

describe('barrelExports', () => {
  it('maps an index that only imports and re-exports, and nothing else', () => {
    const index = `import { Button } from "./components/Button/Button.mjs";
import { RemoveScroll as RS } from "react-remove-scroll";
export { Button, RS as RemoveScroll };`;
    const map = barrelExports('/pkg/esm/index.mjs', index);
    expect(map?.get('Button')).toBe('/pkg/esm/components/Button/Button.mjs');
    expect(map?.get('RemoveScroll')).toBe('package:react-remove-scroll');
    expect(
      barrelExports(
        '/pkg/esm/x.mjs',
        `import { a } from "./a.mjs";\nconst b = a();\nexport { b };`,
      ),
    ).toBeNull();
  });
});

/** A build's graph in miniature: the entry, a package index and the three routes that matter. */
function graph(): Map<string, ModuleNode> {
  const node = (importedIds: string[], dynamic: string[] = [], isEntry = false): ModuleNode => ({
    importedIds,
    dynamicallyImportedIds: dynamic,
    isEntry,
  });
  const ui = '/r/node_modules/ui/index.mjs';
  return new Map([
    [
      '/r/src/main.tsx',
      node(
        [ui],
        [`/r/${LOGIN_PAGE}`, `/r/${CONSOLE_FRAME}`, `/r/${INSTANCES_LIST}`, '/r/src/other.tsx'],
        true,
      ),
    ],
    [
      ui,
      node([
        '/r/node_modules/ui/Input.mjs',
        '/r/node_modules/ui/Select.mjs',
        '/r/node_modules/ui/Chip.mjs',
      ]),
    ],
    ['/r/node_modules/ui/Input.mjs', node([])],
    ['/r/node_modules/ui/Select.mjs', node(['/r/node_modules/ui/Input.mjs'])],
    ['/r/node_modules/ui/Chip.mjs', node([])],
    [`/r/${LOGIN_PAGE}`, node([ui])],
    [`/r/${CONSOLE_FRAME}`, node(['/r/src/shared.tsx'])],
    [`/r/${INSTANCES_LIST}`, node([ui, '/r/src/shared.tsx', '/r/src/list-only.tsx'])],
    ['/r/src/other.tsx', node([ui, '/r/src/shared.tsx'])],
    ['/r/src/shared.tsx', node([])],
    ['/r/src/list-only.tsx', node([])],
  ]);
}
const sources: Record<string, string> = {
  '/r/node_modules/ui/index.mjs': `import { Input } from "./Input.mjs";\nimport { Select } from "./Select.mjs";\nimport { Chip } from "./Chip.mjs";\nexport { Chip, Input, Select };`,
  [`/r/${LOGIN_PAGE}`]: `import { Input } from 'ui';`,
  [`/r/${INSTANCES_LIST}`]: `import { Select } from 'ui';\nimport './shared';`,
  '/r/src/other.tsx': `import { Select, Chip } from 'ui';`,
};
const read = (id: string) => sources[id] ?? '';

describe('the route sets', () => {
  it('follow a package index only to the names imported from it', () => {
    const list = staticClosure(graph(), `/r/${INSTANCES_LIST}`, read);
    expect(list).toContain('/r/node_modules/ui/Select.mjs');
    expect(list).toContain('/r/node_modules/ui/Input.mjs');
    expect(list).not.toContain('/r/node_modules/ui/Chip.mjs');
    expect(list).not.toContain('/r/node_modules/ui/index.mjs');
  });

  it('put what the login page shares in login-shared, what the console shares in console', () => {
    const sets = routeSets(graph(), read);
    const where = (id: string) =>
      isLoginShared(sets, id) ? 'login-shared' : isConsoleShared(sets, id) ? 'console' : null;
    expect(where('/r/node_modules/ui/Input.mjs')).toBe('login-shared');
    expect(where('/r/node_modules/ui/Select.mjs')).toBe('console');
    expect(where('/r/src/shared.tsx')).toBe('console');
    // A module only the list loads stays with the list; one other pages share without the
    // console's frame or list stays out of both.
    expect(where('/r/src/list-only.tsx')).toBeNull();
    expect(where('/r/node_modules/ui/Chip.mjs')).toBeNull();
  });
});

describe('the build check', () => {
  const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    facadeModuleId,
  });
  const check = (bundle: Record<string, unknown>) => {
    const errors: string[] = [];
    const { plugin } = routeChunks();
    const generate = plugin.generateBundle as (
      this: { error: (message: string) => void },
      options: unknown,
      bundle: unknown,
    ) => void;
    generate.call({ error: (message) => errors.push(message) }, {}, bundle);
    return errors;
  };

  it('fails a build where the login page would load the console chunk', () => {
    const login = chunk(
      'assets/login-page-Ab12Cd34.js',
      ['assets/login-shared-Xy12Zw34.js'],
      `/r/${LOGIN_PAGE}`,
    );
    const shared = chunk('assets/login-shared-Xy12Zw34.js', ['assets/index-Qq12Ww34.js']);
    const frame = chunk('assets/console-frame-Ee12Rr34.js', ['assets/console-Tt12Yy34.js']);
    expect(check({ a: login, b: shared, c: frame })).toEqual([]);
    const wrong = chunk('assets/login-shared-Xy12Zw34.js', ['assets/console-Tt12Yy34.js']);
    expect(check({ a: login, b: wrong })).toEqual([
      'the login page would load assets/console-Tt12Yy34.js',
    ]);
  });
});
