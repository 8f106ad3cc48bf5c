import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ownLanguageName } from '@/lib/locale';
import { PrintScreenBar } from './PrintScreenBar';
import { localePath } from '@/i18n/paths';

type Props = { locale: Locale; regionId: string; bilingual: boolean };

/** How to print a flyer, the way back, and the flyer's other version (with or without English). */
export async function FlyerScreenBar({ locale, regionId, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const language = ownLanguageName(locale);
  const base = localePath(locale, `/print/flyer/${regionId}/`);
  const other =
    locale === 'en'
      ? undefined
      : bilingual
        ? { href: base, label: t('flyerLink', { language }), intro: t('otherVersion') }
        : { href: `${base}bilingual/`, label: t('bilingualLink', { language }), intro: t('otherVersion') };
  return <PrintScreenBar note={t('screenNote')} back={{ href: localePath(locale, '/print/'), label: t('back') }} other={other} />;
}
