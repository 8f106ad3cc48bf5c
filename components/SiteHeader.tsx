import { getLocale, getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/routing';
import { nativeLanguageName } from '@/lib/locale';
import { LanguageSwitcher } from './LanguageSwitcher';
import { localePath } from '@/i18n/paths';

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations('site');
  const nav = await getTranslations('nav');
  const languages = locales.map((code) => ({ locale: code, name: nativeLanguageName(code) }));
  return (
    <header data-site-header className="no-print on-dark bg-brand text-white">
      <div className="relative mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <a href={localePath(locale)} className="flex tap-target items-center text-xl font-bold text-white no-underline">
          {t('name')}
        </a>
        <LanguageSwitcher current={locale} label={t('languageLabel')} languages={languages} />
      </div>
      <nav aria-label={t('menu')} className="bg-brand-dark">
        <ul className="mx-auto flex max-w-3xl flex-wrap gap-x-1 px-2">
          <li>
            <a className="flex tap-target items-center px-2 font-semibold text-white" href={localePath(locale, '/help/')}>
              {nav('help')}
            </a>
          </li>
          <li>
            <a className="flex tap-target items-center px-2 font-semibold text-white" href={localePath(locale, '/card/')}>
              {nav('card')}
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
