import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { TopicView } from '@/lib/content';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { phrases: TopicView['say']; shown?: boolean; locale: Locale; bilingual: boolean; columns?: 2 | 3 };

/** Literal class names per number of printed columns, so Tailwind generates them; a phone shows one or two. */
const grid = { 2: 'min-[30rem]:grid-cols-2 sheet:grid-cols-2', 3: 'min-[30rem]:grid-cols-2 sm:grid-cols-3 sheet:grid-cols-3' };

/** "What to say": each phrase in English, to say or to show, with the reader's language beneath. */
export async function FlyerPhrases({ phrases, shown = true, locale, bilingual, columns = 3 }: Props) {
  if (phrases.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'topic' });
  const en = await getTranslations({ locale: 'en', namespace: 'topic' });
  return (
    <section
      aria-labelledby="flyer-say"
      className="break-inside-avoid rounded-[2mm] border-[0.6mm] border-black px-[2.5mm] py-[1.5mm]"
      data-block="say"
      hidden={!shown}
    >
      <h2 id="flyer-say" className="text-[1.2em] font-extrabold leading-tight">
        <span data-t="sayHeading">{t('sayHeading')}</span>
        {bilingual && <AlsoInEnglish text={en('sayHeading')} local={t('sayHeading')} separator=" · " className="font-bold" />}
      </h2>
      <p className="mb-[1.5mm] text-[0.95em] leading-snug" data-t="sayIntro" data-t-block>
        {t('sayIntro')}
      </p>
      <ol className={`grid grid-cols-1 gap-x-[5mm] gap-y-[1.5mm] ${grid[columns]}`}>
        {phrases.map((phrase, index) => (
          <li key={phrase.en} className="break-inside-avoid" data-block={`phrase:${index}`}>
            <p
              lang="en"
              dir="ltr"
              className="text-[1.2em] font-bold leading-snug rtl:text-right"
              data-t={phrase.local === phrase.en ? `phrase:${index}` : undefined}
            >
              {phrase.en}
            </p>
            {phrase.local !== phrase.en && (
              <p className="leading-snug" data-t={`phrase:${index}`} data-t-block>
                {phrase.local}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
