import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { TopicView } from '@/lib/content';
import { AlsoInEnglish } from './AlsoInEnglish';
import { PhoneText } from './PhoneText';

type Props = { topics: TopicView[]; english: TopicView[]; locale: Locale; bilingual: boolean };

/** The emergency topics in short form: title and summary, with the English under each on a bilingual flyer. */
export async function FlyerRights({ topics, english, locale, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  return (
    <section aria-labelledby="flyer-rights">
      <h2 id="flyer-rights" className="mb-[1.5mm] text-[1.35em] font-extrabold leading-tight">
        {t('rightsHeading')}
        {bilingual && <AlsoInEnglish text={en('rightsHeading')} local={t('rightsHeading')} separator=" · " className="font-bold" />}
      </h2>
      <ul className="gap-x-[6mm] sm:columns-2 print:columns-2">
        {topics.map((topic, index) => {
          const lang = topic.fallback ? 'en' : locale;
          const inEnglish = english[index];
          return (
            <li key={topic.id} className="break-inside-avoid pb-[1.6mm]">
              <h3 lang={lang} dir={topic.fallback ? 'ltr' : undefined} className="font-bold leading-snug">
                {topic.title}
              </h3>
              <p lang={lang} dir={topic.fallback ? 'ltr' : undefined} className="leading-snug">
                <PhoneText text={topic.summary} />
              </p>
              {bilingual && inEnglish && !topic.fallback && (
                <div className="mt-[0.5mm] border-s-[0.6mm] border-black ps-[1.5mm]">
                  <p lang="en" dir="ltr" className="text-[0.92em] leading-snug rtl:text-right">
                    <span className="font-semibold">{inEnglish.title}.</span> <PhoneText text={inEnglish.summary} />
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
