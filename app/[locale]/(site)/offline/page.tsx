import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'offline' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/** What the service worker shows, in the reader's language, for a page that is not saved. */
export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('offline');
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('pageTitle')}</h1>
      <p className="mt-3">{t('pageBody')}</p>
      <p className="mt-3">{t('pageRetry')}</p>
      <p className="mt-6">
        <a href={localePath(locale)} className="inline-flex tap-target items-center font-semibold">
          {t('pageHome')}
        </a>
      </p>
    </>
  );
}
