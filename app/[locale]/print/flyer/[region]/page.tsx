import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findRegion, getContent, regionName } from '@/lib/content';
import { flyerData, flyerTypeSize } from '@/lib/flyer';
import { Flyer } from '@/components/Flyer';
import { FlyerScreenBar } from '@/components/FlyerScreenBar';
import { pageLocale } from '@/i18n/request';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().regions.map((region) => ({ region: region.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/print/flyer/[region]'>): Promise<Metadata> {
  const { locale: segment, region: id } = await params;
  const locale = pageLocale(segment);
  const region = findRegion(getContent(), id);
  const t = await getTranslations({ locale, namespace: 'print' });
  return { title: region ? t('flyerTitle', { region: regionName(region, locale) }) : t('title') };
}

/** A region's one-page flyer in the reader's language, with the phrases to say in English. */
export default async function FlyerPage({ params }: PageProps<'/[locale]/print/flyer/[region]'>) {
  const { locale: raw, region } = await params;
  const locale = pageLocale(raw);
  const data = flyerData(getContent(), region, locale, false);
  if (!data) notFound();
  return (
    <>
      <FlyerScreenBar locale={locale} regionId={region} bilingual={false} />
      <Flyer data={data} locale={locale} bilingual={false} size={flyerTypeSize(data, false)} />
    </>
  );
}
