import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { fittedFlyerChoices, flyerBuilderData, flyerFromChoices, flyerTypeSize } from '@/lib/flyer';
import { siteConfig } from '@/site.config';
import { Flyer } from '@/components/Flyer';
import { FlyerBuilderForm } from '@/components/FlyerBuilderForm';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/print/flyer'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'flyerBuilder' });
  return { title: t('title') };
}

/**
 * The flyer builder: the choices, then the flyer itself as the preview. The flyer holds every
 * block for every region, the home region's defaults shown; enhance/flyer-builder.ts turns blocks
 * on and off as the organizer chooses. Without JavaScript the page prints the home region's flyer.
 */
export default async function FlyerBuilderPage({ params }: PageProps<'/[locale]/print/flyer'>) {
  const locale = pageLocale((await params).locale);
  const content = getContent();
  const start = fittedFlyerChoices(content, siteConfig.homeRegion, locale)!;
  const data = flyerBuilderData(content, locale, start)!;
  const size = flyerTypeSize(flyerFromChoices(content, start, locale)!, false);
  return (
    <>
      <FlyerBuilderForm content={content} data={data} start={start} locale={locale} />
      <Flyer data={data} locale={locale} bilingual={false} size={size} />
    </>
  );
}
