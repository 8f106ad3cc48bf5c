import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { findRegion, getContent, regionName } from '@/lib/content';
import { flyerData, flyerTypeSize } from '@/lib/flyer';
import { ownLanguageName } from '@/lib/locale';
import { Flyer } from '@/components/Flyer';
import { FlyerScreenBar } from '@/components/FlyerScreenBar';
import { siteConfig } from '@/site.config';
import { pageLocale } from '@/i18n/request';

export const dynamicParams = false;

/*
 * A static export builds every route in every language, so /en/.../bilingual/ exists too. Nothing
 * links to it; it is the English flyer, marked as a copy of /en/print/flyer/<region>/.
 */
const bilingual = (locale: Locale) => locale !== 'en';

export function generateStaticParams() {
  return getContent().regions.map((region) => ({ region: region.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/print/flyer/[region]/bilingual'>): Promise<Metadata> {
  const { locale: segment, region: id } = await params;
  const locale = pageLocale(segment);
  const region = findRegion(getContent(), id);
  const t = await getTranslations({ locale, namespace: 'print' });
  if (!region) return { title: t('title') };
  const name = regionName(region, locale);
  if (!bilingual(locale))
    return { title: t('flyerTitle', { region: name }), alternates: { canonical: `${siteConfig.siteUrl}/en/print/flyer/${id}/` }, robots: { index: false } };
  return { title: t('bilingualTitle', { region: name, language: ownLanguageName(locale) }) };
}

/** A region's flyer in the reader's language and English, for neighbourhoods that read both. */
export default async function BilingualFlyerPage({ params }: PageProps<'/[locale]/print/flyer/[region]/bilingual'>) {
  const { locale: raw, region } = await params;
  const locale = pageLocale(raw);
  const data = flyerData(getContent(), region, locale, bilingual(locale));
  if (!data) notFound();
  return (
    <>
      <FlyerScreenBar locale={locale} regionId={region} bilingual={bilingual(locale)} />
      <Flyer data={data} locale={locale} bilingual={bilingual(locale)} size={flyerTypeSize(data, bilingual(locale))} />
    </>
  );
}
