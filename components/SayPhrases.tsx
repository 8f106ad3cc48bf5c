import { getTranslations } from 'next-intl/server';
import type { TopicView } from '@/lib/content';
import { SpeakPhraseButton } from './SpeakPhraseButton';

/** "What to say": each phrase in English, to say, show or have the phone say, beside the reader's language. */
export async function SayPhrases({ say, locale }: { say: TopicView['say']; locale: string }) {
  if (say.length === 0) return null;
  const t = await getTranslations('topic');
  const bilingual = locale !== 'en';
  return (
    <section aria-labelledby="say" className="my-6 rounded-lg border-2 border-ink bg-wash p-4">
      <h2 id="say" className="text-xl font-bold">
        {t('sayHeading')}
      </h2>
      <p className="mb-3 text-base">{t('sayIntro')}</p>
      <ol className="space-y-3">
        {say.map((phrase) => (
          <li key={phrase.en} className="rounded-md bg-white p-3 shadow-sm">
            <p className="text-xl font-bold">
              {bilingual && <span className="sr-only">{t('inEnglish')}: </span>}
              <span lang="en" dir="ltr" className="inline-block">
                {phrase.en}
              </span>
            </p>
            {bilingual && (
              <p className="mt-1 text-lg text-muted">
                <span className="sr-only">{t('inYourLanguage')}: </span>
                {phrase.local}
              </p>
            )}
            <SpeakPhraseButton phrase={phrase.en} locale={locale} tone="light" />
          </li>
        ))}
      </ol>
    </section>
  );
}
