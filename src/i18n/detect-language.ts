/**
 * Which language to show: the operator's saved choice, else the browser's languages in order
 * (i18next picks the first it supports). What i18next-browser-languagedetector did with
 * order ['localStorage', 'navigator'], in a few lines instead of its 2 KB (issue 10).
 */
import type { LanguageDetectorModule } from 'i18next';

/** Where the operator's choice is kept (the key the console has always used). */
export const LANGUAGE_STORAGE_KEY = 'nhn-console.language';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // A browser that blocks storage throws on reading window.localStorage.
    return null;
  }
}

/** The detected languages, best first; read once per detection. */
export function detectLanguages(
  saved: Storage | null = storage(),
  browser: Pick<Navigator, 'languages' | 'language'> | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator,
): string[] {
  const found: string[] = [];
  try {
    const choice = saved?.getItem(LANGUAGE_STORAGE_KEY);
    if (choice) found.push(choice);
  } catch {
    // Storage that throws on reading counts as nothing saved.
  }
  if (browser) {
    found.push(...(browser.languages ?? []));
    if (browser.language) found.push(browser.language);
  }
  return found;
}

/** The i18next module: detects as above and saves every language i18next settles on. */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  init() {},
  detect: () => detectLanguages(),
  cacheUserLanguage(language) {
    // i18next's development language; the old detector never saved it either.
    if (language === 'cimode') return;
    try {
      storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // A full or blocked storage keeps the choice for this page only.
    }
  },
};
