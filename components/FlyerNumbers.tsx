import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { afterCallText } from '@/lib/contact-display';
import { type FlyerNumber, verificationLabel } from '@/lib/flyer';
import { countryName } from '@/lib/locale';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { numbers: FlyerNumber[]; regionName: string; englishRegionName: string; locale: Locale; bilingual: boolean };

/** The region's most important numbers, large, each with how sure we are of it. */
export async function FlyerNumbers({ numbers, regionName, englishRegionName, locale, bilingual }: Props) {
  if (numbers.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  const kinds = await getTranslations({ locale, namespace: 'kinds' });
  const forms = await getTranslations({ locale, namespace: 'phoneForms' });
  const englishForms = await getTranslations({ locale: 'en', namespace: 'phoneForms' });
  const anyUnverified = numbers.some((number) => number.state !== 'verified');
  return (
    <section aria-labelledby="flyer-call" className="break-inside-avoid">
      <h2 id="flyer-call" className="mb-[1.5mm] text-[1.35em] font-extrabold leading-tight">
        {t('callHeading', { region: regionName })}
        {bilingual && (
          <AlsoInEnglish
            text={en('callHeading', { region: englishRegionName })}
            local={t('callHeading', { region: regionName })}
            separator=" · "
            className="font-bold"
          />
        )}
      </h2>
      <ul className="grid grid-cols-1 gap-x-[4mm] gap-y-[2mm] min-[30rem]:grid-cols-2 sm:grid-cols-3 print:grid-cols-3" data-flyer-numbers>
        {numbers.map((number) => {
          const kind = number.contact.kind;
          const country = number.contact.country ? countryName(number.contact.country, locale) : null;
          const after = afterCallText(number.phone, forms);
          return (
            <li key={number.contact.id} className="break-inside-avoid border-s-[1mm] border-black ps-[2mm]" data-contact={number.contact.id}>
              <p className="text-[0.92em] font-semibold leading-tight">{number.contact.name}</p>
              <p className="text-[1.55em] font-extrabold leading-tight tabular-nums">
                <a
                  href={number.phone.href ?? undefined}
                  dir="ltr"
                  className="text-ink no-underline not-print:inline-flex not-print:tap-target not-print:items-center"
                  data-phone
                >
                  {number.phone.display}
                </a>
              </p>
              {/* The published letters, and what to dial once answered, under the digits: a long line would not fit the column at this size. */}
              {number.phone.vanity && (
                <p dir="ltr" className="text-[1.05em] font-bold leading-tight rtl:text-right" data-vanity>
                  {number.phone.vanity}
                </p>
              )}
              {after && (
                <p className="text-[1.05em] font-bold leading-tight" data-after-call>
                  {after}
                  {bilingual && <AlsoInEnglish text={afterCallText(number.phone, englishForms) ?? ''} local={after} separator=" / " />}
                </p>
              )}
              <p className="text-[0.85em] leading-tight">
                {!bilingual && `${kinds(kind)}${country ? ` · ${country}` : ''} · `}
                {bilingual && country && `${country} · `}
                <span className="font-semibold" data-state={number.state}>
                  {verificationLabel(number, locale, t)}
                  {bilingual && <AlsoInEnglish text={verificationLabel(number, 'en', en)} local={verificationLabel(number, locale, t)} separator=" / " />}
                </span>
              </p>
            </li>
          );
        })}
      </ul>
      {anyUnverified && (
        <p className="mt-[1.5mm] text-[0.85em] leading-snug">
          {t('unverifiedNote')}
          {bilingual && <AlsoInEnglish text={en('unverifiedNote')} local={t('unverifiedNote')} separator=" " />}
        </p>
      )}
    </section>
  );
}
