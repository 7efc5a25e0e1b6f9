/**
 * i18next setup: English and Korean, the language from the browser unless the operator picked
 * one (kept in localStorage). dayjs follows the language for dates.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/ko';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en';
import ko from './ko';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export const resources = { en: { translation: en }, ko: { translation: ko } } as const;

export function currentLanguage(): Language {
  return i18next.resolvedLanguage === 'ko' ? 'ko' : 'en';
}

function applyLanguage(language: string) {
  const lang = language.startsWith('ko') ? 'ko' : 'en';
  dayjs.locale(lang);
  document.documentElement.lang = lang;
}

export function initI18n() {
  if (i18next.isInitialized) return i18next;
  i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      fallbackLng: 'en',
      supportedLngs: ['en', 'ko'],
      nonExplicitSupportedLngs: true,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: 'nhn-console.language',
        caches: ['localStorage'],
      },
      returnNull: false,
    });
  applyLanguage(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', applyLanguage);
  return i18next;
}

/** Numbers in the operator's language. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLanguage(), options).format(value);
}
