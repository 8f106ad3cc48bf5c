import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { TopicView } from '@/lib/content';
import { flyerCautions } from '@/lib/flyer';
import { formatDate, languageName, ownLanguageName } from '@/lib/locale';
import { AlsoInEnglish } from './AlsoInEnglish';

type Props = { topics: TopicView[]; updated: string; locale: Locale; bilingual: boolean };

/**
 * The small print at the foot of a printout, from the topics it carries: when they last changed,
 * whether a lawyer reviewed them, that this is not legal advice, and any translation caution.
 * Sizes are in em, so each printout sets them from its own type size.
 */
export async function PrintFootnotes({ topics, updated, locale, bilingual }: Props) {
  const t = await getTranslations({ locale, namespace: 'print' });
  const en = await getTranslations({ locale: 'en', namespace: 'print' });
  const topic = await getTranslations({ locale, namespace: 'topic' });
  const enTopic = await getTranslations({ locale: 'en', namespace: 'topic' });
  const { unreviewed, machineDraft, outdated, fallback } = flyerCautions(topics);
  const footnotes: [local: string, english: string][] = [
    [t('updated', { date: formatDate(updated, locale) }), en('updated', { date: formatDate(updated, 'en') })],
    unreviewed ? [topic('reviewUnreviewed'), enTopic('reviewUnreviewed')] : [t('reviewed'), en('reviewed')],
    [topic('notLegalAdvice'), enTopic('notLegalAdvice')],
    ...(machineDraft ? [[t('machineDraft'), en('machineDraft')] as [string, string]] : []),
    ...(outdated ? [[topic('outdated'), enTopic('outdated')] as [string, string]] : []),
    ...(fallback ? [[t('fallback', { language: ownLanguageName(locale) }), en('fallback', { language: languageName(locale, 'en') })] as [string, string]] : []),
  ];
  return (
    <footer className="mt-[2.5mm] border-t-[0.4mm] border-black pt-[1.5mm] text-[0.8em] leading-snug">
      <p>
        {footnotes.map(([local, english]) => (
          <span key={local} className="me-[0.8em] inline">
            {local}
            {bilingual && <AlsoInEnglish text={english} local={local} separator=" " />}
          </span>
        ))}
      </p>
    </footer>
  );
}
