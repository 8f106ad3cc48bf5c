import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { regionName } from '@/lib/content';
import { type FlyerData, type FlyerTypeSize, noneChecked } from '@/lib/flyer';
import { ownLanguageName } from '@/lib/locale';
import { siteConfig } from '@/site.config';
import { AlsoInEnglish } from './AlsoInEnglish';
import { FlyerConsulates } from './FlyerConsulates';
import { FlyerNumbers } from './FlyerNumbers';
import { FlyerPhrases } from './FlyerPhrases';
import { FlyerRights } from './FlyerRights';
import { PrintFootnotes } from './PrintFootnotes';
import { QrCode } from './QrCode';

type Props = { data: FlyerData; locale: Locale; bilingual: boolean; size: FlyerTypeSize };

/** Where a flyer's QR code leads: the region's help page in the flyer's language. */
function flyerQrAddress(locale: Locale, regionId: string): string {
  return `${siteConfig.siteUrl.replace(/\/+$/, '')}/${locale}/help/${regionId}/`;
}

const shortAddress = (address: string) => address.replace(/^https:\/\//, '').replace(/\/$/, '');

/**
 * A one-page flyer, print first. It is laid out for the smaller of US Letter and A4 (A4 is
 * narrower, Letter is shorter): 190 × 259 mm inside 10 mm margins. Sizes are in em of one root size
 * (`data-type-size`), so a longer flyer prints smaller but whole, never below 10 pt.
 *
 * Every part a flyer builder can turn on or off carries `data-block` and starts `hidden` when it
 * does not print; every text a second language can be printed beside carries `data-t`, the same
 * key in every language (enhance/flyer-builder.ts reads both).
 */
export async function Flyer({ data, locale, bilingual, size }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const home = await getTranslations({ locale, namespace: 'home' });
  const enHome = await getTranslations({ locale: 'en', namespace: 'home' });
  const site = await getTranslations({ locale, namespace: 'site' });
  const enSite = await getTranslations({ locale: 'en', namespace: 'site' });
  const language = ownLanguageName(locale);
  return (
    <main
      id="main"
      data-flyer={bilingual ? 'bilingual' : 'single'}
      data-type-size={size}
      className="mx-auto max-w-[190mm] bg-white px-4 py-5 text-[15px] leading-snug text-ink md:my-6 md:max-w-[210mm] md:px-[10mm] md:py-[10mm] md:shadow-lg print:m-0 print:max-w-none print:p-0 print:shadow-none"
    >
      <header className="flex items-start gap-[4mm] border-b-[0.8mm] border-black pb-[2mm]">
        <div className="min-w-0 flex-1">
          {data.regions.map(({ region, shown }) => (
            <p key={region.id} className="text-[1.1em] font-bold" data-block={`region:${region.id}`} hidden={!shown}>
              <span data-t={`region:${region.id}`}>{regionName(region, locale)}</span>
              {bilingual && <AlsoInEnglish text={regionName(region, 'en')} local={regionName(region, locale)} separator=" · " />}
            </p>
          ))}
          <h1 className="text-[2em] font-extrabold leading-[1.1]">
            <span data-t="title" data-t-block>
              {home('title')}
            </span>
            {bilingual && <AlsoInEnglish text={enHome('title')} local={home('title')} className="block text-[0.62em] leading-tight" />}
          </h1>
          <p className="mt-[1mm] text-[1.15em] font-semibold leading-snug" data-t="tagline" data-t-block>
            {site('tagline')}
          </p>
          {bilingual && <AlsoInEnglish as="p" text={enSite('tagline')} local={site('tagline')} className="text-[1.05em] leading-snug" />}
          {data.regions.map(({ region, shown }) => (
            <p
              key={region.id}
              dir="ltr"
              className="mt-[1.5mm] text-[1.05em] font-bold [overflow-wrap:anywhere] rtl:text-right"
              data-block={`region:${region.id}`}
              hidden={!shown}
            >
              {shortAddress(flyerQrAddress(locale, region.id))}
            </p>
          ))}
        </div>
        {data.regions.map(({ region, shown }) => {
          const address = flyerQrAddress(locale, region.id);
          return (
            <figure key={region.id} className="w-[34mm] shrink-0 text-center" data-block={`region:${region.id}`} hidden={!shown}>
              <QrCode url={address} label={address} className="mx-auto w-[24mm]" />
              <figcaption className="mt-[0.5mm] text-[max(0.8em,10pt)] leading-tight" data-t="qrCaption">
                {t('qrCaption', { language })}
              </figcaption>
            </figure>
          );
        })}
      </header>

      <div className="mt-[2mm] space-y-[2mm]">
        <FlyerRights topics={data.topics} locale={locale} bilingual={bilingual} />
        <FlyerPhrases phrases={data.phrases} shown={data.say} locale={locale} bilingual={bilingual} />
      </div>

      <div className="mt-[2mm] space-y-[2mm] border-t-[0.4mm] border-black pt-[1.5mm]">
        <FlyerNumbers data={data} locale={locale} bilingual={bilingual} />
        <FlyerConsulates consulates={data.consulates} noneChecked={noneChecked(data)} locale={locale} bilingual={bilingual} />
      </div>

      <PrintFootnotes topics={data.topics.map((entry) => entry.view)} updated={data.updated} locale={locale} bilingual={bilingual} />
    </main>
  );
}
