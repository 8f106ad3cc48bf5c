import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { contactsForRegion, getContent, regionName } from '@/lib/content';
import { ContactDirectory } from '@/components/ContactDirectory';
import { RegionLinks } from '@/components/RegionLinks';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().regions.map((region) => ({ region: region.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/help/[region]'>): Promise<Metadata> {
  const { locale, region: id } = await params;
  const region = getContent().regions.find((candidate) => candidate.id === id);
  const t = await getTranslations({ locale, namespace: 'help' });
  return { title: region ? t('regionTitle', { region: regionName(region, locale as Locale) }) : t('title') };
}

export default async function RegionHelpPage({ params }: PageProps<'/[locale]/help/[region]'>) {
  const { locale: raw, region: id } = await params;
  const locale = raw as Locale;
  const content = getContent();
  const region = content.regions.find((candidate) => candidate.id === id);
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
