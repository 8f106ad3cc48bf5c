import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getContent, regionChain } from '@/lib/content';
import { siteConfig } from '@/site.config';
import { PrintableLinks } from '@/components/PrintableLinks';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/print'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'print' });
  return { title: t('title') };
}

export default async function PrintPage({ params }: PageProps<'/[locale]/print'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('print');
  // The home region and its state and country first, nearest first; then any other region.
  const { regions: all } = getContent();
  const home = regionChain(all, siteConfig.homeRegion);
  const regions = [...home, ...all.filter((region) => !home.includes(region))];
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('intro')}</p>
      <PrintableLinks locale={locale} regions={regions} />
    </>
  );
}
