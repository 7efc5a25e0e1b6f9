import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIRST_PAGES,
  languageOf,
  type Manifest,
  preloadsFor,
  preloadsOf,
  shellsWithPreloads,
  withPreloads,
} from './route-preloads';

/** A manifest as Vite writes it, trimmed to what the preloads read. */
const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-A.js', isEntry: true, css: ['assets/index-A.css'] },
  _shared: { file: 'assets/login-shared-B.js', imports: ['index.html'] },
  _console: {
    file: 'assets/console-C.js',
    imports: ['index.html', '_shared'],
    css: ['assets/console-C.css'],
  },
  'src/app/console-frame.tsx': {
    file: 'assets/console-frame-D.js',
    imports: ['index.html', '_shared', '_console'],
    css: ['assets/console-frame-D.css'],
  },
  'src/features/instances/pages/instances-list-page.tsx': {
    file: 'assets/instances-list-page-E.js',
    imports: ['index.html', '_shared', '_console'],
  },
  'src/features/auth/login-page.tsx': { file: 'assets/login-page-F.js', imports: ['_shared'] },
  'src/i18n/messages/en/shell.ts': { file: 'assets/shell-G.js' },
  'src/i18n/messages/en/instance-list.ts': { file: 'assets/instances-H.js' },
  'src/i18n/messages/en/instance-detail.ts': { file: 'assets/instance-I.js' },
  'src/i18n/messages/ko/shell.ts': { file: 'assets/shell-J.js' },
};

describe('the first pages’ preloads', () => {
  it('name the router’s own modules and message sections for each page', () => {
    const router = readFileSync(new URL('../src/app/router.tsx', import.meta.url), 'utf8');
    const lazyOf = (module: string) => {
      const at = router.indexOf(
        `import('../${module.replace(/^src\//, '').replace(/\.tsx$/, '')}')`,
      );
      expect(at, `router.tsx imports ${module}`).toBeGreaterThan(0);
      return router.slice(at, router.indexOf('return {', at));
    };
    for (const page of FIRST_PAGES) {
      const pageModule = page.modules.at(-1) as string;
      const sections = page.messages.filter((m) => m !== 'shell');
      const block = lazyOf(pageModule);
      if (sections.length > 0) {
        expect(block).toContain(`loadSections([${sections.map((s) => `'${s}'`).join(', ')}])`);
      }
    }
    expect(router).toContain("import('./console-frame')");
  });

  it('name message files that exist, in both languages', () => {
    const preloads = preloadsFor(
      new Proxy({} as Manifest, { get: (_, file) => ({ file: String(file) }) }),
      '/kr1/instances',
      'ko',
    );
    const files = preloads?.scripts.filter((f) => f.includes('/i18n/')) ?? [];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      for (const language of ['en', 'ko']) {
        const source = file.replace(/^\/?/, '').replace('/ko/', `/${language}/`);
        expect(existsSync(new URL(`../${source}`, import.meta.url)), source).toBe(true);
      }
    }
  });

  it('are a page’s chunks and those they import, with their styles, never the entry', () => {
    expect(preloadsOf(MANIFEST, ['src/app/console-frame.tsx'])).toEqual({
      scripts: ['/assets/console-frame-D.js', '/assets/login-shared-B.js', '/assets/console-C.js'],
      styles: ['/assets/console-frame-D.css', '/assets/console-C.css'],
    });
  });

  it('give the instances list the frame, the list and its messages in the language asked for', () => {
    const preloads = preloadsFor(MANIFEST, '/kr1/instances', 'en');
    expect(preloads?.scripts).toEqual([
      '/assets/console-frame-D.js',
      '/assets/login-shared-B.js',
      '/assets/console-C.js',
      '/assets/instances-list-page-E.js',
      '/assets/shell-G.js',
      '/assets/instances-H.js',
      '/assets/instance-I.js',
    ]);
    expect(preloadsFor(MANIFEST, '/login', 'ko')).toEqual({
      scripts: ['/assets/login-page-F.js', '/assets/login-shared-B.js', '/assets/shell-J.js'],
      styles: [],
    });
    expect(preloadsFor(MANIFEST, '/kr1/instances/abc', 'en')).toBeNull();
    expect(preloadsFor(MANIFEST, '/kr1/volumes', 'en')).toBeNull();
  });

  it.each([
    [undefined, 'en'],
    ['ko-KR,ko;q=0.9,en;q=0.8', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['fr-FR,ko;q=0.5', 'ko'],
    ['fr-FR', 'en'],
  ])('read Accept-Language %s as %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });

  it('go at the end of the head, and a build without a manifest sends its shell as built', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    expect(withPreloads(html, { scripts: ['/a.js'], styles: ['/a.css'] })).toBe(
      '<html><head><title>x</title><link rel="preload" as="style" crossorigin href="/a.css"><link rel="modulepreload" crossorigin href="/a.js"></head><body></body></html>',
    );
    expect(shellsWithPreloads(html, null).shellFor('/kr1/instances', 'en')).toBeNull();
    expect(shellsWithPreloads(html, MANIFEST).shellFor('/kr1/instances', 'en')).toContain(
      'href="/assets/instances-list-page-E.js"',
    );
  });
});
