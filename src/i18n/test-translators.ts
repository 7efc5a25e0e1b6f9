/**
 * For unit tests: an English and a Korean `t` over the console's own messages, without the
 * browser's language detection (an i18next instance of its own, so tests never share state).
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import en from './en';
import ko from './ko';

export async function testTranslators(): Promise<{ tEn: TFunction; tKo: TFunction; i18n: i18n }> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return { tEn: instance.getFixedT('en'), tKo: instance.getFixedT('ko'), i18n: instance };
}
