import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { ContactDirectory } from '@/components/ContactDirectory';
import { RegionLinks } from '@/components/RegionLinks';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/help'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'help' });
  return { title: t('title') };
}

export default async function HelpPage({ params }: PageProps<'/[locale]/help'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('help');
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      <RegionLinks locale={locale} />
      <ContactDirectory contacts={getContent().contacts} locale={locale} />
    </>
  );
}
