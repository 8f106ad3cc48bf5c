import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { TopicView } from '@/lib/content';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { phrases: TopicView['say']; locale: Locale; bilingual: boolean; columns?: 2 | 3 };

/** Literal class names per number of printed columns, so Tailwind generates them; a phone shows one or two. */
const grid = { 2: 'min-[30rem]:grid-cols-2 print:grid-cols-2', 3: 'min-[30rem]:grid-cols-2 sm:grid-cols-3 print:grid-cols-3' };

/** "What to say": each phrase in English, to say or to show, with the reader's language beneath. */
export async function FlyerPhrases({ phrases, locale, bilingual, columns = 3 }: Props) {
  if (phrases.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'topic' });
  const en = await getTranslations({ locale: 'en', namespace: 'topic' });
  return (
    <section aria-labelledby="flyer-say" className="break-inside-avoid rounded-[2mm] border-[0.6mm] border-black p-[2.5mm]">
      <h2 id="flyer-say" className="text-[1.35em] font-extrabold leading-tight">
        {t('sayHeading')}
        {bilingual && <AlsoInEnglish text={en('sayHeading')} local={t('sayHeading')} separator=" · " className="font-bold" />}
      </h2>
      <p className="mb-[1.5mm] text-[0.9em] leading-snug">{t('sayIntro')}</p>
      <ol className={`grid grid-cols-1 gap-x-[5mm] gap-y-[1.5mm] ${grid[columns]}`}>
        {phrases.map((phrase) => (
          <li key={phrase.en} className="break-inside-avoid">
            <p lang="en" dir="ltr" className="text-[1.2em] font-bold leading-snug rtl:text-right">
              {phrase.en}
            </p>
            {phrase.local !== phrase.en && <p className="leading-snug">{phrase.local}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
