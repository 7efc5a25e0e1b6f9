/**
 * What the console's first pages load, named in the HTML that opens them (issue 10: navigation →
 * first rows, Lighthouse). Without it the browser learns of a page's chunks only once the entry
 * script has arrived and run (the router imports them), a round trip after the entry; with
 * `<link rel="modulepreload">` and `<link rel="preload" as="style">` for exactly the page's
 * chunks, its styles and its messages in the language the browser asks for, they travel with the
 * entry. Read from Vite's build manifest (`build.manifest`); a build without one, or any other
 * path, gets the shell as built.
 */
import { CONSOLE_FRAME, INSTANCES_LIST, LOGIN_PAGE } from '../scripts/route-chunks';

const OVERVIEW_PAGE = 'src/features/overview/pages/overview-page.tsx';

/** Vite's manifest: source module → its chunk, the chunks it imports, its styles. */
export type Manifest = Record<
  string,
  { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
>;

type Language = 'en' | 'ko';
/** A message section's file: `instanceList` → messages/<lang>/instance-list.ts (src/i18n/load-messages.ts). */
const messageFile = (section: string) => section.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every page's frame messages (src/i18n/load-messages.ts). */
const SHELL = 'shell';

/** The pages the console opens on, as src/app/router.tsx loads them (route-preloads.test.ts). */
export const FIRST_PAGES: readonly { path: RegExp; modules: string[]; messages: string[] }[] = [
  { path: /^\/login\/?$/, modules: [LOGIN_PAGE], messages: [SHELL] },
  {
    path: /^\/[a-z]{2}\d+\/instances\/?$/,
    modules: [CONSOLE_FRAME, INSTANCES_LIST],
    messages: [SHELL, 'instanceList', 'instanceDetail'],
  },
  {
    path: /^\/[a-z]{2}\d+\/?$/,
    modules: [CONSOLE_FRAME, OVERVIEW_PAGE],
    messages: [SHELL, 'overview', 'volumes'],
  },
];

/** The console's language as the browser asks for it: Korean first, or English (detect-language.ts). */
export function languageOf(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('ko')) return 'ko';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export interface Preloads {
  scripts: string[];
  styles: string[];
}

/** The chunks and styles of `modules` and of every chunk they import, without the entry's. */
export function preloadsOf(manifest: Manifest, modules: readonly string[]): Preloads {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || chunk.isEntry) return;
    seen.add(key);
    scripts.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) styles.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return { scripts: [...scripts], styles: [...styles] };
}

/** The preloads for the page at `path`, or null for a page the table does not name. */
export function preloadsFor(manifest: Manifest, path: string, language: Language): Preloads | null {
  const page = FIRST_PAGES.find((p) => p.path.test(path));
  if (!page) return null;
  const messages = page.messages.map((m) => `src/i18n/messages/${language}/${messageFile(m)}.ts`);
  return preloadsOf(manifest, [...page.modules, ...messages]);
}

/** The shell with the preloads' links at the end of its head. */
export function withPreloads(html: string, { scripts, styles }: Preloads): string {
  const links = [
    ...styles.map((href) => `<link rel="preload" as="style" crossorigin href="${href}">`),
    ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ].join('');
  return html.replace('</head>', `${links}</head>`);
}

/**
 * The shells with preloads, made once per page and language from the built index.html and the
 * manifest, as the production server sends them. `null` from `shellFor`: send index.html as built.
 */
export function shellsWithPreloads(html: string, manifest: Manifest | null) {
  const made = new Map<string, string>();
  return {
    shellFor(path: string, acceptLanguage: string | undefined): string | null {
      if (!manifest) return null;
      const language = languageOf(acceptLanguage);
      const index = FIRST_PAGES.findIndex((p) => p.path.test(path));
      if (index < 0) return null;
      const key = `${index} ${language}`;
      let shell = made.get(key);
      if (shell === undefined) {
        const preloads = preloadsFor(manifest, path, language);
        shell = preloads ? withPreloads(html, preloads) : html;
        made.set(key, shell);
      }
      return shell;
    },
  };
}
