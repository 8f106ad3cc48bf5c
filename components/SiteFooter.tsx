import { getLocale, getTranslations } from 'next-intl/server';
import { OfflineStatus } from './OfflineStatus';
import { localePath } from '@/i18n/paths';

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations('site');
  const nav = await getTranslations('nav');
  return (
    <footer className="no-print border-t border-gray-300 bg-wash">
      <div className="mx-auto max-w-3xl px-4 py-6 text-base">
        <p className="mb-3">{t('privacy')}</p>
        <OfflineStatus />
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a className="inline-flex tap-target items-center" href={localePath(locale, '/about/')}>
              {t('about')}
            </a>
          </li>
          <li>
            <a className="inline-flex tap-target items-center" href={localePath(locale, '/print/')}>
              {nav('print')}
            </a>
          </li>
          <li>
            <a className="inline-flex tap-target items-center" href="/">
              {t('changeLanguage')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
