import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';
import { isSavedUpFront } from '@/lib/offline/offline-plan';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'offline' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/**
 * What the service worker shows, in the reader's language, for a page that is not saved. The
 * worker saves this page with the language's other pages saved up front, so when a reader sees
 * it those pages are on the phone: it links to them (as far as the offline plan saves them).
 */
export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('offline');
  const nav = await getTranslations('nav');
  const plan = await getTranslations('plan');
  const saved = [
    { href: localePath(locale), label: t('pageHome') },
    { href: localePath(locale, '/card/'), label: nav('card') },
    { href: localePath(locale, '/help/'), label: nav('help') },
    { href: localePath(locale, '/plan/'), label: plan('title') },
  ].filter(({ href }) => isSavedUpFront(href, locale));
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('pageTitle')}</h1>
      <p className="mt-3">{t('pageBody')}</p>
      <p className="mt-3">{t('pageRetry')}</p>
      <p className="mt-6" id="saved-pages">
        {t('savedPages')}
      </p>
      <ul aria-labelledby="saved-pages" className="mt-2">
        {saved.map(({ href, label }) => (
          <li key={href}>
            <a href={href} className="inline-flex tap-target items-center font-semibold">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
