/**
 * i18next setup: English and Korean, the language from the browser unless the operator picked
 * one (kept in localStorage: detect-language.ts). Dates: src/components/format-time.ts (Intl) and
 * dayjs-setup.ts. Only the active language's messages are loaded, the frame's before the first
 * render and each page's with the page (load-messages.ts, issue 10).
 */
import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDetector } from './detect-language';
import { type Language, messageLoader, type Section, toLanguage } from './load-messages';

export type { Language, Section } from './load-messages';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
] as const satisfies readonly { code: Language; label: string }[];

export function currentLanguage(): Language {
  return i18next.resolvedLanguage === 'ko' ? 'ko' : 'en';
}

function applyLanguage(language: string) {
  const lang = toLanguage(language);
  document.documentElement.lang = lang;
}

/** i18next's options: exported for the loader's tests (load-messages.test.ts). */
export const I18N_OPTIONS = {
  // Korean has every key (ko.ts is checked against en.ts): it never needs English. Any other
  // browser language gets English.
  fallbackLng: { ko: [], default: ['en'] },
  supportedLngs: ['en', 'ko'],
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  // The language is known (and its messages asked for) when init returns, so a route's loader
  // that runs at once loads its sections in that language.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;

const messages = messageLoader(i18next);
let initialized: Promise<unknown> | null = null;

/** Starts i18next once; resolves when the active language's frame messages are loaded. */
export function initI18n(): Promise<unknown> {
  if (initialized) return initialized;
  i18next.on('languageChanged', applyLanguage);
  initialized = i18next
    .use(languageDetector)
    .use(initReactI18next)
    .use(messages.backend)
    .init(I18N_OPTIONS);
  return initialized;
}

/**
 * Loads message sections a page uses, in the language on screen, before the page renders (the
 * router's lazy loaders). Sections already loaded cost nothing: import() returns the module.
 */
export function loadSections(sections: readonly Section[]): Promise<void> {
  initI18n();
  return messages.loadSections(sections);
}

/** One formatter per language and options: making one costs far more than formatting with it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * An integer with its thousands grouped ("-1,234,567"), exactly as Intl.NumberFormat writes it in
 * both of the console's languages (English and Korean: CLDR's "#,##0" with "," and "-"). Making a
 * page's first Intl.NumberFormat costs ~15 ms of locale data, paid on the list's first paint for
 * "1–50 of 5,009" (issue 10); index.test.ts checks this against Intl for both languages.
 */
export function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}

/** Numbers in the operator's language. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isSafeInteger(value)) return groupThousands(value);
  const language = currentLanguage();
  const key = options ? `${language} ${JSON.stringify(options)}` : language;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
