import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { regionName } from '@/lib/content';
import { type FlyerData, flyerTextAmount, flyerTypeSize, type FlyerTypeSize } from '@/lib/flyer';
import { ownLanguageName } from '@/lib/locale';
import { siteAddress } from '@/lib/qr';
import { siteConfig } from '@/site.config';
import { AlsoInEnglish } from './AlsoInEnglish';
import { FlyerNumbers } from './FlyerNumbers';
import { FlyerPhrases } from './FlyerPhrases';
import { FlyerRights } from './FlyerRights';
import { PrintFootnotes } from './PrintFootnotes';
import { QrCode } from './QrCode';

type Props = { data: FlyerData; locale: Locale; bilingual: boolean };

/** Literal class names for each printed root size, so Tailwind generates them. */
const printSize: Record<FlyerTypeSize, string> = {
  11: 'print:text-[11pt]',
  10.5: 'print:text-[10.5pt]',
  10: 'print:text-[10pt]',
  9.5: 'print:text-[9.5pt]',
  9: 'print:text-[9pt]',
  8.5: 'print:text-[8.5pt]',
  8: 'print:text-[8pt]',
};

/**
 * A one-page flyer for a region, print first. It is laid out for the smaller of US Letter and A4
 * (A4 is narrower, Letter is shorter): 190 × 259 mm inside 10 mm margins. Sizes are in em of one
 * root size, chosen from the amount of text, so a longer translation prints smaller but whole.
 */
export async function Flyer({ data, locale, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const home = await getTranslations({ locale, namespace: 'home' });
  const enHome = await getTranslations({ locale: 'en', namespace: 'home' });
  const site = await getTranslations({ locale, namespace: 'site' });
  const enSite = await getTranslations({ locale: 'en', namespace: 'site' });
  const language = ownLanguageName(locale);
  const address = siteAddress(siteConfig.siteUrl, locale);
  const region = regionName(data.region, locale);
  const englishRegion = regionName(data.region, 'en');
  const size = flyerTypeSize(flyerTextAmount(data, bilingual), bilingual);
  return (
    <main
      id="main"
      data-flyer={bilingual ? 'bilingual' : 'single'}
      className={`mx-auto max-w-[190mm] bg-white px-4 py-5 text-[15px] leading-snug text-ink md:my-6 md:max-w-[210mm] md:px-[10mm] md:py-[10mm] md:shadow-lg print:m-0 print:max-w-none print:p-0 print:shadow-none ${printSize[size]}`}
      data-type-size={size}
    >
      <header className="flex items-start gap-[4mm] border-b-[0.8mm] border-black pb-[2mm]">
        <div className="min-w-0 flex-1">
          <p className="text-[1.1em] font-bold">
            {region}
            {bilingual && <AlsoInEnglish text={englishRegion} local={region} separator=" · " />}
          </p>
          <h1 className="text-[2.3em] font-extrabold leading-[1.15]">
            {home('title')}
            {bilingual && <AlsoInEnglish text={enHome('title')} local={home('title')} className="block text-[0.62em] leading-tight" />}
          </h1>
          <p className="mt-[1mm] text-[1.15em] font-semibold leading-snug">{site('tagline')}</p>
          {bilingual && <AlsoInEnglish as="p" text={enSite('tagline')} local={site('tagline')} className="text-[1.05em] leading-snug" />}
          <p dir="ltr" className="mt-[1.5mm] text-[1.1em] font-bold [overflow-wrap:anywhere] rtl:text-right">
            {address.replace(/^https:\/\//, '').replace(/\/$/, '')}
          </p>
        </div>
        <figure className="w-[28mm] shrink-0 text-center">
          <QrCode url={address} label={address} className="mx-auto w-[26mm]" />
          <figcaption className="mt-[0.5mm] text-[0.75em] leading-tight">{t('qrCaption', { language })}</figcaption>
        </figure>
      </header>

      <div className="mt-[3mm] space-y-[3mm]">
        <FlyerRights topics={data.topics} english={data.english} locale={locale} bilingual={bilingual} />
        <FlyerPhrases phrases={data.phrases} locale={locale} bilingual={bilingual} />
      </div>

      <div className="mt-[3mm] border-t-[0.4mm] border-black pt-[2mm]">
        <FlyerNumbers numbers={data.numbers} regionName={region} englishRegionName={englishRegion} locale={locale} bilingual={bilingual} />
      </div>

      <PrintFootnotes topics={data.topics} updated={data.updated} locale={locale} bilingual={bilingual} />
    </main>
  );
}
