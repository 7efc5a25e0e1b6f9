/**
 * Messages on demand (issue 10, "a light first load"): the console loads the active language
 * only, the frame's messages (messages/<lang>/shell.ts) before its first render and each section
 * (messages/<lang>/<section>.ts) with the pages that use it: the router's lazy loaders call
 * loadSections next to the page's import() (src/app/router.tsx). Every `t('section.key')` stays
 * as it is: a section is added under its own key of the one `translation` namespace.
 *
 * A language is loaded through i18next's backend, so `changeLanguage` (the language switch)
 * waits until the new language's frame and every section asked for so far are there: nothing
 * on screen ever shows a key.
 */
import type { BackendModule, i18n, ReadCallback } from 'i18next';
import type { Messages } from './en';

export type Language = 'en' | 'ko';

/** The console's message sections that load with pages: the keys of Messages they fill. */
export type Section =
  | 'instanceList'
  | 'instanceDetail'
  | 'createInstance'
  | 'flavors'
  | 'keypairs'
  | 'volumes'
  | 'overview'
  | 'placementPolicies';

type Shell = Omit<Messages, Section>;

export type MessageFiles = Record<
  Language,
  { shell: () => Promise<{ default: Shell }> } & {
    [S in Section]: () => Promise<{ default: Messages[S] }>;
  }
>;

// One import() per file, so Vite makes one small chunk of each.
export const MESSAGE_FILES: MessageFiles = {
  en: {
    shell: () => import('./messages/en/shell'),
    instanceList: () => import('./messages/en/instance-list'),
    instanceDetail: () => import('./messages/en/instance-detail'),
    createInstance: () => import('./messages/en/create-instance'),
    flavors: () => import('./messages/en/flavors'),
    keypairs: () => import('./messages/en/keypairs'),
    volumes: () => import('./messages/en/volumes'),
    overview: () => import('./messages/en/overview'),
    placementPolicies: () => import('./messages/en/placement-policies'),
  },
  ko: {
    shell: () => import('./messages/ko/shell'),
    instanceList: () => import('./messages/ko/instance-list'),
    instanceDetail: () => import('./messages/ko/instance-detail'),
    createInstance: () => import('./messages/ko/create-instance'),
    flavors: () => import('./messages/ko/flavors'),
    keypairs: () => import('./messages/ko/keypairs'),
    volumes: () => import('./messages/ko/volumes'),
    overview: () => import('./messages/ko/overview'),
    placementPolicies: () => import('./messages/ko/placement-policies'),
  },
};

/** The console's language for any code i18next or the browser gives ('ko-KR' is Korean). */
export function toLanguage(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export type MessageLoader = {
  /** The i18next backend: a language's frame and every section asked for so far. */
  backend: BackendModule;
  /** Loads sections in every language in use (the active one; after a switch, both). */
  loadSections: (sections: readonly Section[]) => Promise<void>;
};

export function messageLoader(instance: i18n, files: MessageFiles = MESSAGE_FILES): MessageLoader {
  /** Every section a page has asked for: a language loaded later brings them along. */
  const wanted = new Set<Section>();
  /** Languages whose frame the backend was asked for (the first, and any switched to). */
  const inUse = new Set<Language>();

  async function sections(language: Language, names: readonly Section[]) {
    const modules = await Promise.all(names.map((name) => files[language][name]()));
    return Object.fromEntries(names.map((name, i) => [name, modules[i]?.default]));
  }

  async function wholeLanguage(language: Language): Promise<Record<string, unknown>> {
    const bundle: Record<string, unknown> = { ...(await files[language].shell()).default };
    // Sections asked for while these load come along too.
    for (;;) {
      const missing = [...wanted].filter((name) => !(name in bundle));
      if (missing.length === 0) return bundle;
      Object.assign(bundle, await sections(language, missing));
    }
  }

  const backend: BackendModule = {
    type: 'backend',
    init() {},
    read(code: string, _namespace: string, callback: ReadCallback) {
      const language = toLanguage(code);
      inUse.add(language);
      wholeLanguage(language).then(
        (bundle) => callback(null, bundle),
        (error: unknown) => callback(error instanceof Error ? error : String(error), false),
      );
    },
  };

  async function loadSections(names: readonly Section[]) {
    for (const name of names) wanted.add(name);
    const languages = inUse.size > 0 ? [...inUse] : [toLanguage(instance.language)];
    await Promise.all(
      languages.map(async (language) => {
        const bundle = await sections(language, names);
        instance.addResourceBundle(language, 'translation', bundle, true, true);
      }),
    );
  }

  return { backend, loadSections };
}
