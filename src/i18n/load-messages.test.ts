/**
 * Messages on demand (issue 10): a browser's first load asks for its language's frame only, a
 * route's sections come when its loader runs, a language switch brings what is on screen.
 * Counted by the message files imported, on an i18next instance of the test's own with the
 * console's options (only the browser's language detector is replaced).
 */
import i18next, { type LanguageDetectorModule } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en';
import { I18N_OPTIONS } from './index';
import ko from './ko';
import { MESSAGE_FILES, type MessageFiles, messageLoader, type Section } from './load-messages';

const SECTIONS: Section[] = [
  'instanceList',
  'instanceDetail',
  'createInstance',
  'flavors',
  'keypairs',
  'volumes',
  'overview',
  'placementPolicies',
];

/** MESSAGE_FILES, noting each file as it is imported ('ko/shell', 'en/overview', …). */
function recordingFiles(): { files: MessageFiles; imported: string[] } {
  const imported: string[] = [];
  const record = (language: string, files: Record<string, () => Promise<unknown>>) =>
    Object.fromEntries(
      Object.entries(files).map(([name, load]) => [
        name,
        () => {
          imported.push(`${language}/${name}`);
          return load();
        },
      ]),
    );
  const files = { en: record('en', MESSAGE_FILES.en), ko: record('ko', MESSAGE_FILES.ko) };
  return { files: files as unknown as MessageFiles, imported };
}

async function start(browserLanguage: string) {
  const { files, imported } = recordingFiles();
  const instance = i18next.createInstance();
  const messages = messageLoader(instance, files);
  const browser: LanguageDetectorModule = {
    type: 'languageDetector',
    init() {},
    detect: () => browserLanguage,
    cacheUserLanguage() {},
  };
  await instance.use(browser).use(messages.backend).init(I18N_OPTIONS);
  return { instance, messages, imported };
}

describe('the first load', () => {
  it('asks for the Korean frame only in a Korean browser: no English, no page messages', async () => {
    const { instance, imported } = await start('ko-KR');
    expect(imported).toEqual(['ko/shell']);
    expect(Object.keys(instance.store.data)).toEqual(['ko']);
    expect(instance.t('nav.instances')).toBe('인스턴스');
    expect(instance.exists('overview.title')).toBe(false);
  });

  it.each(['en-US', 'fr-FR'])('asks for the English frame only in a %s browser', async (lang) => {
    const { instance, imported } = await start(lang);
    expect(imported).toEqual(['en/shell']);
    expect(Object.keys(instance.store.data)).toEqual(['en']);
    expect(instance.t('nav.instances')).toBe('Instances');
  });
});

describe('a route’s loader', () => {
  it('adds its sections in the active language, next to the frame', async () => {
    const { instance, messages, imported } = await start('ko');
    await messages.loadSections(['overview', 'volumes']);
    expect(imported).toEqual(['ko/shell', 'ko/overview', 'ko/volumes']);
    expect(instance.t('overview.title')).toBe('개요');
    expect(instance.t('volumes.title')).toBe(ko.volumes.title);
    expect(instance.t('nav.instances')).toBe('인스턴스');
    expect(Object.keys(instance.store.data)).toEqual(['ko']);
  });
});

describe('the language switch', () => {
  it('brings the new language’s frame and every section loaded so far before it changes', async () => {
    const { instance, messages, imported } = await start('ko');
    await messages.loadSections(['overview']);
    let onScreen = '';
    instance.on('languageChanged', () => {
      onScreen = instance.t('overview.title');
    });
    await instance.changeLanguage('en');
    expect(onScreen).toBe('Overview');
    expect(imported.slice(2).sort()).toEqual(['en/overview', 'en/shell']);
  });

  it('after a switch, loads a new page’s sections in both languages, so switching back shows it', async () => {
    const { instance, messages, imported } = await start('ko');
    await instance.changeLanguage('en');
    await messages.loadSections(['flavors']);
    expect(imported.filter((f) => f.endsWith('/flavors')).sort()).toEqual([
      'en/flavors',
      'ko/flavors',
    ]);
    await instance.changeLanguage('ko');
    expect(instance.t('flavors.title')).toBe(ko.flavors.title);
    expect(imported).toHaveLength(4);
  });
});

describe('the message files', () => {
  it('are en.ts and ko.ts cut in sections: each file holds its own language and section', async () => {
    for (const [language, all] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const { default: shell } = await MESSAGE_FILES[language].shell();
      const rest = Object.fromEntries(
        Object.entries(all).filter(([k]) => !SECTIONS.includes(k as Section)),
      );
      expect(shell, `${language}/shell`).toEqual(rest);
      for (const section of SECTIONS) {
        const { default: messages } = await MESSAGE_FILES[language][section]();
        expect(messages, `${language}/${section}`).toEqual(all[section]);
      }
    }
  });
});
