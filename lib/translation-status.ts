/** How far each language has come, from the content itself: for the translation status page. */
import { locales, type Locale } from '../i18n/routing';
import type { Content } from './content';

type LanguageStatus = { locale: Locale; translated: number; reviewed: number; machine: number; outdated: number; total: number };

export function translationStatus(content: Pick<Content, 'topics'>): LanguageStatus[] {
  const total = content.topics.length;
  return locales.map((locale) => {
    if (locale === 'en') return { locale, translated: total, reviewed: total, machine: 0, outdated: 0, total };
    const translations = content.topics.flatMap((topic) => topic.translations[locale] ?? []);
    return {
      locale,
      translated: translations.length,
      reviewed: translations.filter((translation) => translation.translation.status !== 'machine-draft').length,
      machine: translations.filter((translation) => translation.translation.status === 'machine-draft').length,
      outdated: translations.filter((translation) => translation.outdated).length,
      total,
    };
  });
}
