import { getTranslations } from 'next-intl/server';
import { locales, routing } from '@/i18n/routing';
import { textDirection } from '@/lib/locale';
import { LanguageChooser } from './LanguageChooser';

/**
 * The offline message for an address in no language: in English, then in every language whose
 * translation differs, then a link to each language's home (those the reader saved will open).
 */
export async function OfflineEveryLanguage() {
  const english = await getTranslations({ locale: routing.defaultLocale, namespace: 'offline' });
  const translations = await Promise.all(locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'offline' }) })));
  const others = translations.filter(({ locale, t }) => locale !== routing.defaultLocale && t('pageBody') !== english('pageBody'));
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{english('pageTitle')}</h1>
      <p className="mb-2 text-lg">{english('pageBody')}</p>
      <p className="mb-4 text-lg">{english('pageRetry')}</p>
      {others.map(({ locale, t }) => (
        <p key={locale} lang={locale} dir={textDirection(locale)} className="mb-4 text-lg">
          <strong>{t('pageTitle')}</strong> {t('pageBody')} {t('pageRetry')}
        </p>
      ))}
      <h2 id="saved-languages" className="mb-3 mt-6 text-2xl font-bold">
        {english('savedLanguages')}
      </h2>
      <LanguageChooser headingId="saved-languages" />
    </>
  );
}
