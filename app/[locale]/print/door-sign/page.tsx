import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { doorSignData } from '@/lib/door-sign';
import { DoorSign } from '@/components/DoorSign';
import { PrintScreenBar } from '@/components/PrintScreenBar';
import { localePath } from '@/i18n/paths';
import { pageLocale } from '@/i18n/request';

export async function generateMetadata({ params }: PageProps<'/[locale]/print/door-sign'>): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'doorSign' });
  return { title: t('title') };
}

/** A one-page sign for the inside of the front door: do not open, ask for a judge's warrant, stay silent. */
export default async function DoorSignPage({ params }: PageProps<'/[locale]/print/door-sign'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'doorSign' });
  const print = await getTranslations({ locale, namespace: 'print' });
  return (
    <>
      <PrintScreenBar note={print('screenNote')} back={{ href: localePath(locale, '/print/'), label: print('back') }}>
        <p>{t('tape')}</p>
      </PrintScreenBar>
      <DoorSign data={doorSignData(getContent(), locale)} locale={locale} />
    </>
  );
}
