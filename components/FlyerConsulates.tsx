import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FlyerConsulate } from '@/lib/flyer';
import { countryName } from '@/lib/locale';
import { AlsoInEnglish } from './AlsoInEnglish';
import { FlyerPhone, FlyerVerification } from './FlyerNumbers';

type Props = { consulates: FlyerConsulate[]; noneChecked: boolean; locale: Locale; bilingual: boolean };

/**
 * Each chosen community's consulate or consular call centre, by country name in the flyer's
 * language: its number, or its website and "no confirmed phone yet" where no source gives one.
 */
export async function FlyerConsulates({ consulates, noneChecked, locale, bilingual }: Props) {
  if (consulates.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  return (
    <section aria-labelledby="flyer-consulates" className="" data-block="consulates" hidden={!consulates.some((line) => line.shown)}>
      <h2 id="flyer-consulates" className="mb-[1mm] text-[1.2em] font-extrabold leading-tight">
        <span data-t="consulatesHeading">{t('consulatesHeading')}</span>
        {bilingual && <AlsoInEnglish text={en('consulatesHeading')} local={t('consulatesHeading')} separator=" · " className="font-bold" />}
      </h2>
      <ul className="grid grid-cols-1 gap-x-[4mm] gap-y-[2mm] min-[30rem]:grid-cols-2 sm:grid-cols-3 sheet:grid-cols-3" data-flyer-consulates>
        {consulates.map((line) => {
          const country = countryName(line.country, locale);
          const english = countryName(line.country, 'en');
          return (
            <li
              key={`${line.region}:${line.country}`}
              className="break-inside-avoid border-s-[1mm] border-black ps-[2mm]"
              data-contact={line.contact.id}
              data-country={line.country}
              data-block={`country:${line.country}:${line.region}`}
              hidden={!line.shown}
            >
              <p className="text-[0.95em] font-semibold leading-tight">
                <span data-t={`country:${line.country}`}>{country}</span>
                {bilingual && <AlsoInEnglish text={english} local={country} separator=" · " />}
              </p>
              {line.phone ? (
                <FlyerPhone phone={line.phone} locale={locale} bilingual={bilingual} />
              ) : (
                <p className="text-[max(0.9em,10pt)] font-semibold leading-tight">
                  <a href={line.contact.website ?? undefined} dir="ltr" className="[overflow-wrap:anywhere]" data-url-shown>
                    {(line.contact.website ?? '').replace(/^https:\/\//, '').replace(/\/$/, '')}
                  </a>
                  <span className="block font-normal" data-no-phone>
                    <span data-t="noPhone">{t('noConfirmedPhone')}</span>
                    {bilingual && <AlsoInEnglish text={en('noConfirmedPhone')} local={t('noConfirmedPhone')} separator=" / " />}
                  </span>
                </p>
              )}
              {!noneChecked && (
                <p className="text-[max(0.85em,10pt)] leading-tight">
                  <FlyerVerification number={line} locale={locale} bilingual={bilingual} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
