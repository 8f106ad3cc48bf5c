import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { contactsForRegion, findRegion, getContent, regionName } from '@/lib/content';
import { ContactDirectory } from '@/components/ContactDirectory';
import { RegionLinks } from '@/components/RegionLinks';
import { pageLocale } from '@/i18n/request';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().regions.map((region) => ({ region: region.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/help/[region]'>): Promise<Metadata> {
  const { locale: segment, region: id } = await params;
  const locale = pageLocale(segment);
  const region = findRegion(getContent(), id);
  const t = await getTranslations({ locale, namespace: 'help' });
  return { title: region ? t('regionTitle', { region: regionName(region, locale) }) : t('title') };
}

export default async function RegionHelpPage({ params }: PageProps<'/[locale]/help/[region]'>) {
  const { locale: raw, region: id } = await params;
  const locale = pageLocale(raw);
  const content = getContent();
  const region = findRegion(content, id);
  if (!region) notFound();
  const t = await getTranslations('help');
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('regionTitle', { region: regionName(region, locale) })}</h1>
      <p className="mt-2">{t('intro')}</p>
      {region.parent && <p className="mt-1 text-base">{t('alsoIncludes')}</p>}
      <RegionLinks locale={locale} current={region.id} />
      <ContactDirectory contacts={contactsForRegion(content, region.id)} locale={locale} />
    </>
  );
}
