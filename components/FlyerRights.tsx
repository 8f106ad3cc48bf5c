import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FlyerTopic } from '@/lib/flyer';
import { AlsoInEnglish } from './AlsoInEnglish';
import { PhoneText } from './PhoneText';

type Props = { topics: FlyerTopic[]; locale: Locale; bilingual: boolean };

/** The rights blocks in short form: title and summary, with the English under each on a bilingual flyer. */
export async function FlyerRights({ topics, locale, bilingual }: Props) {
  if (topics.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  return (
    <section aria-labelledby="flyer-rights" data-block="rights" hidden={!topics.some((topic) => topic.shown)}>
      <h2 id="flyer-rights" className="mb-[1mm] text-[1.2em] font-extrabold leading-tight">
        <span data-t="rightsHeading">{t('rightsHeading')}</span>
        {bilingual && <AlsoInEnglish text={en('rightsHeading')} local={t('rightsHeading')} separator=" · " className="font-bold" />}
      </h2>
      <ul className="gap-x-[6mm] sm:columns-2 sheet:columns-2">
        {topics.map(({ view, english, block, shown }) => {
          const lang = view.fallback ? 'en' : locale;
          return (
            <li key={view.id} className="break-inside-avoid pb-[1.2mm]" data-block={`rights:${block}`} hidden={!shown}>
              <h3 lang={lang} dir={view.fallback ? 'ltr' : undefined} className="font-bold leading-snug" data-t={`topic:${view.id}:title`}>
                {view.title}
              </h3>
              <p lang={lang} dir={view.fallback ? 'ltr' : undefined} className="leading-snug" data-t={`topic:${view.id}:summary`} data-t-block>
                <PhoneText text={view.summary} />
              </p>
              {bilingual && !view.fallback && (
                <div className="mt-[0.5mm] border-s-[0.6mm] border-black ps-[1.5mm]">
                  <p lang="en" dir="ltr" className="text-[0.92em] leading-snug rtl:text-right">
                    <span className="font-semibold">{english.title}.</span> <PhoneText text={english.summary} />
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
