import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/routing';
import { regionName } from '@/lib/content';
import type { Region } from '@/lib/content/schema';
import { nativeLanguageName, ownLanguageName } from '@/lib/locale';
import { localePath } from '@/i18n/paths';

type Props = { locale: Locale; regions: Region[] };

const linkStyle = 'flex tap-target items-center rounded-md border-2 border-brand px-4 py-2 font-semibold no-underline hover:bg-wash';

/** Every printable in the reader's language: the flyer builder, a flyer (and a bilingual one) per region, the card sheet, the door sign and the family plan. */
export async function PrintableLinks({ locale, regions }: Props) {
  const t = await getTranslations('print');
  const door = await getTranslations('doorSign');
  const plan = await getTranslations('plan');
  const language = ownLanguageName(locale);
  return (
    <>
      <section aria-labelledby="flyers" className="mt-6">
        <h2 id="flyers" className="text-2xl font-bold">
          {t('flyersHeading')}
        </h2>
        <p className="mt-1">{t('flyersIntro', { language })}</p>
        <div className="mt-3 rounded-md border-2 border-brand bg-wash p-3">
          <p>{t('builderIntro')}</p>
          <p className="mt-2">
            <a href={localePath(locale, '/print/flyer/')} className={`${linkStyle} inline-flex bg-white`}>
              {t('builderLink')}
            </a>
          </p>
        </div>
        <ul className="mt-3 space-y-4">
          {regions.map((region) => (
            <li key={region.id}>
              <h3 className="text-xl font-bold">{regionName(region, locale)}</h3>
              <ul className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                <li>
                  <a href={localePath(locale, `/print/flyer/${region.id}/`)} className={linkStyle}>
                    {t('flyerLink', { language })}
                  </a>
                </li>
                {locale !== 'en' && (
                  <li>
                    <a href={localePath(locale, `/print/flyer/${region.id}/bilingual/`)} className={linkStyle}>
                      {t('bilingualLink', { language })}
                    </a>
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <PrintableSection id="cards" heading={t('cardsHeading')} intro={t('cardsIntro')} href={localePath(locale, '/print/cards/')} link={t('cardsLink')} />
      <PrintableSection id="door-sign" heading={door('title')} intro={door('linkIntro')} href={localePath(locale, '/print/door-sign/')} link={door('link')} />
      <PrintableSection id="plan" heading={plan('title')} intro={plan('printPageIntro')} href={localePath(locale, '/plan/')} link={plan('printPageLink')} />
      <section aria-labelledby="how" className="mt-8">
        <h2 id="how" className="text-2xl font-bold">
          {t('howHeading')}
        </h2>
        <ol className="mt-2 list-decimal space-y-2 ps-6">
          {(['how1', 'how2', 'how3', 'how4', 'how5'] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>
      <nav aria-labelledby="other-languages" className="no-print mt-8">
        <h2 id="other-languages" className="text-xl font-bold">
          {t('otherLanguages')}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {locales
            .filter((other) => other !== locale)
            .map((other) => (
              <li key={other}>
                <a
                  href={localePath(other, '/print/')}
                  lang={other}
                  hrefLang={other}
                  className="inline-flex tap-target items-center rounded-md border border-gray-400 px-3 no-underline"
                >
                  {nativeLanguageName(other)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}

/** One printable that is the same in every region: a heading, what it is, and its link. */
function PrintableSection({ id, heading, intro, href, link }: { id: string; heading: string; intro: string; href: string; link: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-1">{intro}</p>
      <p className="mt-3">
        <a href={href} className={`${linkStyle} inline-flex`}>
          {link}
        </a>
      </p>
    </section>
  );
}
