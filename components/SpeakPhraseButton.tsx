import { getTranslations } from 'next-intl/server';
import { textDirection } from '@/lib/locale';
import { SpeechIcon } from './SpeechIcon';

const tones = {
  /** On the black card. */
  dark: 'border-white text-white',
  /** On the white "What to say" phrases. */
  light: 'border-brand text-brand',
};

/**
 * "Say it in English": the phone says an English phrase aloud, with a voice that runs on the
 * device (enhance/speak-phrase.ts). Rendered hidden, and shown only where such a voice exists, so
 * no button does nothing; the printed phrase stays the way to show it. Its label is in the
 * reader's language (`locale`), wherever it sits; its accessible name adds the phrase it says.
 */
export async function SpeakPhraseButton({ phrase, locale, tone }: { phrase: string; locale: string; tone: keyof typeof tones }) {
  const t = await getTranslations('speech');
  return (
    <button
      type="button"
      hidden
      data-module="speak-phrase"
      data-phrase={phrase}
      lang={locale}
      dir={textDirection(locale)}
      aria-label={t('sayAloudName', { phrase })}
      className={`no-print mt-2 inline-flex tap-target min-w-11 items-center gap-2 rounded-md border-2 px-3 text-lg font-semibold ${tones[tone]}`}
    >
      <SpeechIcon shape="speaker" />
      {t('sayAloud')}
    </button>
  );
}
